using System.Globalization;
using System.Text;
using System.Text.Json;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Linkage;
using CxOkr.Serialization;

namespace CxOkr.Cli.Tests;

public sealed class LinkageCommandTests
{
    private static readonly string Workspace = CliRunner.TestData(Path.Combine("examples", "workspace.json"));
    private static readonly string Responses = CliRunner.TestData(Path.Combine("examples", "responses.csv"));

    [Fact]
    public void Json_output_is_the_library_json_with_the_documented_fields()
    {
        var (code, output, error) = CliRunner.Run("linkage", Workspace, "--responses", Responses, "--target", "support_sat", "--weight", "weight", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var workspace = WorkspaceReader.ReadFile(Workspace);
        var expected = new LinkageAnalyzer(new LinkageOptions { Weight = "weight" }).Analyze(workspace.Metrics, workspace.MetricLinks, CsvTableReader.ReadFile(Responses), "support_sat");
        Assert.Equal(ResultJson.ToJson(expected) + Environment.NewLine, output);

        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["target", "weight", "equations", "effects", "unmeasured"], root.EnumerateObject().Select(static p => p.Name));
        var equation = root.GetProperty("equations")[0];
        Assert.Equal(["metricId", "nUsed", "rSquared", "intercept", "terms"], equation.EnumerateObject().Select(static p => p.Name));
        Assert.Equal(["metricId", "coefficient", "standardError", "t", "p"], equation.GetProperty("terms")[0].EnumerateObject().Select(static p => p.Name));
        var effect = root.GetProperty("effects")[0];
        Assert.Equal(["metricId", "direct", "indirect", "total", "standardizedTotal", "paths", "lower", "upper"], effect.EnumerateObject().Select(static p => p.Name));
        Assert.Equal(JsonValueKind.Null, effect.GetProperty("lower").ValueKind);
        Assert.Equal(["chat_csat", "support_sat"], effect.GetProperty("paths")[0].EnumerateArray().Select(static p => p.GetString()));
        Assert.Equal("chat_first_response", root.GetProperty("unmeasured")[0].GetProperty("from").GetString());
        Assert.Equal(expected.Equations[0].Terms[0].Coefficient, equation.GetProperty("terms")[0].GetProperty("coefficient").GetDouble());
    }

    [Fact]
    public void Bootstrap_fills_lower_and_upper_with_the_bca_interval_of_the_total()
    {
        var (code, output, _) = CliRunner.Run("linkage", Workspace, "--responses", Responses, "--target", "support_sat", "--bootstrap", "20", "--seed", "5", "--confidence", "0.9", "--format", "json");
        Assert.Equal(0, code);
        var workspace = WorkspaceReader.ReadFile(Workspace);
        var expected = new LinkageAnalyzer(new LinkageOptions { Bootstrap = new BootstrapOptions { Replicates = 20, Seed = 5, Confidence = 0.9 } })
            .Analyze(workspace.Metrics, workspace.MetricLinks, CsvTableReader.ReadFile(Responses), "support_sat");
        var effect = JsonDocument.Parse(output).RootElement.GetProperty("effects")[0];
        Assert.Equal(expected.Effects[0].TotalInterval!.BcaLower, effect.GetProperty("lower").GetDouble());
        Assert.Equal(expected.Effects[0].TotalInterval!.BcaUpper, effect.GetProperty("upper").GetDouble());
    }

    [Fact]
    public void The_example_links_nps_on_the_respondents_who_rated_both_journeys()
    {
        var (code, output, error) = CliRunner.Run("linkage", Workspace, "--responses", Responses, "--target", "nps");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("nps", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Nps_cannot_be_linked_when_no_respondent_answers_both_journeys()
    {
        var csv = new StringBuilder("respondent_id,date,journey,weight,nps,support_sat,onboarding_sat\n");
        for (var i = 0; i < 40; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"S{i},2026-10-01,support,1,{i % 11},{1 + (i % 5)},\n");
            csv.Append(CultureInfo.InvariantCulture, $"O{i},2026-10-01,onboarding,1,{(i * 3) % 11},,{1 + ((i * 2) % 5)}\n");
        }

        using var file = new TempFile(".csv", csv.ToString());
        var (code, output, error) = CliRunner.Run("linkage", Workspace, "--responses", file.Path, "--target", "nps");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("cxokr: equation 'nps' (on support_sat, onboarding_sat) has 0 complete rows", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Several_default_targets_print_an_array_and_a_table_each()
    {
        var csv = new StringBuilder("nps,support_sat,churn_rate,save_rate\n");
        var random = new Random(3);
        for (var i = 0; i < 60; i++)
        {
            var s = random.Next(1, 6);
            var save = random.NextDouble();
            csv.Append(CultureInfo.InvariantCulture, $"{Math.Min(10, (2 * s) + random.Next(0, 3))},{s},{(0.5 * save) + (0.2 * random.NextDouble())},{save}\n");
        }

        using var file = new TempFile(".csv", csv.ToString());
        var (code, output, _) = CliRunner.Run("linkage", Workspace, "--responses", file.Path, "--format", "json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(JsonValueKind.Array, root.ValueKind);
        Assert.Equal(["nps", "churn_rate"], root.EnumerateArray().Select(static r => r.GetProperty("target").GetString()));

        var (tableCode, table, _) = CliRunner.Run("linkage", Workspace, "--responses", file.Path);
        Assert.Equal(0, tableCode);
        Assert.Contains("Linkage into nps: 1 equation(s)", table, StringComparison.Ordinal);
        Assert.Contains("Linkage into churn_rate: 1 equation(s)", table, StringComparison.Ordinal);
        Assert.Contains("Left out (the upstream metric has no column): time_to_resolution -> nps, onboarding_sat -> nps", table, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--confidence", "1.5")]
    [InlineData("--bootstrap", "3")]
    [InlineData("--target", "no_such_metric")]
    [InlineData("--weight", "no_such_column")]
    public void Bad_arguments_exit_2_with_one_line(string option, string value)
    {
        string[] bootstrap = option == "--confidence" ? ["--bootstrap", "20"] : [];
        string[] target = option == "--target" ? [] : ["--target", "support_sat"];
        var (code, _, error) = CliRunner.Run(["linkage", Workspace, "--responses", Responses, .. target, .. bootstrap, option, value]);
        Assert.Equal(2, code);
        Assert.StartsWith("cxokr: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains(option == "--bootstrap" ? "Replicates" : value, error, StringComparison.Ordinal);
    }
}
