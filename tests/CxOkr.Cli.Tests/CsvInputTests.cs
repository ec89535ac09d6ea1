using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CxOkr.Cli.Tests;

/// <summary>--delimiter, --decimal, --skip-rows and --encoding on the commands that read CSV.</summary>
public sealed class CsvInputTests
{
    private static string Survey(char delimiter, char decimalMark)
    {
        var text = new StringBuilder($"y{delimiter}a{delimiter}b\n");
        var random = new Random(11);
        for (var i = 0; i < 60; i++)
        {
            var a = random.Next(1, 6) + (random.Next(0, 4) * 0.25);
            var b = random.Next(1, 6);
            var y = a + b + random.NextDouble();
            text.Append(Number(y)).Append(delimiter).Append(Number(a)).Append(delimiter).Append(b).Append('\n');
        }

        return text.ToString();

        string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture).Replace('.', decimalMark);
    }

    [Fact]
    public void A_european_excel_file_gives_the_same_analysis_as_the_plain_file()
    {
        using var plain = new TempFile(".csv", Survey(',', '.'));
        using var european = new TempFile(".csv", Survey(';', ','));

        var expected = CliRunner.Run("drivers", "--data", plain.Path, "--outcome", "y", "--format", "json");
        var actual = CliRunner.Run("drivers", "--data", european.Path, "--outcome", "y", "--format", "json", "--delimiter", ";", "--decimal", ",");

        Assert.Equal(0, actual.ExitCode);
        Assert.Equal(string.Empty, actual.Error);
        using var a = JsonDocument.Parse(expected.Out);
        using var b = JsonDocument.Parse(actual.Out);
        Assert.Equal(a.RootElement.GetProperty("rSquared").GetDouble(), b.RootElement.GetProperty("rSquared").GetDouble());
    }

    [Fact]
    public void A_european_file_without_the_options_says_which_to_pass()
    {
        using var european = new TempFile(".csv", Survey(';', ','));

        var (code, _, error) = CliRunner.Run("drivers", "--data", european.Path, "--outcome", "y");

        Assert.Equal(2, code);
        Assert.Contains("--delimiter ';'", error, StringComparison.Ordinal);
        Assert.Contains("--decimal ','", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_qualtrics_export_is_read_with_a_note_on_stderr()
    {
        var lines = Survey(',', '.').Split('\n');
        var qualtrics = string.Join('\n', [lines[0], "Outcome,Ease,Speed", "\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2\"\"}\",\"{\"\"ImportId\"\":\"\"QID3\"\"}\"", .. lines[1..]]);
        using var file = new TempFile(".csv", qualtrics);

        var (code, output, error) = CliRunner.Run("drivers", "--data", file.Path, "--outcome", "y", "--format", "json");

        Assert.Equal(0, code);
        Assert.StartsWith("cxokr: note: recognised a Qualtrics export: skipped lines 2 and 3", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(60, json.RootElement.GetProperty("nUsed").GetInt32());
    }

    [Theory]
    [InlineData("--delimiter", ":", "--delimiter ':' is not one of")]
    [InlineData("--decimal", ";", "--decimal ';' is not '.' or ','")]
    [InlineData("--encoding", "ebcdic", "unknown encoding 'ebcdic'")]
    [InlineData("--skip-rows", "-1", "--skip-rows (-1) must be 0 or more")]
    public void Bad_csv_options_are_usage_errors(string option, string value, string expected)
    {
        using var plain = new TempFile(".csv", Survey(',', '.'));

        var (code, _, error) = CliRunner.Run("drivers", "--data", plain.Path, "--outcome", "y", option, value);

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Metrics_reads_a_windows_1252_file_with_its_encoding_and_refuses_it_without()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cxokr-1252-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes("region,nps\nZürich,9\nGenève,3\nZürich,10\n"));
        try
        {
            var refused = CliRunner.Run("metrics", "--data", path, "--column", "nps", "--metric", "nps", "--segment", "region");
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("--encoding windows-1252", refused.Error, StringComparison.Ordinal);

            var read = CliRunner.Run("metrics", "--data", path, "--column", "nps", "--metric", "nps", "--segment", "region", "--encoding", "windows-1252");
            Assert.Equal(0, read.ExitCode);
            Assert.Contains("Zürich", read.Out, StringComparison.Ordinal);
            Assert.Contains("Genève", read.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
