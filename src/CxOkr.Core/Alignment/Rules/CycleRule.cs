using CxOkr.Findings;
using CxOkr.Utilities;

namespace CxOkr.Alignment.Rules;

internal sealed class CycleRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.Cycle;

    public FindingSeverity DefaultSeverity => FindingSeverity.Error;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        foreach (var cycle in ParentLinks.Cycles(graph.Objectives.Select(static o => (o.Id, o.ParentId))))
        {
            var names = cycle.Select(id => Describe.Objective(graph.FindObjective(id)!));
            var members = cycle.Order(StringComparer.Ordinal).ToArray();
            yield return new Finding(Id, DefaultSeverity, members, $"Objectives {string.Join(" -> ", names)} align to each other in a loop, so none of them leads up to a top-level goal.");
        }
    }
}
