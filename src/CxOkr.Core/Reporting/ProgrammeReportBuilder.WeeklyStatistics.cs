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
}
