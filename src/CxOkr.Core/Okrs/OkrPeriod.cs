using CxOkr.Utilities;

namespace CxOkr.Okrs;

/// <summary>A named span of dates (a quarter, a half) in which objectives are pursued; both ends inclusive.</summary>
public sealed record OkrPeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="id">The period's id, e.g. <c>2026-Q4</c>.</param>
    /// <param name="start">The first day of the period.</param>
    /// <param name="end">The last day of the period (inclusive); on or after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or not well-formed Unicode.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="end"/> is 0001-01-01 (<c>default</c>, a date never set), or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public OkrPeriod(string id, DateOnly start, DateOnly end)
    {
        Id = Guard.NotBlank(id);
        Guard.Dated(start);
        Guard.Dated(end);
        if (OkrRules.PeriodEnd(start, end) is { } badEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"Period '{id}': end {badEnd}");
        }

        Start = start;
        End = end;
    }

    /// <summary>The period's id.</summary>
    public string Id { get; }

    /// <summary>The first day.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day (inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>
    /// The days from <see cref="Start"/> to <see cref="End"/>; 0 for a one-day period. Not the inclusive day
    /// count: a quarter of 92 days spans 91. Expected progress and forecasts measure time on this span.
    /// </summary>
    public int SpanInDays => End.DayNumber - Start.DayNumber;

    /// <summary>Whether <paramref name="date"/> lies in the period (ends included).</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> &lt;= date &lt;= <see cref="End"/>.</returns>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Whether this period lies wholly inside <paramref name="other"/>.</summary>
    /// <param name="other">The enclosing candidate.</param>
    /// <returns><see langword="true"/> when both ends of this period are within <paramref name="other"/>.</returns>
    public bool IsWithin(OkrPeriod other) => Guard.NotNull(other).Contains(Start) && other.Contains(End);

    /// <summary>Whether the two periods share at least one day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when the periods overlap.</returns>
    public bool Overlaps(OkrPeriod other) => Guard.NotNull(other).Start <= End && Start <= other.End;
}
