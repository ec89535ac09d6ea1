using CxOkr.Findings;

namespace CxOkr.Alignment.Rules;

internal sealed class OverloadedRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.Overloaded;

    public FindingSeverity DefaultSeverity => FindingSeverity.Info;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        var perUnitAndPeriod = new Dictionary<(string Unit, string Period), int>();
        foreach (var objective in graph.Objectives)
        {
            var key = (objective.UnitId, objective.PeriodId);
            perUnitAndPeriod[key] = perUnitAndPeriod.GetValueOrDefault(key) + 1;
            if (objective.KeyResults.Count > options.MaxKeyResultsPerObjective)
            {
                yield return new Finding(Id, DefaultSeverity, [objective.Id], $"Objective {Describe.Objective(objective)} has {objective.KeyResults.Count} key results, more than {options.MaxKeyResultsPerObjective}; focus on the few that matter most.");
            }
        }

        foreach (var ((unitId, periodId), count) in perUnitAndPeriod)
        {
            if (count > options.MaxObjectivesPerUnit)
            {
                var name = graph.FindUnit(unitId)?.Name ?? unitId;
                yield return new Finding(Id, DefaultSeverity, [unitId, periodId], $"Unit '{name}' ({unitId}) has {count} objectives in {periodId}, more than {options.MaxObjectivesPerUnit}; too many priorities are no priorities.");
            }
        }
    }
}
