namespace CxOkr.Measures;

/// <summary>Which period and segment a grouped <see cref="MetricResult"/> covers.</summary>
/// <param name="Period">The period label ("2026-10-20", "2026-W43", "2026-10", "2026-Q4" or a date range's id), or null when not grouped by period.</param>
/// <param name="PeriodStart">First day of the period, or null.</param>
/// <param name="PeriodEnd">Last day of the period (inclusive), or null.</param>
/// <param name="SegmentAttribute">The segment attribute grouped by ("region"), or null.</param>
/// <param name="Segment">The segment value ("EU"), or null when not grouped by segment or when the response lacks the attribute.</param>
public sealed record ResultGroup(string? Period, DateOnly? PeriodStart, DateOnly? PeriodEnd, string? SegmentAttribute, string? Segment)
{
    /// <summary>The label printed for missing segment values.</summary>
    public const string MissingSegment = "(missing)";

    /// <summary>A one-line label: the period, the segment value, or both joined by " / ".</summary>
    public string Label => (Period, SegmentAttribute) switch
    {
        (not null, not null) => $"{Period} / {Segment ?? MissingSegment}",
        (not null, null) => Period,
        (null, not null) => Segment ?? MissingSegment,
        _ => "all",
    };
}
