using CxOkr.Findings;

namespace CxOkr.Alignment.Rules;

internal sealed class TierInversionRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.TierInversion;

    public FindingSeverity DefaultSeverity => FindingSeverity.Info;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        foreach (var (child, parent) in graph.Objectives.SelectMany(c => graph.ParentsOf(c).Select(p => (c, p))))
        {
            Journeys.MetricTier? highest = null;
            foreach (var metricId in graph.MetricIdArrayOf(parent))
            {
                if (graph.FindMetric(metricId) is { } m && (highest is null || m.Tier > highest))
                {
                    highest = m.Tier;
                }
            }

            if (highest is not { } highestParentTier)
            {
                continue;
            }

            foreach (var keyResult in child.KeyResults)
            {
                if (keyResult.MetricId is { } metricId && graph.FindMetric(metricId) is { } metric && metric.Tier > highestParentTier)
                {
                    yield return new Finding(Id, DefaultSeverity, [keyResult.Id, child.Id, parent.Id], $"Key result {Describe.KeyResult(keyResult)} of {Describe.Objective(child)} measures a {Tier(metric.Tier)} metric ('{metric.Id}'), above every metric of the objective it aligns to, {Describe.Objective(parent)} (at most {Tier(highestParentTier)}).");
                }
            }
        }
    }

    private static string Tier(Journeys.MetricTier tier) => tier switch
    {
        Journeys.MetricTier.Relationship => "relationship",
        Journeys.MetricTier.Journey => "journey",
        _ => "interaction",
    };
}
