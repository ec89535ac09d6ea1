using CxOkr.Findings;
using CxOkr.Okrs;

namespace CxOkr.Alignment.Rules;

/// <summary>
/// Key results on one metric that pull in opposite directions in overlapping periods: increase vs
/// decrease, or an at-least threshold above an at-most threshold (both cannot hold).
/// </summary>
/// <remarks>Key results are grouped by metric and period first, so the work is linear in key results plus the (few) period pairs per metric.</remarks>
internal sealed class ConflictingDirectionRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.ConflictingDirection;

    public FindingSeverity DefaultSeverity => FindingSeverity.Error;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        // metric -> kind -> period -> key results (with their objective)
        var groups = new Dictionary<string, Dictionary<KeyResultKind, Dictionary<OkrPeriod, List<(KeyResult KeyResult, Objective Objective)>>>>(StringComparer.Ordinal);
        foreach (var objective in graph.Objectives)
        {
            if (graph.FindPeriod(objective.PeriodId) is not { } period)
            {
                continue;
            }

            foreach (var keyResult in objective.KeyResults)
            {
                if (keyResult.MetricId is not { } metric || keyResult.Kind == KeyResultKind.Milestone)
                {
                    continue;
                }

                if (!groups.TryGetValue(metric, out var byKind))
                {
                    groups[metric] = byKind = [];
                }

                if (!byKind.TryGetValue(keyResult.Kind, out var byPeriod))
                {
                    byKind[keyResult.Kind] = byPeriod = [];
                }

                if (!byPeriod.TryGetValue(period, out var list))
                {
                    byPeriod[period] = list = [];
                }

                list.Add((keyResult, objective));
            }
        }

        foreach (var (metric, byKind) in groups.OrderBy(static g => g.Key, StringComparer.Ordinal))
        {
            foreach (var finding in Opposed(metric, byKind, KeyResultKind.Increase, KeyResultKind.Decrease, static (_, _) => true, "one raises it and the other lowers it"))
            {
                yield return finding;
            }

            foreach (var finding in Opposed(metric, byKind, KeyResultKind.AtLeast, KeyResultKind.AtMost, static (low, high) => low.Threshold > high.Threshold, "their thresholds cannot both hold"))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Finding> Opposed(
        string metric,
        Dictionary<KeyResultKind, Dictionary<OkrPeriod, List<(KeyResult KeyResult, Objective Objective)>>> byKind,
        KeyResultKind up,
        KeyResultKind down,
        Func<KeyResult, KeyResult, bool> conflicts,
        string why)
    {
        if (!byKind.TryGetValue(up, out var ups) || !byKind.TryGetValue(down, out var downs))
        {
            yield break;
        }

        foreach (var (upPeriod, upList) in ups)
        {
            foreach (var (downPeriod, downList) in downs)
            {
                if (!upPeriod.Overlaps(downPeriod))
                {
                    continue;
                }

                // For thresholds only the key results that take part in an impossible pair are named.
                var involvedUp = upList.Where(u => downList.Any(d => conflicts(u.KeyResult, d.KeyResult))).ToList();
                var involvedDown = downList.Where(d => upList.Any(u => conflicts(u.KeyResult, d.KeyResult))).ToList();
                if (involvedUp.Count == 0)
                {
                    continue;
                }

                var all = involvedUp.Concat(involvedDown).ToList();
                var subjects = all.Select(static x => x.KeyResult.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                var named = all.Take(4).Select(static x => $"{Describe.KeyResult(x.KeyResult)} of {Describe.Objective(x.Objective)}");
                var more = all.Count > 4 ? $" and {all.Count - 4} more" : string.Empty;
                yield return new Finding(Id, DefaultSeverity, subjects, $"Key results {string.Join(", ", named)}{more} pull metric '{metric}' in opposite directions in overlapping periods: {why}.");
            }
        }
    }
}
