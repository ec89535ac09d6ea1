using CxOkr.Alignment;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Reporting;
using CxOkr.Serialization;

namespace CxOkr.Tests.Reporting;

public sealed class ProgrammeReportBuilderTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "TestData", "examples");
    private static readonly DateOnly AsOf = new(2026, 11, 27);

    private static (Workspace Workspace, IReadOnlyList<Response> Responses, ProgrammeReport Report) Example()
    {
        var workspace = WorkspaceReader.ReadFile(Path.Combine(Examples, "workspace.json"));
        var responses = ResponseCsvReader.ReadFile(Path.Combine(Examples, "responses.csv"));
        return (workspace, responses, new ProgrammeReportBuilder().Build(workspace, responses, AsOf));
    }

    [Fact]
    public void Drivers_of_each_outcome_are_the_metrics_linked_into_it()
    {
        var (workspace, _, report) = Example();
        Assert.Equal(["onboarding_sat", "support_sat"], report.Drivers.Select(d => d.OutcomeMetricId).Order());
        foreach (var analysis in report.Drivers)
        {
            var linked = workspace.MetricLinks.Where(l => l.To == analysis.OutcomeMetricId).Select(l => l.From).ToHashSet();
            Assert.All(analysis.Result.Drivers, d => Assert.Contains(d.Name, linked));
            Assert.Equal(8, analysis.Result.Drivers.Count);
        }
    }

    [Fact]
    public void Top_drivers_nobody_owns_become_uncovered_driver_findings()
    {
        var (_, _, report) = Example();
        var support = report.Drivers.Single(d => d.OutcomeMetricId == "support_sat").Result;
        var top = support.Drivers.OrderByDescending(d => d.ShapleyShare).First().Name;
        Assert.Contains(report.Alignment.Findings, f => f.Rule == AlignmentRuleIds.UncoveredDriver && f.Subjects.SequenceEqual(["support_sat", top]));
    }

    [Fact]
    public void Support_top_box_trend_matches_a_direct_weighted_count_and_ignores_later_responses()
    {
        var (_, responses, report) = Example();
        var trend = report.Trends.Single(t => t.Metric.Id == "support_sat");
        var rows = responses.Where(r => r.JourneyId == "support" && r.Date <= AsOf && r.Values.ContainsKey("support_sat")).ToList();

        // Top-2-box on 1-5: answers of 4 or 5, weighted, in percent.
        var expected = 100 * rows.Where(r => r.Values["support_sat"] >= 4).Sum(r => r.Weight) / rows.Sum(r => r.Weight);
        Assert.Equal(expected, trend.Overall.Value, 9);
        Assert.Equal(rows.Count, trend.Overall.N);
        Assert.Equal(["2026-10", "2026-11"], trend.Months.Select(m => m.Label));
        Assert.Equal(rows.Count, trend.Months.Sum(m => m.Result.N));
    }

    [Fact]
    public void A_value_off_the_metric_scale_is_refused_for_the_trend_and_the_drivers_with_notes_not_used()
    {
        var workspace = WorkspaceReader.ReadFile(Path.Combine(Examples, "workspace.json"));
        var responses = ResponseCsvReader.ReadFile(Path.Combine(Examples, "responses.csv")).ToList();
        var i = responses.FindIndex(r => r.JourneyId == "support" && r.Date <= AsOf && r.Values.ContainsKey("support_sat"));
        var bad = responses[i];
        var values = bad.Values.ToDictionary();
        values["support_sat"] = 500;
        responses[i] = new Response(bad.RespondentId, bad.Date, values, bad.Weight, bad.JourneyId, bad.Segments);

        var report = new ProgrammeReportBuilder().Build(workspace, responses, AsOf);
        Assert.DoesNotContain(report.Trends, t => t.Metric.Id == "support_sat");
        Assert.DoesNotContain(report.Drivers, d => d.OutcomeMetricId == "support_sat");
        Assert.Contains(report.Drivers, d => d.OutcomeMetricId == "onboarding_sat");
        Assert.Contains(report.Notes, n => n.StartsWith("Metric 'support_sat'", StringComparison.Ordinal) && n.Contains($"respondent '{bad.RespondentId}' has value 500", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.StartsWith("Journey 'support', outcome 'support_sat': no key-driver analysis", StringComparison.Ordinal) && n.Contains($"respondent '{bad.RespondentId}' has value 500", StringComparison.Ordinal));

        // Under the exclude policy the value is left out of both, and both are computed.
        var excluded = new ProgrammeReportBuilder(measureOptions: new CxOkr.Measures.MeasureOptions(outOfRange: CxOkr.Measures.OutOfRangePolicy.Exclude)).Build(workspace, responses, AsOf);
        var clean = new ProgrammeReportBuilder().Build(workspace, responses.Where((_, k) => k != i).ToList(), AsOf);
        var drivers = excluded.Drivers.Single(d => d.OutcomeMetricId == "support_sat").Result;
        Assert.Equal(clean.Drivers.Single(d => d.OutcomeMetricId == "support_sat").Result.RSquared, drivers.RSquared, 1e-12);
        Assert.Equal(1, excluded.Trends.Single(t => t.Metric.Id == "support_sat").Overall.Excluded);
    }

    [Fact]
    public void A_metric_called_weight_is_a_driver_and_the_response_weight_column_is_renamed()
    {
        var original = Example().Report.Drivers.Single(static d => d.OutcomeMetricId == "support_sat").Result;
        Assert.Contains(original.Drivers, static d => d.Name == "hold_time");
        var json = File.ReadAllText(Path.Combine(Examples, "workspace.json")).Replace("\"hold_time\"", "\"weight\"", StringComparison.Ordinal);
        var workspace = WorkspaceReader.Read(json);
        var responses = ResponseCsvReader.ReadFile(Path.Combine(Examples, "responses.csv"))
            .Select(static r => new Response(r.RespondentId, r.Date, r.Values.ToDictionary(static v => v.Key == "hold_time" ? "weight" : v.Key, static v => v.Value), r.Weight, r.JourneyId, r.Segments))
            .ToList();

        var report = new ProgrammeReportBuilder().Build(workspace, responses, AsOf);
        var renamed = report.Drivers.Single(static d => d.OutcomeMetricId == "support_sat").Result;
        Assert.Equal("weight_", renamed.Weight);
        Assert.Contains(renamed.Drivers, static d => d.Name == "weight");
        Assert.Equal(original.NUsed, renamed.NUsed);
        Assert.Equal(original.RSquared, renamed.RSquared, 1e-12);
        Assert.Equal(original.Drivers.Single(static d => d.Name == "hold_time").ShapleyShare, renamed.Drivers.Single(static d => d.Name == "weight").ShapleyShare, 1e-12);
    }

    [Fact]
    public void A_journey_with_fewer_complete_responses_than_the_minimum_is_noted_not_analysed()
    {
        var workspace = WorkspaceReader.ReadFile(Path.Combine(Examples, "workspace.json"));
        var all = ResponseCsvReader.ReadFile(Path.Combine(Examples, "responses.csv"));
        var few = all.Where(r => r.JourneyId != "support").Concat(all.Where(r => r.JourneyId == "support").Take(20)).ToList();

        var report = new ProgrammeReportBuilder().Build(workspace, few, AsOf);
        Assert.DoesNotContain(report.Drivers, d => d.OutcomeMetricId == "support_sat");
        Assert.Contains(report.Drivers, d => d.OutcomeMetricId == "onboarding_sat");
        Assert.Contains(report.Notes, n => n.StartsWith("Journey 'support', outcome 'support_sat': no key-driver analysis: only ", StringComparison.Ordinal) && n.Contains($"needs at least {CxOkr.Drivers.DriverTable.MinimumCompleteResponses}", StringComparison.Ordinal));
    }

    [Fact]
    public void Bootstrap_intervals_come_with_each_driver_and_repeat_for_a_seed()
    {
        var workspace = WorkspaceReader.ReadFile(Path.Combine(Examples, "workspace.json"));
        var responses = ResponseCsvReader.ReadFile(Path.Combine(Examples, "responses.csv"));
        ProgrammeReport Build() => new ProgrammeReportBuilder(bootstrapper: new KeyDriverBootstrapper(new KeyDriverOptions(), new BootstrapOptions { Replicates = 100, Seed = 7 }))
            .Build(workspace, responses, AsOf);
        var first = Build().Drivers.Single(d => d.OutcomeMetricId == "support_sat");
        var again = Build().Drivers.Single(d => d.OutcomeMetricId == "support_sat");
        Assert.NotNull(first.Bootstrap);
        Assert.Equal(first.Result.Drivers.Select(d => d.Name).Order(), first.Bootstrap!.Drivers.Select(d => d.Name).Order());
        Assert.All(first.Bootstrap.Drivers, d => Assert.True(d.Interval("shapleyShare").PercentileLower <= d.Interval("shapleyShare").PercentileUpper));
        Assert.Equal(first.Bootstrap.Drivers.Select(d => d.Interval("shapleyShare").PercentileLower), again.Bootstrap!.Drivers.Select(d => d.Interval("shapleyShare").PercentileLower));
    }

    [Fact]
    public void Report_without_responses_still_scores_and_checks_alignment()
    {
        var workspace = WorkspaceReader.ReadFile(Path.Combine(Examples, "workspace.json"));
        var report = new ProgrammeReportBuilder().Build(workspace, [], AsOf);
        Assert.Equal(workspace.Objectives.Count, report.Scorecard.Objectives.Count);
        Assert.Empty(report.Drivers);
        Assert.Empty(report.Trends);
        Assert.DoesNotContain(report.Alignment.Findings, f => f.Rule == AlignmentRuleIds.UncoveredDriver);
    }

    [Fact]
    public void Responses_without_a_journey_say_why_there_are_no_trends_or_drivers()
    {
        var (workspace, responses, withJourneys) = Example();
        Assert.DoesNotContain(withJourneys.Notes, static n => n.Contains("names a journey", StringComparison.Ordinal));
        var withoutJourney = responses.Select(static r => new Response(r.RespondentId, r.Date, r.Values, r.Weight, journeyId: null, r.Segments)).ToList();

        var report = new ProgrammeReportBuilder().Build(workspace, withoutJourney, AsOf);

        Assert.Empty(report.Drivers);
        Assert.Contains(report.Notes, static n => n.StartsWith("No response names a journey (is the responses file missing its 'journey' column?)", StringComparison.Ordinal));
    }
}
