using CxOkr.Findings;

namespace CxOkr.Alignment.Rules;

internal sealed class DanglingReferenceRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.DanglingReference;

    public FindingSeverity DefaultSeverity => FindingSeverity.Error;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        foreach (var unit in graph.Units)
        {
            if (unit.ParentId is { } parent && graph.FindUnit(parent) is null)
            {
                yield return new Finding(Id, DefaultSeverity, [unit.Id, parent], $"Unit '{unit.Name}' ({unit.Id}) belongs to unit '{parent}', which does not exist.");
            }
        }

        foreach (var objective in graph.Objectives)
        {
            var name = Describe.Objective(objective);
            foreach (var link in objective.Parents)
            {
                if (graph.FindObjective(link.ObjectiveId) is null)
                {
                    yield return new Finding(Id, DefaultSeverity, [objective.Id, link.ObjectiveId], $"Objective {name} aligns to objective '{link.ObjectiveId}', which does not exist.");
                }
            }

            if (graph.FindUnit(objective.UnitId) is null)
            {
                yield return new Finding(Id, DefaultSeverity, [objective.Id, objective.UnitId], $"Objective {name} is owned by unit '{objective.UnitId}', which does not exist.");
            }

            if (graph.FindPeriod(objective.PeriodId) is null)
            {
                yield return new Finding(Id, DefaultSeverity, [objective.Id, objective.PeriodId], $"Objective {name} is set for period '{objective.PeriodId}', which does not exist.");
            }

            if (!graph.HasMetrics)
            {
                continue;
            }

            foreach (var keyResult in objective.KeyResults)
            {
                if (keyResult.MetricId is { } metric && graph.FindMetric(metric) is null)
                {
                    yield return new Finding(Id, DefaultSeverity, [keyResult.Id, metric], $"Key result {Describe.KeyResult(keyResult)} of objective {name} measures metric '{metric}', which is not defined.");
                }
            }
        }

        if (!graph.HasMetrics)
        {
            yield break;
        }

        foreach (var link in graph.MetricLinks)
        {
            foreach (var end in new[] { link.From, link.To }.Distinct(StringComparer.Ordinal))
            {
                if (graph.FindMetric(end) is null)
                {
                    yield return new Finding(Id, DefaultSeverity, [link.From, link.To], $"The link from metric '{link.From}' to '{link.To}' names metric '{end}', which is not defined.");
                }
            }
        }
    }
}
