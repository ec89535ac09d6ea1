namespace CxOkr.Cli.Tests;

/// <summary>Edge cases of dates and option lists that used to end in an internal error or a silent default.</summary>
public sealed class EdgeInputTests
{
    [Theory]
    [InlineData("week", "9999-W52")]
    [InlineData("month", "9999-12")]
    [InlineData("quarter", "9999-Q4")]
    [InlineData("day", "9999-12-31")]
    public void Bucketing_dates_at_the_end_of_the_calendar_works(string by, string label)
    {
        using var file = new TempFile(".csv", "date,v\n9999-12-31,5\n9999-12-27,4\n9999-12-30,3\n");

        var (code, output, error) = CliRunner.Run("metrics", "--data", file.Path, "--column", "v", "--metric", "mean", "--by", by, "--date-column", "date");

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, code);
        Assert.Contains(label, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(",,,")]
    [InlineData(" , ")]
    public void Drivers_that_name_no_column_are_a_usage_error(string drivers)
    {
        using var file = new TempFile(".csv", "y,a,b\n1,2,3\n2,3,1\n");

        var (code, _, error) = CliRunner.Run("drivers", "--data", file.Path, "--outcome", "y", "--drivers", drivers);

        Assert.Equal(2, code);
        Assert.Contains("names no column", error, StringComparison.Ordinal);
    }
}
