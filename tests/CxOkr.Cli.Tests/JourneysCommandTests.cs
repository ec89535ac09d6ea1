using System.Text.Json;
using CxOkr.Journeys;
using CxOkr.Serialization;

namespace CxOkr.Cli.Tests;

public sealed class JourneysCommandTests
{
    private static readonly string Example = CliRunner.TestData(Path.Combine("examples", "workspace.json"));

    private static JsonElement Json(string path)
    {
        var (code, output, error) = CliRunner.Run("journeys", path, "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        return JsonDocument.Parse(output).RootElement;
    }

    private static JsonElement Journey(JsonElement root, string id) =>
        root.GetProperty("journeys").EnumerateArray().Single(j => j.GetProperty("id").GetString() == id);

    private static string[] Strings(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public void Json_output_is_the_library_json_of_the_map_and_its_findings()
    {
        var (_, output, _) = CliRunner.Run("journeys", Example, "--format", "json");
        var workspace = WorkspaceReader.ReadFile(Example);
        var map = new JourneyMap(workspace.Journeys, workspace.Metrics, workspace.MetricLinks);
        Assert.Equal(ResultJson.ToJson(map, map.Check()) + Environment.NewLine, output);
    }

    [Fact]
    public void Example_journeys_keep_their_stages_in_order_with_touchpoints_and_units()
    {
        var root = Json(Example);
        Assert.Equal(["onboarding", "support", "employee-onboarding"], root.GetProperty("journeys").EnumerateArray().Select(j => j.GetProperty("id").GetString()));
        var onboarding = Journey(root, "onboarding");
        Assert.Equal("customer", onboarding.GetProperty("audience").GetString());
        var stages = onboarding.GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(["st-order", "st-welcome", "st-install", "st-first-bill"], stages.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal([1, 2, 3, 4], stages.Select(s => s.GetProperty("order").GetInt32()));
        var visit = stages[2].GetProperty("touchpoints").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "tp-field-visit");
        Assert.Equal("field", visit.GetProperty("channel").GetString());
        Assert.Equal("field-team", visit.GetProperty("unitId").GetString());
        Assert.Equal("employee", Journey(root, "employee-onboarding").GetProperty("audience").GetString());
    }

    [Fact]
    public void Example_journey_lists_outcomes_and_the_metrics_of_each_tier_scoped_to_it()
    {
        var root = Json(Example);
        var support = Journey(root, "support");
        var outcomes = support.GetProperty("outcomes").EnumerateArray().Select(o => (o.GetProperty("metricId").GetString(), o.GetProperty("category").GetString()));
        Assert.Equal([("support_sat", "customer"), ("time_to_resolution", "business")], outcomes);
        Assert.Equal(["support_sat", "time_to_resolution", "save_rate"], Strings(support.GetProperty("metrics")));
        var ask = support.GetProperty("stages")[0];
        Assert.Equal("st-ask", ask.GetProperty("id").GetString());
        Assert.Contains("chat_csat", Strings(ask.GetProperty("metrics")));

        var chatCsat = root.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "chat_csat");
        Assert.Equal("interaction", chatCsat.GetProperty("tier").GetString());
        Assert.Equal("tp-chat", chatCsat.GetProperty("scope").GetProperty("touchpointId").GetString());
        Assert.Equal("topBox", chatCsat.GetProperty("calculation").GetString());
        Assert.Equal(4, chatCsat.GetProperty("scale").GetProperty("topBox").GetDouble());
        var nps = root.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "nps");
        Assert.Equal(JsonValueKind.Null, nps.GetProperty("scope").ValueKind);

        Assert.Contains(root.GetProperty("links").EnumerateArray(), l => l.GetProperty("from").GetString() == "chat_csat" && l.GetProperty("to").GetString() == "support_sat");
    }

    [Fact]
    public void Example_plan_has_one_gap_the_unmeasured_first_month()
    {
        var root = Json(Example);
        var finding = Assert.Single(root.GetProperty("findings").EnumerateArray());
        Assert.Equal("stage-without-metric", finding.GetProperty("rule").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal(["st-first-month", "employee-onboarding"], Strings(finding.GetProperty("subjects")));
        var summary = root.GetProperty("summary");
        Assert.Equal((0, 1, 0), (summary.GetProperty("error").GetInt32(), summary.GetProperty("warning").GetInt32(), summary.GetProperty("info").GetInt32()));
    }

    [Fact]
    public void Map_with_gaps_reports_each_gap_and_still_exits_0()
    {
        var root = Json(CliRunner.TestData("journeys-gaps.json"));
        var findings = root.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("rule").GetString(), string.Join(",", Strings(f.GetProperty("subjects")))))
            .ToList();
        Assert.Equal(
            [
                ("journey-without-outcome", "renewal"),
                ("stage-without-metric", "st-reminder,renewal"),
                ("stage-without-metric", "st-sign,renewal"),
                ("journey-metric-not-linked", "renewal_sat"),
                ("interaction-metric-not-linked", "quote_wait"),
                ("data-kind-without-source", "quote_wait"),
            ],
            findings);
        Assert.Equal(6, root.GetProperty("summary").GetProperty("warning").GetInt32());
        Assert.Empty(root.GetProperty("links").EnumerateArray());
        var quote = Journey(root, "renewal").GetProperty("stages")[1];
        Assert.Equal(["quote_wait"], Strings(quote.GetProperty("metrics")));
    }

    [Fact]
    public void Table_shows_stages_in_order_then_the_findings()
    {
        var (code, output, error) = CliRunner.Run("journeys", CliRunner.TestData("journeys-gaps.json"));
        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        var stageLines = lines.Where(l => l.StartsWith("  ", StringComparison.Ordinal) && char.IsDigit(l.TrimStart()[0])).Select(l => l.Trim()).ToList();
        Assert.Equal(["1. st-reminder: Reminder", "2. st-quote: Quote", "3. st-sign: Sign"], stageLines);
        Assert.Contains(lines, l => l.Contains("tp-quote: Quote call [phone, unit company]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("WARN  journey-without-outcome", StringComparison.Ordinal) && l.EndsWith("journey 'renewal' has no outcome KPI.", StringComparison.Ordinal));
        Assert.Contains("0 error(s), 6 warning(s), 0 info.", lines);
    }

    [Theory]
    [InlineData("journeys-down-tier.json", "goes down from tier relationship to tier journey")] // strict read: a broken link is a load error
    [InlineData("journeys-none.json", "Workspace file '")]
    public void Unusable_workspace_exits_2_with_one_line_and_no_output(string file, string expected)
    {
        var (code, output, error) = CliRunner.Run("journeys", CliRunner.TestData(file));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("cxokr: ", error);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var (code, _, error) = CliRunner.Run("journeys", Example, "--format", "yaml");
        Assert.Equal(2, code);
        Assert.StartsWith("cxokr: ", error);
    }
}
