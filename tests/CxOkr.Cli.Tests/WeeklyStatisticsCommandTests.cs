using System.Text.Json;

namespace CxOkr.Cli.Tests;

/// <summary><c>cxokr compare</c>, <c>plan</c> and <c>dissatisfiers</c>: JSON equal to the R references the library is tested on, and errors naming the option or group.</summary>
public sealed class WeeklyStatisticsCommandTests
{
    private static readonly string Survey = CliRunner.TestData(Path.Combine("reference", "survey.csv"));
    private static readonly string Ratings = CliRunner.TestData(Path.Combine("reference", "ratings.csv"));

    private static JsonElement Reference(string file, string name) =>
        JsonDocument.Parse(File.ReadAllText(CliRunner.TestData(Path.Combine("reference", file)))).RootElement.GetProperty(name);

    [Fact]
    public void Compare_segments_json_is_r_s_adjusted_wald_z_test_with_holm()
    {
        var (code, output, error) = CliRunner.Run("compare", "--data", Survey, "--metric", "nps", "--column", "nps", "--segment", "region", "--format", "json");
        Assert.Equal((0, ""), (code, error));
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("nps", root.GetProperty("metric").GetString());
        Assert.Equal("holm", root.GetProperty("adjust").GetString());
        var expected = Reference("comparisons.json", "npsAdjustedWaldBySegment").EnumerateArray().ToList();
        var actual = root.GetProperty("comparisons").EnumerateArray().ToList();
        Assert.Equal(expected.Count, actual.Count);
        for (var k = 0; k < expected.Count; k++)
        {
            Assert.Equal(expected[k].GetProperty("first").GetString(), actual[k].GetProperty("first").GetString());
            Assert.Equal(expected[k].GetProperty("second").GetString(), actual[k].GetProperty("second").GetString());
            foreach (var (field, json) in new[] { ("difference", "difference"), ("standardError", "standardError"), ("statistic", "statistic"), ("p", "p"), ("holm", "adjustedP"), ("lower", "lower"), ("upper", "upper") })
            {
                var e = expected[k].GetProperty(field).GetDouble();
                Assert.True(Math.Abs(actual[k].GetProperty(json).GetDouble() - e) <= 1e-9 * Math.Abs(e), $"{json}[{k}]");
            }

            Assert.Equal(JsonValueKind.Null, actual[k].GetProperty("df").ValueKind);
        }
    }

    [Fact]
    public void Compare_by_month_of_means_is_welch_with_df_and_bh()
    {
        var (code, output, _) = CliRunner.Run("compare", "--data", Survey, "--metric", "mean", "--column", "csat", "--by", "month", "--date-column", "date", "--adjust", "bh", "--format", "json");
        Assert.Equal(0, code);
        var expected = Reference("comparisons.json", "meanByMonth").EnumerateArray().ToList();
        var actual = JsonDocument.Parse(output).RootElement.GetProperty("comparisons").EnumerateArray().ToList();
        Assert.Equal(["2026-09", "2026-10"], actual.Select(a => a.GetProperty("first").GetString()));
        for (var k = 0; k < expected.Count; k++)
        {
            Assert.Equal(expected[k].GetProperty("df").GetDouble(), actual[k].GetProperty("df").GetDouble(), 1e-9 * expected[k].GetProperty("df").GetDouble());
            Assert.Equal(expected[k].GetProperty("bh").GetDouble(), actual[k].GetProperty("adjustedP").GetDouble(), 1e-9 * expected[k].GetProperty("bh").GetDouble());
        }
    }

    [Fact]
    public void Compare_table_marks_the_differences_that_survive_the_adjustment()
    {
        var (code, output, _) = CliRunner.Run("compare", "--data", Survey, "--metric", "topBox", "--top-box", "9", "--scale", "0:10", "--column", "nps", "--segment", "region");
        Assert.Equal(0, code);
        Assert.StartsWith("first  second", output, StringComparison.Ordinal);
        Assert.Contains("p (holm)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exactly one of --segment COL and --by", "compare", "--metric", "nps", "--column", "nps")]
    [InlineData("--by needs --date-column", "compare", "--metric", "nps", "--column", "nps", "--by", "month")]
    public void Compare_usage_errors_name_the_option(string expected, params string[] args)
    {
        var (code, _, error) = CliRunner.Run([.. args, "--data", Survey]);
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_with_one_answer_for_a_mean_is_an_error_naming_it()
    {
        using var file = new TempFile(".csv", "id,region,csat\na,east,3\nb,east,4\nc,west,5\n");
        var (code, _, error) = CliRunner.Run("compare", "--data", file.Path, "--metric", "mean", "--column", "csat", "--segment", "region");
        Assert.Equal(2, code);
        Assert.Contains("segment 'west' has 1 answer", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_gives_required_n_and_margin_as_r()
    {
        var (code, output, _) = CliRunner.Run("plan", "--metric", "nps", "--promoters", "0.45", "--detractors", "0.2", "--margin", "5", "--format", "json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(("nps", 0.95, 903), (root.GetProperty("metric").GetString(), root.GetProperty("confidence").GetDouble(), root.GetProperty("requiredN").GetInt32()));
        (code, output, _) = CliRunner.Run("plan", "--metric", "nps", "--promoters", "0.3", "--detractors", "0.3", "--n", "400", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(7.5909078712899589, JsonDocument.Parse(output).RootElement.GetProperty("margin").GetDouble(), 1e-12);
        Assert.False(JsonDocument.Parse(output).RootElement.TryGetProperty("requiredN", out _));
    }

    [Theory]
    [InlineData("--margin:", "plan", "--metric", "mean", "--sd", "1", "--margin", "0")]
    [InlineData("--detractors: promoters (0.7) and detractors (0.4) add up to more than 1", "plan", "--metric", "nps", "--promoters", "0.7", "--detractors", "0.4", "--margin", "3")]
    [InlineData("--proportion:", "plan", "--metric", "proportion", "--proportion", "1.5", "--n", "100")]
    [InlineData("--promoters:", "plan", "--metric", "nps", "--promoters", "-0.1", "--detractors", "0.4", "--n", "100")]
    [InlineData("--sd applies only", "plan", "--metric", "nps", "--sd", "2", "--n", "100")]
    [InlineData("exactly one of --margin", "plan", "--metric", "mean", "--sd", "2")]
    [InlineData("--n:", "plan", "--metric", "mean", "--sd", "2", "--n", "50", "--population", "20")]
    public void Plan_bad_input_names_the_option(string expected, params string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Dissatisfiers_json_matches_r()
    {
        var (code, output, error) = CliRunner.Run("dissatisfiers", "--data", Ratings, "--outcome", "nps", "--drivers", "ease,speed,price,staff,app", "--format", "json");
        Assert.Equal((0, ""), (code, error));
        var root = JsonDocument.Parse(output).RootElement;
        var expected = Reference("dissatisfiers.json", "five");
        Assert.Equal("nps", root.GetProperty("outcome").GetString());
        Assert.Equal(expected.GetProperty("nUsed").GetInt32(), root.GetProperty("nUsed").GetInt32());
        var e = expected.GetProperty("results").EnumerateArray().ToList();
        var a = root.GetProperty("drivers").EnumerateArray().ToList();
        for (var k = 0; k < e.Count; k++)
        {
            foreach (var field in new[] { "dissatisfierShapley", "dissatisfierShare", "satisfierShapley", "satisfierShare", "penalty", "penaltyP", "reward", "rewardP" })
            {
                var x = e[k].GetProperty(field).GetDouble();
                Assert.True(Math.Abs(a[k].GetProperty(field).GetDouble() - x) <= 1e-9 * Math.Abs(x), $"{field}[{k}]");
            }

            Assert.Contains(a[k].GetProperty("category").GetString(), new[] { "basic", "excitement", "performance", "indifferent" });
        }
    }

    [Theory]
    [InlineData("--high:", "--low", "9", "--high", "4")]
    [InlineData("--outcome-high:", "--outcome-low", "9", "--outcome-high", "9")]
    [InlineData("'nope'", "--outcome", "nope")]
    public void Dissatisfiers_bad_input_names_the_option_or_column(string expected, params string[] extra)
    {
        string[] args = ["dissatisfiers", "--data", Ratings, "--drivers", "ease,speed", .. extra];
        if (!extra.Contains("--outcome"))
        {
            args = [.. args, "--outcome", "nps"];
        }

        var (code, _, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
