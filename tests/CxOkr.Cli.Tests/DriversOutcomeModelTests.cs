using System.Globalization;
using System.Text.Json;

namespace CxOkr.Cli.Tests;

/// <summary><c>cxokr drivers --model logit|ordinal</c> and <c>--join</c>.</summary>
public sealed class DriversOutcomeModelTests
{
    private static readonly string Churn = CliRunner.TestData("churn_weighted.csv");

    [Fact]
    public void Logit_json_has_the_documented_shape_and_values()
    {
        var (code, output, error) = CliRunner.Run("drivers", "--data", Churn, "--outcome", "churned", "--weight", "weight", "--model", "logit", "--format", "json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(
            ["outcome", "model", "weight", "rowsRead", "nUsed", "rowsDropped", "logLikelihood", "nullLogLikelihood", "iterations", "converged", "pseudoRSquared", "intercept", "thresholds", "shapleyMethod", "shapleyPermutations", "drivers"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("logit", root.GetProperty("model").GetString());
        Assert.Equal(500, root.GetProperty("rowsRead").GetInt32());
        Assert.Equal(440, root.GetProperty("nUsed").GetInt32());
        Assert.Equal(["missingOutcome", "missingDriver", "missingWeight", "zeroWeight", "unmatched"], root.GetProperty("rowsDropped").EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("thresholds").ValueKind);
        Assert.Equal("exact", root.GetProperty("shapleyMethod").GetString());
        Assert.Equal(["mcFadden", "coxSnell", "nagelkerke", "estrella"], root.GetProperty("pseudoRSquared").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.15712479132376356, root.GetProperty("pseudoRSquared").GetProperty("mcFadden").GetDouble(), 1e-9);
        var driver = root.GetProperty("drivers")[0];
        Assert.Equal(
            ["name", "coefficient", "standardError", "z", "p", "oddsRatio", "shapley", "shapleyShare", "mean", "performance", "quadrant"],
            driver.EnumerateObject().Select(p => p.Name));
        Assert.Equal("support_sat", driver.GetProperty("name").GetString());
        Assert.Equal(-0.41660178137858328, driver.GetProperty("coefficient").GetDouble(), 1e-9);
    }

    [Fact]
    public void Join_brings_the_outcome_from_a_second_file_and_counts_unmatched_rows()
    {
        var lines = File.ReadAllLines(Churn);
        var survey = new List<string> { "customer_id," + string.Join(',', lines[0].Split(',').Skip(1)) };
        var billing = new List<string> { "customer_id,churned" };
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            survey.Add($"c{i}," + string.Join(',', cells.Skip(1)));
            if (i > 20)
            {
                billing.Add($"c{i},{cells[0]}");
            }
        }

        using var surveyFile = new TempFile(".csv", string.Join("\n", survey) + "\n");
        using var billingFile = new TempFile(".csv", string.Join("\n", billing) + "\n");
        var (code, output, error) = CliRunner.Run("drivers", "--data", surveyFile.Path, "--join", billingFile.Path, "--on", "customer_id", "--outcome", "churned", "--weight", "weight", "--drivers", "support_sat,billing_sat,app_sat,price_sat", "--model", "logit", "--format", "json");
        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(500, root.GetProperty("rowsRead").GetInt32());
        Assert.Equal(20, root.GetProperty("rowsDropped").GetProperty("unmatched").GetInt32());
        var dropped = root.GetProperty("rowsDropped").EnumerateObject().Sum(p => p.Value.GetInt32());
        Assert.Equal(500, root.GetProperty("nUsed").GetInt32() + dropped);
    }

    [Fact]
    public void A_repeated_join_key_exits_2_naming_both_lines()
    {
        using var survey = new TempFile(".csv", "id,a\nx,1\ny,2\n");
        using var billing = new TempFile(".csv", "id,churned\nx,1\ny,0\nx,0\n");
        var (code, _, error) = CliRunner.Run("drivers", "--data", survey.Path, "--join", billing.Path, "--on", "id", "--outcome", "churned", "--model", "logit");
        Assert.Equal(2, code);
        Assert.Contains("key 'id' = 'x' repeats in the joined table: line 2 and line 4", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Separation_exits_2_with_one_line_naming_the_driver_unless_partial_is_asked_for()
    {
        var rows = Enumerable.Range(0, 40).Select(i => string.Create(CultureInfo.InvariantCulture, $"{(i < 20 ? 0 : 1)},{i % 7},{(i < 20 ? 1 + (i % 3) : 5 + (i % 3))}"));
        using var file = new TempFile(".csv", "y,a,b\n" + string.Join("\n", rows) + "\n");
        var (code, _, error) = CliRunner.Run("drivers", "--data", file.Path, "--outcome", "y", "--model", "logit");
        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("separation", error, StringComparison.Ordinal);
        Assert.Contains("b predicts the outcome perfectly", error, StringComparison.Ordinal);

        var (partialCode, output, warning) = CliRunner.Run("drivers", "--data", file.Path, "--outcome", "y", "--model", "logit", "--allow-partial", "--format", "json");
        Assert.Equal(0, partialCode);
        Assert.Contains("partial result", warning, StringComparison.Ordinal);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("separation", root.GetProperty("problem").GetString());
        Assert.Equal("b", root.GetProperty("problemDrivers")[0].GetString());
    }

    [Fact]
    public void Ordinal_table_shows_thresholds_with_the_level_labels()
    {
        using var file = new TempFile(".csv", "y,a,b\n" + string.Join("\n", Enumerable.Range(0, 90).Select(i => string.Create(CultureInfo.InvariantCulture, $"{1 + ((i * 7) % 3)},{i % 5},{(i * 3) % 4}"))) + "\n");
        var (code, output, error) = CliRunner.Run("drivers", "--data", file.Path, "--outcome", "y", "--model", "ordinal");
        Assert.True(code == 0, error);
        Assert.Contains("Thresholds:  1|2 ", output, StringComparison.Ordinal);
        Assert.Contains("2|3 ", output, StringComparison.Ordinal);
        Assert.Contains("McFadden", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Linear_only_options_are_refused_for_the_outcome_models()
    {
        var (code, _, error) = CliRunner.Run("drivers", "--data", Churn, "--outcome", "churned", "--model", "logit", "--bootstrap", "10");
        Assert.Equal(2, code);
        Assert.Contains("--bootstrap", error, StringComparison.Ordinal);
    }
}
