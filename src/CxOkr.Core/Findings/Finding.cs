using CxOkr.Utilities;

namespace CxOkr.Findings;

/// <summary>One result of a check over the model: which rule, how serious, about what, and why.</summary>
/// <remarks>
/// Validated at construction and on <c>with</c>; two findings are equal when rule, severity, message and
/// the subjects (in order) are equal, so expected findings can be compared with actual ones.
/// </remarks>
/// <param name="Rule">A stable kebab-case rule name, such as <c>stage-without-metric</c>.</param>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Subjects">The ids of the things the finding is about, most specific first.</param>
/// <param name="Message">One sentence a person can act on.</param>
public sealed record Finding(string Rule, FindingSeverity Severity, IReadOnlyList<string> Subjects, string Message)
{
    /// <summary>A stable kebab-case rule name, such as <c>stage-without-metric</c>.</summary>
    /// <exception cref="ArgumentException">Blank.</exception>
    public string Rule { get; init => field = Guard.NotBlank(value, nameof(Rule)); } = Guard.NotBlank(Rule, nameof(Rule));

    /// <summary>How serious the finding is.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined severity.</exception>
    public FindingSeverity Severity { get; init => field = Guard.Defined(value, nameof(Severity)); } = Guard.Defined(Severity, nameof(Severity));

    /// <summary>The ids of the things the finding is about, most specific first (a copy of what was given).</summary>
    /// <exception cref="ArgumentException">Null, or an id is blank.</exception>
    public IReadOnlyList<string> Subjects { get; init => field = CopyOf(value); } = CopyOf(Subjects);

    /// <summary>One sentence a person can act on.</summary>
    /// <exception cref="ArgumentException">Blank.</exception>
    public string Message { get; init => field = Guard.NotBlank(value, nameof(Message)); } = Guard.NotBlank(Message, nameof(Message));

    /// <summary>True when rule, severity, message and subjects (in order) are equal.</summary>
    /// <param name="other">The other finding.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(Finding? other) =>
        other is not null
        && string.Equals(Rule, other.Rule, StringComparison.Ordinal)
        && Severity == other.Severity
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && Subjects.SequenceEqual(other.Subjects, StringComparer.Ordinal);

    /// <summary>A hash over rule, severity, message and subjects, consistent with <see cref="Equals(Finding)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Rule, StringComparer.Ordinal);
        hash.Add(Severity);
        hash.Add(Message, StringComparer.Ordinal);
        foreach (var subject in Subjects)
        {
            hash.Add(subject, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>The finding as <c>severity rule [subjects]: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Severity} {Rule} [{string.Join(", ", Subjects)}]: {Message}";

    private static IReadOnlyList<string> CopyOf(IReadOnlyList<string> subjects)
    {
        var copy = Guard.NotNull(subjects, nameof(Subjects)).ToArray();
        foreach (var id in copy)
        {
            Guard.NotBlank(id, nameof(Subjects));
        }

        return ReadOnly.Wrap(copy);
    }
}
