using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Reporting;
using CxOkr.Serialization;
using CxOkr.Text;

namespace CxOkr.Tests.Reporting;

/// <summary>The report's churn (logit) key-driver section and its topics section, on small generated data.</summary>
public sealed class ReportOutcomeDriversAndTopicsTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 27);

    private const string WorkspaceJson = """
        {"formatVersion": 1,
         "units": [{"id": "co", "name": "Company", "parentId": null}],
         "periods": [{"id": "q4", "start": "2026-10-01", "end": "2026-12-31"}],
         "objectives": [],
         "metrics": [
           {"id": "nps", "name": "NPS", "tier": "relationship", "dataKind": "experience", "collection": "solicited", "structure": "structured", "calculation": "nps", "betterWhen": "higher", "unit": null},
           {"id": "left", "name": "Left", "tier": "relationship", "dataKind": "behavioral", "collection": "unsolicited", "structure": "structured", "calculation": "proportion", "betterWhen": "lower", "unit": "%"},
           {"id": "sat", "name": "Care satisfaction", "tier": "journey", "scope": {"journeyId": "care"}, "dataKind": "experience", "collection": "solicited", "structure": "structured", "calculation": "mean", "scale": {"min": 1, "max": 5}, "betterWhen": "higher", "unit": null},
           {"id": "d1", "name": "Knowledge", "tier": "interaction", "scope": {"touchpointId": "tp"}, "dataKind": "experience", "collection": "solicited", "structure": "structured", "calculation": "mean", "scale": {"min": 1, "max": 5}, "betterWhen": "higher", "unit": null},
           {"id": "d2", "name": "Courtesy", "tier": "interaction", "scope": {"touchpointId": "tp"}, "dataKind": "experience", "collection": "solicited", "structure": "structured", "calculation": "mean", "scale": {"min": 1, "max": 5}, "betterWhen": "higher", "unit": null},
           {"id": "d3", "name": "Wait", "tier": "interaction", "scope": {"touchpointId": "tp"}, "dataKind": "experience", "collection": "solicited", "structure": "structured", "calculation": "mean", "scale": {"min": 1, "max": 5}, "betterWhen": "lower", "unit": null}],
         "metricLinks": [{"from": "d1", "to": "sat", "strength": null}, {"from": "d2", "to": "sat", "strength": null}, {"from": "d3", "to": "sat", "strength": null}, {"from": "sat", "to": "nps", "strength": null}],
         "journeys": [{"id": "care", "name": "Care", "audience": "customer", "outcomes": [{"metricId": "sat", "category": "customer"}],
           "stages": [{"id": "st", "name": "Ask", "touchpoints": [{"id": "tp", "name": "Phone", "channel": "phone", "unitId": "co"}]}]}]}
        """;

    private static List<Response> Responses(bool separated, int seed = 7)
    {
        var random = new Random(seed);
        var rows = new List<Response>();
        for (var i = 0; i < 400; i++)
        {
            var d1 = random.Next(1, 6);
            var d2 = random.Next(1, 6);
            var d3 = random.Next(1, 6);
            var sat = Math.Clamp(Math.Round((0.6 * d1) + (0.3 * d2) - (0.2 * d3) + 1 + random.NextDouble()), 1, 5);
            var eta = 1.0 - (0.7 * d1) - (0.2 * d2) + (0.3 * d3);
            var left = separated ? (d1 <= 2 ? 1 : 0) : (random.NextDouble() < 1 / (1 + Math.Exp(-eta)) ? 1 : 0);
            var nps = Math.Clamp(Math.Round((2 * sat) - 1 + random.NextDouble()), 0, 10);
            var comment = d3 >= 4 ? "I waited on hold for ages" : d1 <= 1 ? "The agent <b>knew</b> nothing & \"guessed\"" : i % 3 == 0 ? "Fine" : null;
            var segments = comment is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["comment"] = comment };
            rows.Add(new Response($"R{i}", AsOf.AddDays(-(i % 50)), new Dictionary<string, double> { ["d1"] = d1, ["d2"] = d2, ["d3"] = d3, ["sat"] = sat, ["left"] = left, ["nps"] = nps }, 1 + (i % 3 * 0.25), "care", segments));
        }

        return rows;
    }

    private static readonly TopicMatcher Matcher = new(new TopicSet([new TopicDefinition("wait", "Waiting", any: ["wait*", "on hold"]), new TopicDefinition("knowledge", "Knowledge", any: ["knew"])]), UnicodeWordSegmenter.Instance);

    [Fact]
    public void A_behavioural_01_metric_the_responses_carry_gets_a_logit_analysis_on_the_journeys_drivers()
    {
        var workspace = WorkspaceReader.Read(WorkspaceJson);
        var responses = Responses(separated: false);
        var report = new ProgrammeReportBuilder().Build(workspace, responses, AsOf);
        var analysis = Assert.Single(report.OutcomeDrivers);
        Assert.Equal(("care", "left"), (analysis.JourneyId, analysis.OutcomeMetricId));

        // The same numbers as the analyzer on the same rows and drivers, with d3's betterWhen lower reversing its performance.
        var table = DriverTable.FromResponses(responses, "left", ["d1", "d2", "d3"], workspace.Metrics);
        var direct = new OutcomeDriverAnalyzer(new OutcomeDriverOptions { LowerIsBetterDrivers = ["d3"] }).AnalyzeLogistic(table);
        Assert.Equal(direct.Drivers.Select(static d => (d.Name, d.Coefficient, d.OddsRatio, d.ShapleyShare, d.Performance)), analysis.Result.Drivers.Select(static d => (d.Name, d.Coefficient, d.OddsRatio, d.ShapleyShare, d.Performance)));
        Assert.Equal(direct.PseudoRSquared, analysis.Result.PseudoRSquared);
        Assert.Equal(analysis.Result.PseudoRSquared.McFadden, analysis.Result.Drivers.Sum(static d => d.Shapley), 10);
        Assert.True(analysis.Result.Drivers.Single(static d => d.Name == "d1").OddsRatio < 1, "a better answer lowers the odds of leaving");
    }

    [Fact]
    public void Separation_is_a_note_not_a_crash_and_not_a_section()
    {
        var workspace = WorkspaceReader.Read(WorkspaceJson);
        var report = new ProgrammeReportBuilder().Build(workspace, Responses(separated: true), AsOf);
        Assert.Empty(report.OutcomeDrivers);
        Assert.Contains(report.Notes, static n => n.StartsWith("Journey 'care', behavioural outcome 'left': no churn (logit) key-driver analysis:", StringComparison.Ordinal) && n.Contains("d1", StringComparison.Ordinal));
        Assert.Single(report.Drivers); // the linear analysis is still there
    }

    [Fact]
    public void Topics_per_journey_measure_volume_and_nps_impact_with_example_comments()
    {
        var workspace = WorkspaceReader.Read(WorkspaceJson);
        var responses = Responses(separated: false);
        var report = new ProgrammeReportBuilder { Topics = Matcher }.Build(workspace, responses, AsOf);
        var topics = Assert.Single(report.Topics);
        Assert.Equal(("care", "nps"), (topics.JourneyId, topics.ScoreMetricId));
        Assert.Equal(responses.Count, topics.Analysis.NResponses);
        Assert.Equal(responses.Count(static r => r.Segments.ContainsKey("comment")), topics.Analysis.NWithText);
        var wait = topics.Analysis.Topics.Single(static t => t.Id == "wait");
        Assert.Equal(responses.Count(static r => r.Segments.GetValueOrDefault("comment") == "I waited on hold for ages"), wait.Count);
        Assert.Equal(3, wait.Examples.Count);
        var knowledge = topics.Analysis.Topics.Single(static t => t.Id == "knowledge");
        Assert.Contains("The agent <b>knew</b> nothing & \"guessed\"", knowledge.Examples);

        // NPS without the topic, weighted, as MetricCalculator computes it.
        var without = responses.Where(static r => r.Segments.GetValueOrDefault("comment") != "I waited on hold for ages").ToList();
        var expected = CxOkr.Measures.MetricCalculator.Nps([.. without.Select(static r => new CxOkr.Measures.Observation(r.Values["nps"], r.Weight))]).Value;
        Assert.Equal(expected, wait.Without!.Value, 9);

        // The comment column is text, never a segment to compare.
        Assert.DoesNotContain(report.Changes.SelectMany(static c => c.Segments), static s => s.Attribute == "comment");
    }

    [Fact]
    public void Without_topics_or_without_comments_there_is_no_topics_section()
    {
        var workspace = WorkspaceReader.Read(WorkspaceJson);
        Assert.Empty(new ProgrammeReportBuilder().Build(workspace, Responses(false), AsOf).Topics);
        var report = new ProgrammeReportBuilder { Topics = Matcher, TextColumn = "remarks" }.Build(workspace, Responses(false), AsOf);
        Assert.Empty(report.Topics);
        Assert.Contains(report.Notes, static n => n.Contains("column 'remarks'", StringComparison.Ordinal));
    }
}
