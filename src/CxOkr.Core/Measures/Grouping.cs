using System.Globalization;

namespace CxOkr.Measures;

/// <summary>How responses are split before a metric is computed: by period (calendar bucket or named date ranges), by a segment attribute, both, or not at all.</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class Grouping
{
    private Grouping(TimeBucket? bucket, IReadOnlyList<DateRange> ranges, string? segmentAttribute)
    {
        Bucket = bucket;
        Ranges = ranges;
        SegmentAttribute = segmentAttribute;
    }

    /// <summary>No grouping: one result over all responses.</summary>
    public static Grouping None { get; } = new(null, [], null);

    /// <summary>Groups by a calendar bucket and optionally a segment attribute.</summary>
    /// <param name="bucket">Day, week, month or quarter.</param>
    /// <param name="segmentAttribute">A segment attribute name, or null.</param>
    /// <returns>The grouping.</returns>
    /// <exception cref="ArgumentException">The bucket is undefined or the attribute blank.</exception>
    public static Grouping ByPeriod(TimeBucket bucket, string? segmentAttribute = null) =>
        new(Utilities.Guard.Defined(bucket), [], Utilities.Guard.NullOrNotBlank(segmentAttribute));

    /// <summary>Groups by named date ranges (a response in several overlapping ranges counts in each; one in none is left out) and optionally a segment attribute.</summary>
    /// <param name="ranges">At least one range; ids unique.</param>
    /// <param name="segmentAttribute">A segment attribute name, or null.</param>
    /// <returns>The grouping.</returns>
    /// <exception cref="ArgumentException">No range, a null range, a repeated id, or a blank attribute.</exception>
    public static Grouping ByRanges(IEnumerable<DateRange> ranges, string? segmentAttribute = null)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var list = ranges.ToList();
        if (list.Count == 0 || list.Any(r => r is null))
        {
            throw new ArgumentException("ranges must hold at least one range and no null.", nameof(ranges));
        }

        var duplicate = list.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"ranges: id '{duplicate.Key}' is used twice.", nameof(ranges));
        }

        return new(null, list.AsReadOnly(), Utilities.Guard.NullOrNotBlank(segmentAttribute));
    }

    /// <summary>Groups by a segment attribute only.</summary>
    /// <param name="segmentAttribute">The attribute name.</param>
    /// <returns>The grouping.</returns>
    /// <exception cref="ArgumentException">The attribute is blank.</exception>
    public static Grouping BySegment(string segmentAttribute) => new(null, [], Utilities.Guard.NotBlank(segmentAttribute));

    /// <summary>The calendar bucket, or null.</summary>
    public TimeBucket? Bucket { get; }

    /// <summary>The named date ranges; empty unless grouping by ranges.</summary>
    public IReadOnlyList<DateRange> Ranges { get; }

    /// <summary>The segment attribute, or null.</summary>
    public string? SegmentAttribute { get; }

    /// <summary>Whether the grouping splits by period.</summary>
    public bool HasPeriod => Bucket is not null || Ranges.Count > 0;

    internal IEnumerable<(string Label, DateOnly Start, DateOnly End)> PeriodsOf(DateOnly date)
    {
        if (Bucket is { } bucket)
        {
            yield return Period(bucket, date);
        }

        foreach (var range in Ranges)
        {
            if (range.Contains(date))
            {
                yield return (range.Id, range.Start, range.End);
            }
        }
    }

    // Computed without adding months, which would overflow in December 9999.
    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    internal static (string Label, DateOnly Start, DateOnly End) Period(TimeBucket bucket, DateOnly date)
    {
        switch (bucket)
        {
            case TimeBucket.Day:
                return (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date, date);
            case TimeBucket.Week:
                var dateTime = date.ToDateTime(TimeOnly.MinValue);
                var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
                var label = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dateTime)}-W{ISOWeek.GetWeekOfYear(dateTime):00}");
                // The week of 9999-12-31 ends after the last date there is: it ends there.
                var sunday = monday.DayNumber + 6 > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue : monday.AddDays(6);
                return (label, monday, sunday);
            case TimeBucket.Month:
                var first = new DateOnly(date.Year, date.Month, 1);
                return (first.ToString("yyyy-MM", CultureInfo.InvariantCulture), first, LastDay(date.Year, date.Month));
            default:
                var quarter = ((date.Month - 1) / 3) + 1;
                var start = new DateOnly(date.Year, ((quarter - 1) * 3) + 1, 1);
                return (string.Create(CultureInfo.InvariantCulture, $"{date.Year}-Q{quarter}"), start, LastDay(date.Year, quarter * 3));
        }
    }
}
