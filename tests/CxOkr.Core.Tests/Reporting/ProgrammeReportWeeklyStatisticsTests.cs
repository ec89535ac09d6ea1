using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Measures;
using CxOkr.Reporting;
using CxOkr.Serialization;

namespace CxOkr.Tests.Reporting;

/// <summary>The report's "What changed" and Kano sections on the example programme.</summary>
public sealed class ProgrammeReportWeeklyStatisticsTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "TestData", "examples");

    private static ProgrammeReport Example() =>
        new ProgrammeReportBuilder().Build(
            WorkspaceReader.ReadFile(Path.Combine(Examples, "workspace.json")),
            ResponseCsvReader.ReadFile(Path.Combine(Examples, "responses.csv")),
            new DateOnly(2026, 11, 27));

    [Fact]
    public void What_changed_compares_the_last_month_with_the_one_before_as_metric_comparison_does()
    {
        var report = Example();
        var nps = Assert.Single(report.Changes, c => c.Metric.Id == "nps" && c.JourneyId is null);
        var trend = Assert.Single(report.Trends, t => t.Metric.Id == "nps" && t.JourneyId is null);
        var pair = Assert.Single(nps.Periods!.Comparisons);
        Assert.Equal(("2026-11", "2026-10"), (pair.First, pair.Second));
        var expected = MetricComparison.Compare(trend.Months[^1].Result, trend.Months[^2].Result);
        Assert.Equal(expected, pair.Comparison);
        Assert.True(pair.Significant);
        Assert.Contains(nps.Segments, s => s.Attribute == "region" && s.Period == "2026-11" && s.Comparisons.Comparisons.Count == 6);
    }

    [Fact]
    public void Kano_analyses_cover_the_journey_outcomes_with_drivers()
    {
        var report = Example();
        Assert.Equal(report.Drivers.Select(d => d.OutcomeMetricId).Order(), report.Dissatisfiers.Select(d => d.OutcomeMetricId).Order());
        Assert.All(report.Dissatisfiers, d => Assert.True(d.Result.Drivers.Count >= 2));
        Assert.Contains(report.Dissatisfiers.SelectMany(d => d.Result.Drivers), d => d.Category != KanoCategory.Indifferent);
    }
}
