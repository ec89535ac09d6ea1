using CxOkr.Findings;

namespace CxOkr.Alignment.Rules;

internal sealed class PeriodOutsideParentRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.PeriodOutsideParent;

    public FindingSeverity DefaultSeverity => FindingSeverity.Error;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        foreach (var (child, parent) in graph.Objectives.SelectMany(c => graph.ParentsOf(c).Select(p => (c, p))))
        {
            if (graph.FindPeriod(child.PeriodId) is not { } childPeriod
                || graph.FindPeriod(parent.PeriodId) is not { } parentPeriod
                || childPeriod.IsWithin(parentPeriod))
            {
                continue;
            }

            yield return new Finding(Id, DefaultSeverity, [child.Id, parent.Id], $"Objective {Describe.Objective(child)} runs in {childPeriod.Id} ({childPeriod.Start:yyyy-MM-dd} to {childPeriod.End:yyyy-MM-dd}), outside the period {parentPeriod.Id} ({parentPeriod.Start:yyyy-MM-dd} to {parentPeriod.End:yyyy-MM-dd}) of the objective it aligns to, {Describe.Objective(parent)}.");
        }
    }
}
