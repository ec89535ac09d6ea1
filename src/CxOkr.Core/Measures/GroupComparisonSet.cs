using CxOkr.Journeys;

namespace CxOkr.Measures;

/// <summary>A grouped comparison run: every pair of segments, or each period against the one before it, with p-values adjusted over the run.</summary>
/// <threadsafety>Thread-safe: immutable; <see cref="Comparisons"/> is a read-only copy.</threadsafety>
public sealed record GroupComparisonSet
{
    internal GroupComparisonSet(Calculation metric, string? metricId, PValueAdjustment adjustment, double confidence, IEnumerable<GroupComparison> comparisons)
    {
        Metric = metric;
        MetricId = metricId;
        Adjustment = adjustment;
        Confidence = confidence;
        Comparisons = Utilities.ReadOnly.CopyOf(comparisons);
    }

    /// <summary>The calculation compared.</summary>
    public Calculation Metric { get; }

    /// <summary>The metric definition's id when the results came from responses; otherwise null.</summary>
    public string? MetricId { get; }

    /// <summary>How the p-values were adjusted over the pairs.</summary>
    public PValueAdjustment Adjustment { get; }

    /// <summary>The confidence level of the intervals.</summary>
    public double Confidence { get; }

    /// <summary>The pairs, in run order (segments: ordinal pairs (a, b), (a, c), (b, c); periods: latest pair last).</summary>
    public IReadOnlyList<GroupComparison> Comparisons { get; }
}
