using CxOkr.Findings;

namespace CxOkr.Alignment.Rules;

internal sealed class NotCascadedRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.NotCascaded;

    public FindingSeverity DefaultSeverity => FindingSeverity.Info;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        foreach (var objective in graph.Objectives)
        {
            if (graph.HasChildUnits(objective.UnitId) && graph.ChildCountOf(objective.Id) == 0)
            {
                var unit = graph.FindUnit(objective.UnitId)!;
                yield return new Finding(Id, DefaultSeverity, [objective.Id], $"Objective {Describe.Objective(objective)} of '{unit.Name}' has not been cascaded: no objective of its teams aligns to it.");
            }
        }
    }
}
