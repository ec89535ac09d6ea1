using CxOkr.Journeys;
using CxOkr.Measures;

namespace CxOkr.Reporting;

/// <summary>A metric computed month by month over a journey's responses (or all responses for a relationship metric).</summary>
/// <param name="Metric">The metric definition.</param>
/// <param name="JourneyId">The journey whose responses were used, or <see langword="null"/> for all responses.</param>
/// <param name="Overall">The metric over every response used, up to the as-of date.</param>
/// <param name="Months">One point per calendar month with responses, oldest first.</param>
public sealed record MetricTrend(MetricDefinition Metric, string? JourneyId, MetricResult Overall, IReadOnlyList<MetricTrendPoint> Months)
{
    /// <summary>One point per calendar month with responses, oldest first. A read-only copy of what was given.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<MetricTrendPoint> Months { get; init => field = Utilities.ReadOnly.CopyOf(value); } = Utilities.ReadOnly.CopyOf(Months);
}
