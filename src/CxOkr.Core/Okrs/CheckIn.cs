using CxOkr.Utilities;

namespace CxOkr.Okrs;

/// <summary>A dated reading of a key result's value, with the owner's confidence and an optional note.</summary>
public sealed record CheckIn
{
    /// <summary>Creates a check-in.</summary>
    /// <param name="date">The day the value was read; not <see cref="DateOnly.MinValue"/> (<c>default(DateOnly)</c>, a date never set).</param>
    /// <param name="value">The value read; finite.</param>
    /// <param name="confidence">The owner's confidence of reaching the target, in [0, 1], or <see langword="null"/>.</param>
    /// <param name="note">A free-text note, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is the default date 0001-01-01, <paramref name="value"/> is not finite or <paramref name="confidence"/> is outside [0, 1].</exception>
    public CheckIn(DateOnly date, double value, double? confidence = null, string? note = null)
    {
        // The workspace reader applies the same rules, reporting each at its JSON path.
        Date = CheckInRules.Date(date) is { } badDate ? throw new ArgumentOutOfRangeException(nameof(date), date, $"date {badDate}") : date;
        Value = CheckInRules.Value(value) is { } badValue ? throw new ArgumentOutOfRangeException(nameof(value), value, $"value {badValue}") : value;
        if (CheckInRules.Confidence(confidence) is { } badConfidence)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, $"confidence {badConfidence}");
        }

        Confidence = confidence;
        Note = note is null ? null : Guard.WellFormed(note);
    }

    /// <summary>The day the value was read.</summary>
    public DateOnly Date { get; }

    /// <summary>The value read.</summary>
    public double Value { get; }

    /// <summary>The owner's confidence in [0, 1], or <see langword="null"/> when not given.</summary>
    public double? Confidence { get; }

    /// <summary>A free-text note, or <see langword="null"/>.</summary>
    public string? Note { get; }
}
