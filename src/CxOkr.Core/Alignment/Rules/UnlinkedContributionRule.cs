using CxOkr.Findings;

namespace CxOkr.Alignment.Rules;

internal sealed class UnlinkedContributionRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.UnlinkedContribution;

    public FindingSeverity DefaultSeverity => FindingSeverity.Warning;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        foreach (var child in graph.Objectives)
        {
            if (graph.ParentOf(child) is not { } parent)
            {
                continue;
            }

            var childMetrics = child.KeyResults.Select(static k => k.MetricId).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            var parentMetrics = parent.KeyResults.Select(static k => k.MetricId).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            if (childMetrics.Length == 0 || parentMetrics.Length == 0)
            {
                continue;
            }

            if (childMetrics.Any(c => parentMetrics.Any(p => graph.FeedsInto(c, p))))
            {
                continue;
            }

            yield return new Finding(Id, DefaultSeverity, [child.Id, parent.Id], $"Objective {Describe.Objective(child)} measures {string.Join(", ", childMetrics.Select(static m => $"'{m}'"))}, none of which is or feeds a metric of {Describe.Objective(parent)} ({string.Join(", ", parentMetrics.Select(static m => $"'{m}'"))}), so its progress cannot show up in the objective it aligns to.");
        }
    }
}
