using CxOkr.Journeys;

namespace CxOkr.Measures;

public static partial class MetricComparison
{
    /// <summary>Compares every pair of segments of one metric: groups sorted by name (ordinal), first before second.</summary>
    /// <param name="results">Results of one metric grouped by segment only (<see cref="Grouping.BySegment"/>), as <see cref="ResponseMeasures.Aggregate(MetricDefinition, IEnumerable{MetricAnswer}, Grouping, MeasureOptions?)"/> returns them; a missing segment is labelled <see cref="ResultGroup.MissingSegment"/>.</param>
    /// <param name="adjustment">How p-values are adjusted over all pairs; default Holm.</param>
    /// <param name="confidence">Confidence level of the intervals; default 0.95.</param>
    /// <returns>The run: n (n - 1) / 2 pairs for n segments (none for one segment).</returns>
    /// <exception cref="ArgumentException">A result is not grouped by segment alone, the results mix calculations or metrics, the calculation has no standard error (median, sum, count), or a number is out of range.</exception>
    /// <exception cref="InsufficientDataException">A segment has fewer than 2 answers for a mean (the message names it).</exception>
    public static GroupComparisonSet CompareSegments(IReadOnlyList<MetricResult> results, PValueAdjustment adjustment = PValueAdjustment.Holm, double confidence = 0.95)
    {
        var checkedResults = Checked(results, "segment");
        if (checkedResults.Any(r => r.Group is not { SegmentAttribute: not null, Period: null }))
        {
            throw new ArgumentException("CompareSegments needs results grouped by segment alone (Grouping.BySegment).", nameof(results));
        }

        var labelled = checkedResults.Select(r => (Label: r.Group!.Segment ?? ResultGroup.MissingSegment, Result: r)).OrderBy(g => g.Label, StringComparer.Ordinal).ToList();
        var pairs = new List<(string, MetricResult, string, MetricResult)>();
        for (var i = 0; i < labelled.Count; i++)
        {
            for (var j = i + 1; j < labelled.Count; j++)
            {
                pairs.Add((labelled[i].Label, labelled[i].Result, labelled[j].Label, labelled[j].Result));
            }
        }

        return Run(checkedResults, pairs, adjustment, confidence);
    }

    /// <summary>Compares each period of one metric with the period before it (<c>first</c> = the later period).</summary>
    /// <param name="results">Results of one metric grouped by period alone (<see cref="Grouping.ByPeriod"/> without a segment).</param>
    /// <param name="adjustment">How p-values are adjusted over all pairs; default Holm.</param>
    /// <param name="confidence">Confidence level of the intervals; default 0.95.</param>
    /// <returns>The run: one pair per period after the first, in period order.</returns>
    /// <exception cref="ArgumentException">A result is not grouped by period alone, two results cover the same period, the results mix calculations or metrics, or the calculation has no standard error.</exception>
    /// <exception cref="InsufficientDataException">A period has fewer than 2 answers for a mean (the message names it).</exception>
    public static GroupComparisonSet ComparePeriods(IReadOnlyList<MetricResult> results, PValueAdjustment adjustment = PValueAdjustment.Holm, double confidence = 0.95)
    {
        var checkedResults = Checked(results, "period");
        if (checkedResults.Any(r => r.Group is not { Period: not null, SegmentAttribute: null }))
        {
            throw new ArgumentException("ComparePeriods needs results grouped by period alone (Grouping.ByPeriod without a segment).", nameof(results));
        }

        var ordered = checkedResults.OrderBy(r => r.Group!.PeriodStart ?? DateOnly.MinValue).ThenBy(r => r.Group!.Period, StringComparer.Ordinal).ToList();
        var pairs = new List<(string, MetricResult, string, MetricResult)>();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Group!.Period == ordered[i - 1].Group!.Period)
            {
                throw new ArgumentException($"period '{ordered[i].Group!.Period}' has two results.", nameof(results));
            }

            pairs.Add((ordered[i].Group!.Period!, ordered[i], ordered[i - 1].Group!.Period!, ordered[i - 1]));
        }

        return Run(checkedResults, pairs, adjustment, confidence);
    }

    private static List<MetricResult> Checked(IReadOnlyList<MetricResult> results, string kind)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        if (list.Count == 0 || list.Any(r => r is null))
        {
            throw new ArgumentException("results must hold at least one result and no null.", nameof(results));
        }

        var metric = list[0].Metric;
        if (metric is not (Calculation.Nps or Calculation.TopBox or Calculation.Proportion or Calculation.Mean))
        {
            throw new ArgumentException($"{Name(metric)} results have no standard error to compare; compare nps, topBox, proportion or mean.", nameof(results));
        }

        foreach (var r in list)
        {
            if (r.Metric != metric || !string.Equals(r.MetricId, list[0].MetricId, StringComparison.Ordinal))
            {
                throw new ArgumentException("results must all be of one calculation and one metric.", nameof(results));
            }

            if (metric == Calculation.Mean && (r.N < 2 || r.StandardError is null))
            {
                var label = kind == "segment" ? r.Group?.Segment ?? ResultGroup.MissingSegment : r.Group?.Period ?? "all";
                throw new InsufficientDataException($"{kind} '{label}' has {r.N} answer{(r.N == 1 ? string.Empty : "s")}: comparing means needs at least 2 in every {kind}.");
            }
        }

        return list;
    }

    private static GroupComparisonSet Run(List<MetricResult> results, List<(string First, MetricResult A, string Second, MetricResult B)> pairs, PValueAdjustment adjustment, double confidence)
    {
        Utilities.Guard.Defined(adjustment);
        var tests = pairs.Select(p => Compare(p.A, p.B, confidence)).ToList();
        var adjusted = PValueAdjuster.Adjust(tests.Select(t => t.PValue).ToArray(), adjustment);
        var comparisons = pairs.Select((p, k) => new GroupComparison(p.First, p.Second, tests[k], Math.Max(tests[k].PValue, adjusted[k])));
        return new GroupComparisonSet(results[0].Metric, results[0].MetricId, adjustment, new MeasureOptions(confidence).Confidence, comparisons);
    }
}
