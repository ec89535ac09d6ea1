using System.Text.Json;

namespace CxOkr.Cli.Tests;

public sealed class MetricsCommandTests
{
    private static readonly string Survey = CliRunner.TestData("metrics-survey.csv");

    [Fact]
    public void Json_numbers_are_not_rounded()
    {
        var (code, output, _) = CliRunner.Run("metrics", "--data", Survey, "--metric", "nps", "--column", "nps", "--format", "json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        // Wald standard error of NPS 60/25/15 of 100, in points: 100 * sqrt((0.6 + 0.15 - 0.45^2) / 100) = 7.39932...
        Assert.Equal(100 * Math.Sqrt((0.6 + 0.15 - (0.45 * 0.45)) / 100), root.GetProperty("standardError").GetDouble(), 10);
        Assert.NotEqual(7.3993, root.GetProperty("standardError").GetDouble());
    }

    [Fact]
    public void Nps_json_of_60_25_15_is_45_with_wald_interval_and_groups()
    {
        var (code, output, error) = CliRunner.Run("metrics", "--data", Survey, "--metric", "nps", "--column", "nps", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("nps", root.GetProperty("metric").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("group").ValueKind);
        Assert.Equal(100, root.GetProperty("n").GetInt32());
        Assert.Equal(45.0, root.GetProperty("value").GetDouble(), 10);
        Assert.Equal(30.5, Math.Round(root.GetProperty("lower").GetDouble(), 1));
        Assert.Equal(59.5, Math.Round(root.GetProperty("upper").GetDouble(), 1));
        Assert.Equal(0.95, root.GetProperty("confidence").GetDouble());
        Assert.False(root.GetProperty("lowSample").GetBoolean());
        Assert.Equal((0.6, 0.25, 0.15), (root.GetProperty("promoters").GetDouble(), root.GetProperty("passives").GetDouble(), root.GetProperty("detractors").GetDouble()));
    }

    [Fact]
    public void Adjusted_wald_option_gives_43_7_from_29_3_to_58_0()
    {
        var (code, output, _) = CliRunner.Run("metrics", "--data", Survey, "--metric", "nps", "--column", "nps", "--nps-interval", "adjustedWald", "--format", "json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(43.7, Math.Round(root.GetProperty("value").GetDouble(), 1));
        Assert.Equal(29.3, Math.Round(root.GetProperty("lower").GetDouble(), 1));
        Assert.Equal(58.0, Math.Round(root.GetProperty("upper").GetDouble(), 1));
    }

    [Fact]
    public void Grouped_output_is_an_array_with_one_object_per_period_and_segment()
    {
        var (code, output, _) = CliRunner.Run("metrics", "--data", Survey, "--metric", "topBox", "--top-box", "4", "--scale", "1:5", "--column", "csat",
            "--weight", "weight", "--by", "month", "--date-column", "date", "--segment", "region", "--format", "json");
        Assert.Equal(0, code);
        var groups = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(["2026-10 / EU", "2026-10 / US", "2026-11 / EU", "2026-11 / US"], groups.Select(g => g.GetProperty("group").GetString()));
        Assert.Equal(99, groups.Sum(g => g.GetProperty("n").GetInt32())); // one csat cell is empty
        Assert.All(groups, g => Assert.True(g.GetProperty("effectiveN").GetDouble() < g.GetProperty("n").GetInt32()));
        Assert.All(groups, g => Assert.True(g.GetProperty("lowSample").GetBoolean()));
        Assert.All(groups, g => Assert.False(g.TryGetProperty("promoters", out _)));
    }

    [Fact]
    public void Table_is_the_default_format()
    {
        var (code, output, _) = CliRunner.Run("metrics", "--data", Survey, "--metric", "proportion", "--column", "resolved");
        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.StartsWith("group", lines[0]);
        Assert.Contains("[82.5634, 94.4771]", lines[1]);
    }

    [Fact]
    public void Out_of_range_answer_exits_2_naming_metric_respondent_and_value()
    {
        var (code, _, error) = CliRunner.Run("metrics", "--data", CliRunner.TestData("metrics-out-of-range.csv"), "--metric", "nps", "--column", "nps");
        Assert.Equal(2, code);
        Assert.Equal("cxokr: metric 'nps': respondent 'line 3' has value 11, expected an integer in [0, 10].", error.TrimEnd());
    }

    [Fact]
    public void Exclude_policy_reports_the_excluded_count()
    {
        var (code, output, _) = CliRunner.Run("metrics", "--data", CliRunner.TestData("metrics-out-of-range.csv"), "--metric", "nps", "--column", "nps", "--out-of-range", "exclude", "--format", "json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, root.GetProperty("n").GetInt32());
        Assert.Equal(1, root.GetProperty("excluded").GetInt32());
    }

    [Theory]
    [InlineData("metrics-bad-number.csv", "cxokr: line 3, column 'nps': 'ten' is not a number (leave the cell empty or write NA for a missing answer).", "--metric", "nps", "--column", "nps")]
    [InlineData("metrics-survey.csv", "cxokr: the responses file has no value column 'nope'; its columns are respondent, date, region, nps, csat, weight, resolved.", "--metric", "mean", "--column", "nope")]
    [InlineData("metrics-survey.csv", "cxokr: --metric topBox needs --top-box N.", "--metric", "topBox", "--column", "csat")]
    [InlineData("metrics-survey.csv", "cxokr: --by needs --date-column.", "--metric", "mean", "--column", "csat", "--by", "month")]
    public void Unusable_input_exits_2_with_one_line(string file, string message, params string[] rest)
    {
        var (code, _, error) = CliRunner.Run(["metrics", "--data", CliRunner.TestData(file), .. rest]);
        Assert.Equal(2, code);
        Assert.Equal(message, error.TrimEnd());
    }

    [Theory]
    [InlineData("nps", "line 6, column 'nps': 'ten' is not a number (leave the cell empty or write NA for a missing answer).")]
    [InlineData("weight", "line 6, column 'weight': '0' is not a finite weight above 0.")]
    [InlineData("date", "line 6, column 'date': '2026-13-01' is not a date as YYYY-MM-DD.")]
    [InlineData("default-date", "line 6, column 'date': '0001-01-01' is the default date 0001-01-01, not a response date (a missing date exported as a default?).")]
    public void Bad_cell_after_a_blank_line_and_a_multi_line_quoted_field_names_its_file_line_and_column(string bad, string message)
    {
        // Lone-CR file: line 1 header, 2 a row, 3 blank, 4-5 a row whose quoted comment spans two lines, 6 the bad cell.
        var last = bad switch
        {
            "nps" => "r3,\"fine\",2026-10-03,ten,1",
            "weight" => "r3,\"fine\",2026-10-03,7,0",
            "default-date" => "r3,\"fine\",0001-01-01,7,1",
            _ => "r3,\"fine\",2026-13-01,7,1",
        };
        using var file = new TempFile(".csv", $"respondent,comment,date,nps,weight\rr1,ok,2026-10-01,9,1\r\rr2,\"two\rlines\",2026-10-02,8,1\r{last}\r");
        var path = file.Path;
        var (code, _, error) = CliRunner.Run("metrics", "--data", path, "--metric", "nps", "--column", "nps", "--weight", "weight", "--date-column", "date", "--by", "month");
        Assert.Equal(2, code);
        Assert.Equal($"cxokr: {message}", Assert.Single(error.TrimEnd().Split('\n')));
    }

    [Fact]
    public void Unknown_metric_is_a_usage_error()
    {
        var (code, _, error) = CliRunner.Run("metrics", "--data", Survey, "--metric", "ratio", "--column", "nps");
        Assert.Equal(2, code);
        Assert.StartsWith("cxokr: ", error);
    }

    // The two commands once had their own MIN:MAX parsers with their own messages; now one rule, one message.
    [Theory]
    [InlineData("5:1", "--scale '5:1': MAX (1) must be above MIN (5).")]
    [InlineData("1:NaN", "--scale '1:NaN': MIN and MAX must be finite numbers.")]
    [InlineData("1:1e400", "--scale '1:1e400': MIN and MAX must be finite numbers.")]
    [InlineData("1,5", "--scale '1,5' is not MIN:MAX with numbers such as 1:5 (a '.' for decimals).")]
    public void Scale_is_refused_with_the_same_message_by_metrics_and_drivers(string scale, string message)
    {
        var metrics = CliRunner.Run("metrics", "--data", Survey, "--metric", "mean", "--column", "csat", "--scale", scale);
        var drivers = CliRunner.Run("drivers", "--data", CliRunner.TestData("drivers-swiss.csv"), "--outcome", "Fertility", "--scale", scale);
        Assert.Equal((2, $"cxokr: {message}"), (metrics.ExitCode, metrics.Error.TrimEnd()));
        Assert.Equal((2, $"cxokr: {message}"), (drivers.ExitCode, drivers.Error.TrimEnd()));
    }

    [Fact]
    public void Segments_without_a_date_column_have_no_period_and_no_made_up_date()
    {
        var (code, output, error) = CliRunner.Run("metrics", "--data", Survey, "--metric", "mean", "--column", "csat", "--segment", "region", "--format", "json");
        Assert.Equal((0, ""), (code, error));
        var groups = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(["EU", "US"], groups.Select(static g => g.GetProperty("segment").GetString()));
        Assert.All(groups, static g => Assert.Equal(JsonValueKind.Null, g.GetProperty("period").ValueKind));
        Assert.DoesNotContain("2000-", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_column_name_exits_2_instead_of_reading_one_copy()
    {
        using var file = new TempFile(".csv", "nps,nps\n9,3\n10,2\n");
        var (code, _, error) = CliRunner.Run("metrics", "--data", file.Path, "--metric", "nps", "--column", "nps");
        Assert.Equal(2, code);
        Assert.Contains("line 1: column 'nps' appears more than once", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("sum", "w\n1", "the weighted sum overflows")]
    [InlineData("count", "w\n1e308", "the sum of the weights overflows")]
    public void Data_that_overflows_a_double_exits_2_asking_to_rescale(string metric, string weights, string expected)
    {
        // Each value and weight is valid on its own; together they cannot be summed in doubles. The user's data,
        // not a bug: exit 2 (an ArgumentOutOfRangeException used to escape as an internal error, exit 70).
        var weight = weights.Split('\n')[1];
        using var file = new TempFile(".csv", $"x,w\n1e308,{weight}\n1e308,{weight}\n");
        var (code, _, error) = CliRunner.Run("metrics", "--data", file.Path, "--metric", metric, "--column", "x", "--weight", "w");
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("bug", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mean_of_values_near_the_largest_double_with_huge_weights_is_computed_not_refused()
    {
        using var file = new TempFile(".csv", "x,w\n1e308,1e200\n1e308,1e200\n");

        var (code, output, error) = CliRunner.Run("metrics", "--data", file.Path, "--metric", "mean", "--column", "x", "--weight", "w", "--format", "json");

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(1e308, json.RootElement.GetProperty("value").GetDouble());
    }
}
