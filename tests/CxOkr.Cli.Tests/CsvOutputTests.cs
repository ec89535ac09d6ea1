namespace CxOkr.Cli.Tests;

/// <summary>The CSV the tool writes cannot run formulas in a spreadsheet and leaves nothing out silently.</summary>
public sealed class CsvOutputTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\";\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\";\"\"x\"\")\"")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("a=b", "a=b")]
    public void Text_cells_are_neutralised_and_quoted(string value, string expected) =>
        Assert.Equal(expected, CsvCell.Text(value));

    [Fact]
    public void Drivers_csv_neutralises_formula_column_names()
    {
        var rows = new System.Text.StringBuilder("y,\"=HYPERLINK(\"\"http://evil\"\")\",@SUM(A1)\n");
        var random = new Random(7);
        for (var i = 0; i < 60; i++)
        {
            var a = random.Next(1, 6);
            var b = random.Next(1, 6);
            rows.Append(a + b + random.Next(0, 2)).Append(',').Append(a).Append(',').Append(b).Append('\n');
        }

        using var file = new TempFile(".csv", rows.ToString());
        var (code, output, error) = CliRunner.Run("drivers", "--data", file.Path, "--outcome", "y", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines.Skip(1), static line => Assert.DoesNotMatch("^\"?[=+@-]", line));
        Assert.Contains(lines, static line => line.StartsWith("\"'=HYPERLINK(", StringComparison.Ordinal));
        Assert.Contains(lines, static line => line.StartsWith("'@SUM(A1)", StringComparison.Ordinal));
    }

    [Fact]
    public void Drivers_csv_lists_an_aliased_driver_instead_of_dropping_it()
    {
        var (code, output, _) = CliRunner.Run("drivers", "--data", CliRunner.TestData("drivers-aliased.csv"), "--outcome", "y", "--format", "csv");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var aliased = Assert.Single(lines, static l => l.StartsWith("a2,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(header.Length, aliased.Length);
        Assert.Equal("aliased (left out)", aliased[^1]);
        Assert.All(aliased[1..^1], static cell => Assert.Equal(string.Empty, cell));
    }
}
