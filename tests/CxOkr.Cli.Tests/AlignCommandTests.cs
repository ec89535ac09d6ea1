using System.Text.Json;
using CxOkr.Alignment;
using CxOkr.Serialization;

namespace CxOkr.Cli.Tests;

public sealed class AlignCommandTests
{
    private static readonly string Example = CliRunner.TestData(Path.Combine("examples", "workspace.json"));

    [Fact]
    public void Json_output_is_the_library_json_of_the_report()
    {
        var (_, output, _) = CliRunner.Run("align", Example, "--format", "json");
        var report = new AlignmentChecker().Check(CascadeGraph.From(WorkspaceReader.ReadFile(Example, WorkspaceReadMode.Lenient), []));
        Assert.Equal(ResultJson.ToJson(report) + Environment.NewLine, output);
    }

    [Fact]
    public void Example_programme_has_its_deliberate_problems_and_exits_1()
    {
        var (code, output, error) = CliRunner.Run("align", Example, "--format", "json");
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, error);
        using var doc = JsonDocument.Parse(output);
        var rules = doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
        Assert.Contains("conflicting-direction", rules);
        Assert.Contains("orphan", rules);
        Assert.Contains("tier-inversion", rules);
        var summary = doc.RootElement.GetProperty("summary");
        Assert.Equal(rules.Count, summary.GetProperty("error").GetInt32() + summary.GetProperty("warning").GetInt32() + summary.GetProperty("info").GetInt32());
    }

    [Fact]
    public void Broken_references_become_findings_not_load_errors()
    {
        var (code, output, error) = CliRunner.Run("align", CliRunner.TestData("align-broken.json"), "--format", "json");
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, error);
        using var doc = JsonDocument.Parse(output);
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("rule").GetString(), f.GetProperty("severity").GetString(), string.Join(",", f.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()))))
            .ToList();
        Assert.Contains(("cycle", "error", "o-a,o-b"), findings);
        Assert.Contains(("dangling-reference", "error", "o-c,o-gone"), findings);
        Assert.Contains(("duplicate-id", "error", "o-c"), findings);
    }

    [Fact]
    public void Drivers_file_adds_uncovered_driver_warnings()
    {
        var (code, output, _) = CliRunner.Run("align", Example, "--drivers", CliRunner.TestData("align-drivers.json"), "--format", "json");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var uncovered = doc.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule").GetString() == "uncovered-driver")
            .Select(f => f.GetProperty("subjects")[1].GetString())
            .ToList();

        // Top three: chat_csat and hold_time have key results in the example, agent_courtesy has none;
        // queue_music is fourth and so not judged.
        Assert.Equal(["agent_courtesy"], uncovered);
    }

    [Fact]
    public void Drivers_file_without_metric_id_exits_2_naming_the_field()
    {
        using var file = new TempFile(".json", "{\"drivers\": []}");
        var path = file.Path;
        var (code, _, error) = CliRunner.Run("align", Example, "--drivers", path);
        Assert.Equal(2, code);
        Assert.Contains("metricId", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Drivers_file_with_a_negative_share_exits_2_naming_its_json_path()
    {
        using var file = new TempFile(".json", "{\"metricId\": \"support_sat\", \"drivers\": [{\"name\": \"chat_csat\", \"shapleyShare\": 0.6}, {\"name\": \"hold_time\", \"shapleyShare\": -0.2}]}");
        var path = file.Path;
        var (code, _, error) = CliRunner.Run("align", Example, "--drivers", path);
        Assert.Equal(2, code);
        Assert.Contains("$.drivers[1].shapleyShare: -0.2 must be >= 0", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("chat_csat", "1e999")]
    [InlineData(" ", "0.5")]
    public void Drivers_file_the_library_refuses_is_unusable_input_not_a_bug(string name, string share)
    {
        // An unrepresentable number, or a blank driver name (the ranking's own check): exit 2, not 70.
        using var file = new TempFile(".json", $"{{\"metricId\": \"support_sat\", \"drivers\": [{{\"name\": \"{name}\", \"shapleyShare\": {share}}}]}}");
        var (code, _, error) = CliRunner.Run("align", Example, "--drivers", file.Path);
        Assert.Equal(2, code);
        Assert.StartsWith($"cxokr: Drivers file '{file.Path}' ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Clean_cascade_exits_0_with_table_summary()
    {
        var (code, output, _) = CliRunner.Run("align", CliRunner.TestData("score-issue-example.json"));
        Assert.Equal(0, code);
        Assert.Contains("0 error(s)", output, StringComparison.Ordinal);
    }
}
