using CxOkr.Findings;
using CxOkr.Journeys;
using CxOkr.Okrs;

namespace CxOkr.Alignment.Rules;

/// <summary>
/// A key result that pushes an operational "lower is better" metric down (a decrease or at-most key result on
/// handle time, time to resolution, hold time...) without a guardrail on a quality metric of the same journey:
/// its guardrail metric must exist, not be operational, and be scoped to the same journey.
/// </summary>
internal sealed class UnguardedSpeedResultRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.UnguardedSpeedResult;

    public FindingSeverity DefaultSeverity => FindingSeverity.Warning;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        foreach (var objective in graph.Objectives)
        {
            foreach (var keyResult in objective.KeyResults)
            {
                if (keyResult.Kind is not (KeyResultKind.Decrease or KeyResultKind.AtMost)
                    || keyResult.MetricId is not { } metricId
                    || graph.FindMetric(metricId) is not { DataKind: DataKind.Operational, BetterWhen: BetterWhen.Lower } metric)
                {
                    continue;
                }

                if (keyResult.GuardrailMetricId is { } guardId && graph.FindMetric(guardId) is { } guard && IsQualityGuard(metric, guard))
                {
                    continue;
                }

                var journey = metric.Scope.JourneyId is { } j ? $" of journey '{j}'" : string.Empty;
                var why = keyResult.GuardrailMetricId is { } named
                    ? $"its guardrail '{named}' is not a quality (experience or behavioural) metric{journey}"
                    : "it names no guardrail metric";
                yield return new Finding(Id, DefaultSeverity, [keyResult.Id, objective.Id], $"Key result {Describe.KeyResult(keyResult)} of {Describe.Objective(objective)} pushes operational metric '{metric.Id}' down, but {why}; pair it with a quality metric{journey} that must not get worse (guardrailMetricId), e.g. CSAT or first-contact resolution.");
            }
        }
    }

    private static bool IsQualityGuard(MetricDefinition metric, MetricDefinition guard) =>
        guard.DataKind != DataKind.Operational && guard.Scope.JourneyId == metric.Scope.JourneyId;
}
