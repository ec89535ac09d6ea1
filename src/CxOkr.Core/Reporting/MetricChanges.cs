using CxOkr.Journeys;
using CxOkr.Measures;

namespace CxOkr.Reporting;

/// <summary>What changed for one survey metric: the last month against the one before, and segments against each other over the last month.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="JourneyId">The journey whose responses were used, or null for all responses (relationship metrics).</param>
/// <param name="Periods">The last month against the previous one (Holm-adjusted, one pair), or null with fewer than two months.</param>
/// <param name="Segments">Per segment attribute (region, plan, ...), every pair of its segments over the last month, Holm-adjusted within the attribute's run.</param>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record MetricChanges(MetricDefinition Metric, string? JourneyId, GroupComparisonSet? Periods, IReadOnlyList<SegmentComparisons> Segments)
{
    /// <summary>Per segment attribute, every pair of its segments over the last month. A read-only copy.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<SegmentComparisons> Segments { get; init => field = Utilities.ReadOnly.CopyOf(value); } = Utilities.ReadOnly.CopyOf(Segments);
}
