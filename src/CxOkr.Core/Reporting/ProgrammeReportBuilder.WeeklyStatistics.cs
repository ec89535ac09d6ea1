using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Measures;

namespace CxOkr.Reporting;

public sealed partial class ProgrammeReportBuilder
{
    /// <summary>
    /// The last month's result of each survey metric a directional key result measures, over all responses up
    /// to the as-of date: the response volume and spread the <c>undetectable-target</c> rule judges targets by.
    /// A metric without usable responses is left out (the rule then says nothing about it).
    /// </summary>
    private List<MetricResult> LastPeriodResults(Workspace workspace, List<Response> responses)
    {
        var measured = workspace.Objectives
            .SelectMany(static o => o.KeyResults)
            .Where(static k => k.IsDirectional && k.MetricId is not null)
            .Select(static k => k.MetricId!)
            .ToHashSet(StringComparer.Ordinal);
        var results = new List<MetricResult>();
        foreach (var metric in DistinctMetrics(workspace).Where(m => measured.Contains(m.Id)
            && m.Calculation is Calculation.Nps or Calculation.TopBox or Calculation.Proportion or Calculation.Mean))
        {
            try
            {
                results.Add(ResponseMeasures.Aggregate(metric, responses, Grouping.ByPeriod(TimeBucket.Month), _measureOptions)[^1]);
            }
            catch (Exception ex) when (ex is CxOkrException or ArgumentException)
            {
                // No usable answers (or values off the scale): the trends report why; no volume to judge by.
            }
        }

        return results;
    }

    /// <summary>
    /// What changed: for each survey metric's trend, the last month against the one before and, over the last
    /// month, each segment attribute's segments against each other, Holm-adjusted within each run. A run that
    /// cannot be computed (a mean segment with one answer) is left out; the trends' notes already explain data errors.
    /// </summary>
    private List<MetricChanges> WhatChanged(List<MetricTrend> trends, List<Response> responses)
    {
        var changes = new List<MetricChanges>();
        foreach (var trend in trends)
        {
            var metric = trend.Metric;
            if (metric.Calculation is not (Calculation.Nps or Calculation.TopBox or Calculation.Proportion or Calculation.Mean) || trend.Months.Count == 0)
            {
                continue;
            }

            GroupComparisonSet? periods = null;
            if (trend.Months.Count >= 2)
            {
                periods = Try(() => MetricComparison.ComparePeriods([trend.Months[^2].Result, trend.Months[^1].Result], PValueAdjustment.Holm, _measureOptions.Confidence));
            }

            var last = trend.Months[^1];
            var end = last.Start.AddMonths(1);
            var rows = responses.Where(r => r.Date >= last.Start && r.Date < end && r.Values.ContainsKey(metric.Id)
                && (trend.JourneyId is null || r.JourneyId == trend.JourneyId)).ToList();
            var segments = new List<SegmentComparisons>();
            foreach (var attribute in rows.SelectMany(static r => r.Segments.Keys).Where(a => a != TextColumn).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var run = Try(() =>
                {
                    var results = ResponseMeasures.Aggregate(metric, rows, Grouping.BySegment(attribute), _measureOptions);
                    return results.Count < 2 ? null : MetricComparison.CompareSegments(results, PValueAdjustment.Holm, _measureOptions.Confidence);
                });
                if (run is not null)
                {
                    segments.Add(new SegmentComparisons(attribute, last.Label, run));
                }
            }

            changes.Add(new MetricChanges(metric, trend.JourneyId, periods, segments));
        }

        return changes;

        static GroupComparisonSet? Try(Func<GroupComparisonSet?> run)
        {
            try
            {
                return run();
            }
            catch (Exception ex) when (ex is CxOkrException or ArgumentException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Key dissatisfiers of each journey outcome that has a key-driver analysis, over the same drivers and
    /// responses, over the drivers on the most common rating scale (the others are named in a note); cut-offs
    /// from the scales (0-10: 6 and 9; otherwise the lowest quarter of the scale fails and the top box, or the
    /// top answer, delights).
    /// </summary>
    private List<JourneyDissatisfierAnalysis> Dissatisfiers(Workspace workspace, List<Response> responses, List<JourneyDriverAnalysis> drivers, List<string> notes)
    {
        var metrics = DistinctMetrics(workspace).ToDictionary(static m => m.Id, StringComparer.Ordinal);
        var analyses = new List<JourneyDissatisfierAnalysis>();
        foreach (var analysis in drivers)
        {
            var where = $"Journey '{analysis.JourneyId}', outcome '{analysis.OutcomeMetricId}'";
            // The drivers on the most common rating scale (ties: the first driver's); one set of cut-offs fits them.
            var byScale = analysis.Result.Drivers
                .Select(d => (d.Name, Scale: metrics.TryGetValue(d.Name, out var m) ? Scale(m) : null))
                .Where(static d => d.Scale is not null)
                .GroupBy(static d => (d.Scale!.Min, d.Scale.Max))
                .OrderByDescending(static g => g.Count())
                .FirstOrDefault();
            var outcomeScale = metrics.TryGetValue(analysis.OutcomeMetricId, out var outcome) ? Scale(outcome) : null;
            if (byScale is null || outcomeScale is null || byScale.Count() > DissatisfierOptions.MaxDrivers)
            {
                notes.Add($"{where}: no Kano chart: it needs drivers on a rating scale (at most {DissatisfierOptions.MaxDrivers}) and an outcome with a scale.");
                continue;
            }

            var driverScale = byScale.First().Scale!;
            var driverIds = byScale.Select(static d => d.Name).ToArray();
            var left = analysis.Result.Drivers.Select(static d => d.Name).Except(driverIds, StringComparer.Ordinal).ToList();
            if (left.Count > 0)
            {
                notes.Add($"{where}: the Kano chart leaves out {string.Join(", ", left)}, not on the {driverScale.Min:0.##}-{driverScale.Max:0.##} scale of the other drivers.");
            }

            try
            {
                var rows = responses.Where(r => r.JourneyId == analysis.JourneyId && r.Values.ContainsKey(analysis.OutcomeMetricId)).ToList();
                var table = DriverTable.FromResponses(rows, analysis.OutcomeMetricId, driverIds, metrics.Values, _measureOptions, leaveOutUnansweredDrivers: true);
                var (low, high) = CutOffs(driverScale);
                var (outcomeLow, outcomeHigh) = CutOffs(outcomeScale);
                var result = DissatisfierAnalyzer.Analyze(table, new DissatisfierOptions(low, high, outcomeLow, outcomeHigh));
                analyses.Add(new JourneyDissatisfierAnalysis(analysis.JourneyId, analysis.OutcomeMetricId, result));
            }
            catch (Exception ex) when (ex is CxOkrException or ArgumentException)
            {
                notes.Add($"{where}: no Kano chart: {ex.Message}");
            }
        }

        return analyses;

        static MetricScale? Scale(MetricDefinition metric) =>
            metric.Scale ?? (metric.Calculation == Calculation.Nps ? new MetricScale(0, 10) : null);

        static (double Low, double High) CutOffs(MetricScale scale) =>
            scale.Min == 0 && scale.Max == 10
                ? (6, 9)
                : (scale.Min + ((scale.Max - scale.Min) / 4), scale.TopBox ?? scale.Max);
    }
}
