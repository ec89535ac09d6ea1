namespace CxOkr.Measures;

/// <summary>A named, inclusive range of dates to group responses by (for example an OKR period).</summary>
public sealed record DateRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="id">The label of the range ("2026-Q4").</param>
    /// <param name="start">First day.</param>
    /// <param name="end">Last day (inclusive), on or after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException">The id is blank or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public DateRange(string id, DateOnly start, DateOnly end)
    {
        Id = Utilities.Guard.NotBlank(id);
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"date range '{id}': end ({end:yyyy-MM-dd}) must not be before start ({start:yyyy-MM-dd}).");
        }

        Start = start;
        End = end;
    }

    /// <summary>The label of the range.</summary>
    public string Id { get; }

    /// <summary>First day.</summary>
    public DateOnly Start { get; }

    /// <summary>Last day (inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>Whether <paramref name="date"/> lies in the range.</summary>
    /// <param name="date">A date.</param>
    /// <returns>True when start &lt;= date &lt;= end.</returns>
    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
