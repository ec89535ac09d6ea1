namespace CxOkr.Okrs;

/// <summary>
/// The rules a check-in's fields must follow, in one place for the <see cref="CheckIn"/> constructor and the
/// workspace reader. Each returns what is wrong, phrased to read after the field's name or JSON path, or null.
/// </summary>
internal static class CheckInRules
{
    /// <summary>The problem with a check-in date, or null: <c>default(DateOnly)</c> marks a date never set.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The message, or null.</returns>
    public static string? Date(DateOnly date) => date == DateOnly.MinValue
        ? "is missing: it is the default date 0001-01-01, which marks a missing date (default(DateOnly)); expected the day the value was read."
        : null;

    /// <summary>The problem with a check-in value, or null.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The message, or null.</returns>
    public static string? Value(double value) => double.IsFinite(value) ? null : "must be a finite number.";

    /// <summary>The problem with a confidence, or null when it is absent or in [0, 1].</summary>
    /// <param name="confidence">The confidence, or null.</param>
    /// <returns>The message, or null.</returns>
    public static string? Confidence(double? confidence) => confidence is { } c && !(c >= 0 && c <= 1)
        ? $"({KeyResultRules.Format(c)}) must be in [0, 1]."
        : null;
}
