using CxOkr.Findings;

namespace CxOkr.Alignment.Rules;

internal sealed class UnlinkedContributionRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.UnlinkedContribution;

    public FindingSeverity DefaultSeverity => FindingSeverity.Warning;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        foreach (var (child, parent) in graph.Objectives.SelectMany(c => graph.ParentsOf(c).Select(p => (c, p))))
        {
            var childMetrics = graph.MetricIdArrayOf(child);
            var parentMetrics = graph.MetricIdArrayOf(parent);
            if (childMetrics.Length == 0 || parentMetrics.Length == 0 || Contributes(graph, childMetrics, parentMetrics))
            {
                continue;
            }

            yield return new Finding(Id, DefaultSeverity, [child.Id, parent.Id], $"Objective {Describe.Objective(child)} measures {string.Join(", ", childMetrics.Select(static m => $"'{m}'"))}, none of which is or feeds a metric of {Describe.Objective(parent)} ({string.Join(", ", parentMetrics.Select(static m => $"'{m}'"))}), so its progress cannot show up in the objective it aligns to.");
        }
    }

    private static bool Contributes(CascadeGraph graph, string[] childMetrics, string[] parentMetrics)
    {
        foreach (var c in childMetrics)
        {
            foreach (var p in parentMetrics)
            {
                if (graph.FeedsInto(c, p))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
