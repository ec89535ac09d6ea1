using System.Globalization;
using CxOkr.Findings;
using CxOkr.Journeys;
using CxOkr.Measures;

namespace CxOkr.Alignment.Rules;

/// <summary>
/// A directional key result on a survey metric whose target change (|target - baseline|) is smaller than the
/// smallest change two periods of the metric's last-period volume can tell from noise
/// (<see cref="SampleSizePlanner.SmallestDetectableChange(MetricResult, double)"/>, at the result's confidence).
/// Judged only for metrics with a last-period result in <see cref="CascadeGraph.PeriodResults"/>.
/// </summary>
internal sealed class UndetectableTargetRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.UndetectableTarget;

    public FindingSeverity DefaultSeverity => FindingSeverity.Warning;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        var latest = new Dictionary<string, MetricResult>(StringComparer.Ordinal);
        foreach (var result in graph.PeriodResults)
        {
            if (result.MetricId is { } id && result.StandardError is not null
                && result.Metric is Calculation.Nps or Calculation.TopBox or Calculation.Proportion or Calculation.Mean)
            {
                latest.TryAdd(id, result);
            }
        }

        if (latest.Count == 0)
        {
            yield break;
        }

        foreach (var objective in graph.Objectives)
        {
            foreach (var keyResult in objective.KeyResults)
            {
                if (!keyResult.IsDirectional || keyResult.MetricId is not { } metricId || keyResult.Baseline is not { } baseline
                    || keyResult.Target is not { } target || !latest.TryGetValue(metricId, out var period))
                {
                    continue;
                }

                var change = Math.Abs(target - baseline);
                var detectable = SampleSizePlanner.SmallestDetectableChange(period, period.Confidence);
                if (change < detectable && !Utilities.Boundary.AtLeast(change, detectable))
                {
                    var where = period.Group?.Period is { } label ? $" ({label})" : string.Empty;
                    yield return new Finding(
                        Id,
                        DefaultSeverity,
                        [keyResult.Id, objective.Id, metricId],
                        string.Create(CultureInfo.InvariantCulture, $"Key result {Describe.KeyResult(keyResult)} of {Describe.Objective(objective)} aims to move '{metricId}' by {change:0.##}, but with the last period's {period.EffectiveN:0.#} effective responses{where} only a change of {detectable:0.##} or more can be told from noise at {period.Confidence:0.#%} confidence; plan more responses (cxokr plan) or a larger change."));
                }
            }
        }
    }
}
