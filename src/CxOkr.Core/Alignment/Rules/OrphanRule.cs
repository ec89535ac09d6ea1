using CxOkr.Findings;

namespace CxOkr.Alignment.Rules;

internal sealed class OrphanRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.Orphan;

    public FindingSeverity DefaultSeverity => FindingSeverity.Warning;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        foreach (var objective in graph.Objectives)
        {
            if (objective.Parents.Count == 0 && graph.FindUnit(objective.UnitId) is { ParentId: { } parentUnit } unit)
            {
                yield return new Finding(Id, DefaultSeverity, [objective.Id], $"Objective {Describe.Objective(objective)} of '{unit.Name}' aligns to no objective, although '{unit.Name}' belongs to '{graph.FindUnit(parentUnit)?.Name ?? parentUnit}'.");
            }
        }
    }
}
