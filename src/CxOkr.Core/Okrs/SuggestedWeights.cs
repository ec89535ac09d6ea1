namespace CxOkr.Okrs;

/// <summary>
/// Key-result weights from driver importance (docs/scoring.md): when two or more key results of an objective
/// measure drivers of one outcome, each is suggested the weight share / (sum of their shares) x (sum of their
/// weights), so the suggestion is on the same scale as the hand weights. The first outcome (in the order given)
/// that two key results measure drivers of is used.
/// </summary>
internal static class SuggestedWeights
{
    public static double?[] For(IReadOnlyList<KeyResult> keyResults, IEnumerable<DriverImportance>? importances) =>
        For(keyResults, importances?.Select(static i => i.Shares));

    public static double?[] For(IReadOnlyList<KeyResult> keyResults, IEnumerable<IReadOnlyDictionary<string, double>>? rankings)
    {
        var result = new double?[keyResults.Count];
        if (rankings is null || keyResults.Count < 2)
        {
            return result;
        }

        var matched = new List<(int Index, double Share)>();
        foreach (var shares in rankings)
        {
            matched.Clear();
            double totalShare = 0, totalWeight = 0;
            for (var k = 0; k < keyResults.Count; k++)
            {
                if (keyResults[k].MetricId is { } metric && shares.TryGetValue(metric, out var share))
                {
                    matched.Add((k, share));
                    totalShare += share;
                    totalWeight += keyResults[k].Weight;
                }
            }

            if (matched.Count < 2 || !(totalShare > 0))
            {
                continue;
            }

            foreach (var (index, share) in matched)
            {
                result[index] = share / totalShare * totalWeight;
            }

            break;
        }

        return result;
    }
}
