using CxOkr.Findings;
using CxOkr.Utilities;

namespace CxOkr.Alignment.Rules;

internal sealed class CycleRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.Cycle;

    public FindingSeverity DefaultSeverity => FindingSeverity.Error;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        // A depth-first walk up every parent link (an objective may have several), iteratively; a node met again
        // on the current path closes a loop. Ids resolve to the first objective of that id, as FindObjective does.
        var nodes = graph.Objectives.Select(static o => (o.Id, (IReadOnlyList<string>)o.Parents.Select(static p => p.ObjectiveId).ToArray()));
        foreach (var cycle in ParentLinks.Cycles(nodes))
        {
            var objectives = cycle.Select(id => graph.FindObjective(id)!).ToList();
            var members = cycle.Order(StringComparer.Ordinal).ToArray();
            yield return new Finding(Id, DefaultSeverity, members, $"Objectives {string.Join(" -> ", objectives.Select(Describe.Objective))} align to each other in a loop, so none of them leads up to a top-level goal.");
        }
    }
}
