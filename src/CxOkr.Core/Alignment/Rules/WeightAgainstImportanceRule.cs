using System.Globalization;
using CxOkr.Findings;
using CxOkr.Okrs;

namespace CxOkr.Alignment.Rules;

/// <summary>
/// An objective whose key results measure two or more drivers of one outcome and whose hand weights order them
/// against the drivers' importance (Shapley shares): some key result weighs more than another whose driver
/// matters more. Names the weights the shares suggest (<c>suggestedWeight</c> of the scorecard, one rule).
/// </summary>
internal sealed class WeightAgainstImportanceRule : IAlignmentRule
{
    private const double Tolerance = 1e-12;

    public string Id => AlignmentRuleIds.WeightAgainstImportance;

    public FindingSeverity DefaultSeverity => FindingSeverity.Info;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        if (graph.DriverRankings.Count == 0)
        {
            yield break;
        }

        var rankings = graph.DriverRankings.Select(static r => (IReadOnlyDictionary<string, double>)r.Drivers.GroupBy(static d => d.Key).ToDictionary(static g => g.Key, static g => g.First().Value, StringComparer.Ordinal)).ToList();
        foreach (var objective in graph.Objectives)
        {
            var keyResults = objective.KeyResults;
            var suggested = SuggestedWeights.For(keyResults, rankings);
            var disagree = false;
            for (var a = 0; a < keyResults.Count && !disagree; a++)
            {
                for (var b = 0; b < keyResults.Count && !disagree; b++)
                {
                    disagree = suggested[a] is { } sa && suggested[b] is { } sb
                        && keyResults[a].Weight > keyResults[b].Weight && sa < sb - (Tolerance * Math.Max(1, sb));
                }
            }

            if (!disagree)
            {
                continue;
            }

            var named = Enumerable.Range(0, keyResults.Count).Where(k => suggested[k] is not null)
                .Select(k => $"{Describe.KeyResult(keyResults[k])} weight {Number(keyResults[k].Weight)}, suggested {Number(suggested[k]!.Value)}");
            yield return new Finding(Id, DefaultSeverity, [objective.Id, .. Enumerable.Range(0, keyResults.Count).Where(k => suggested[k] is not null).Select(k => keyResults[k].Id)],
                $"Objective {Describe.Objective(objective)} weighs its key results against the importance of the drivers they measure: {string.Join("; ", named)} (weights proportional to the drivers' Shapley shares).");
        }
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
