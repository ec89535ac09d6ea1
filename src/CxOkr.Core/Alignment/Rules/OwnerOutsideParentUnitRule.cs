using CxOkr.Findings;

namespace CxOkr.Alignment.Rules;

internal sealed class OwnerOutsideParentUnitRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.OwnerOutsideParentUnit;

    public FindingSeverity DefaultSeverity => FindingSeverity.Info;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        foreach (var (child, parent) in graph.Objectives.SelectMany(c => graph.ParentsOf(c).Select(p => (c, p))))
        {
            if (graph.FindUnit(child.UnitId) is not { } childUnit
                || graph.FindUnit(parent.UnitId) is not { } parentUnit
                || graph.IsSameOrDescendantUnit(child.UnitId, parent.UnitId))
            {
                continue;
            }

            yield return new Finding(Id, DefaultSeverity, [child.Id, parent.Id], $"Objective {Describe.Objective(child)} of '{childUnit.Name}' aligns across teams to {Describe.Objective(parent)} of '{parentUnit.Name}'.");
        }
    }
}
