namespace CxOkr.Okrs;

/// <summary>
/// Roll-up by value (docs/scoring.md): a key result with <see cref="KeyResult.Rollup"/> takes, on each date a
/// child checked in, the sum (or target-weighted progress) of the key results of the same metric in the
/// objectives aligned to its objective, each times that objective's share. Children are resolved before their
/// parents, so roll-ups nest; a child in an alignment cycle with its parent is left out.
/// </summary>
internal static class ValueRollup
{
    /// <summary>Replaces, in place, each objective that has a rolling-up key result with one whose rolled-up key results carry the computed check-ins.</summary>
    /// <param name="objectives">The objectives (changed in place).</param>
    /// <param name="children">Each objective's aligned children with their shares.</param>
    public static void Apply(Objective[] objectives, List<(int Child, double Share)>[] children)
    {
        var any = false;
        foreach (var objective in objectives)
        {
            foreach (var keyResult in objective.KeyResultArray)
            {
                any |= keyResult.Rollup is not null;
            }
        }

        if (!any)
        {
            return;
        }

        ChildrenFirstWalk.Run(
            objectives.Length,
            node => children[node].Select(static c => c.Child),
            (node, done) => objectives[node] = Resolve(objectives, children[node], objectives[node], done));
    }

    private static Objective Resolve(Objective[] objectives, List<(int Child, double Share)> children, Objective objective, Func<int, bool> done)
    {
        var keyResults = objective.KeyResultArray;
        KeyResult[]? replaced = null;
        for (var k = 0; k < keyResults.Length; k++)
        {
            if (keyResults[k].Rollup is not { } rollup)
            {
                continue;
            }

            var parts = new List<(KeyResult KeyResult, double Share)>();
            foreach (var (child, share) in children)
            {
                if (!done(child))
                {
                    continue; // an alignment cycle back to this objective
                }

                foreach (var candidate in objectives[child].KeyResultArray)
                {
                    if (candidate.IsDirectional && candidate.MetricId == keyResults[k].MetricId)
                    {
                        parts.Add((candidate, share));
                    }
                }
            }

            if (parts.Count > 0)
            {
                replaced ??= (KeyResult[])keyResults.Clone();
                replaced[k] = keyResults[k].WithCheckIns(CheckIns(keyResults[k], rollup, parts));
            }
        }

        return replaced is null ? objective : objective.WithKeyResults(replaced);
    }

    /// <summary>The rolled-up check-ins: one on each date any part checked in, from each part's latest value then (its baseline before its first check-in).</summary>
    /// <param name="parent">The rolling-up key result.</param>
    /// <param name="rollup">How it rolls up.</param>
    /// <param name="parts">The children's key results and shares.</param>
    /// <returns>The check-ins.</returns>
    internal static List<CheckIn> CheckIns(KeyResult parent, KeyResultRollup rollup, List<(KeyResult KeyResult, double Share)> parts)
    {
        var dates = new SortedSet<DateOnly>();
        foreach (var (part, _) in parts)
        {
            foreach (var checkIn in part.CheckInArray)
            {
                dates.Add(checkIn.Date);
            }
        }

        var result = new List<CheckIn>(dates.Count);
        foreach (var date in dates)
        {
            double sum = 0, weights = 0, progress = 0;
            double? confidence = null;
            foreach (var (part, share) in parts)
            {
                var latest = part.LatestOnOrBefore(date);
                var value = latest?.Value ?? part.Baseline!.Value;
                if (latest?.Confidence is { } c)
                {
                    confidence = confidence is { } low ? Math.Min(low, c) : c;
                }

                sum += share * value;
                var weight = share * Math.Abs(part.Target!.Value);
                weights += weight;
                progress += weight * ((value - part.Baseline!.Value) / (part.Target!.Value - part.Baseline!.Value));
            }

            double rolled;
            if (rollup == KeyResultRollup.Sum)
            {
                rolled = sum;
            }
            else
            {
                // Targets of 0 weigh nothing; when every target is 0 the parts weigh by their shares alone.
                if (!(weights > 0))
                {
                    weights = 0;
                    progress = 0;
                    foreach (var (part, share) in parts)
                    {
                        var value = part.LatestOnOrBefore(date)?.Value ?? part.Baseline!.Value;
                        weights += share;
                        progress += share * ((value - part.Baseline!.Value) / (part.Target!.Value - part.Baseline!.Value));
                    }
                }

                var baseline = parent.Baseline!.Value;
                rolled = baseline + (progress / weights * (parent.Target!.Value - baseline));
            }

            if (double.IsFinite(rolled))
            {
                result.Add(new CheckIn(date, rolled, confidence));
            }
        }

        return result;
    }
}
