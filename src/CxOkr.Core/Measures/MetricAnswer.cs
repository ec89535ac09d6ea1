using CxOkr.Utilities;

namespace CxOkr.Measures;

/// <summary>
/// One answer to one metric: the value with its survey weight, and, when known, the date it was given and
/// the respondent's segment. The input of <see cref="ResponseMeasures.Aggregate(Journeys.MetricDefinition, IEnumerable{MetricAnswer}, Grouping, MeasureOptions?)"/>
/// when the answers come from one column of a file rather than as whole <see cref="Journeys.Response"/>s.
/// </summary>
/// <remarks>
/// The date is optional because a file of answers need not have one: an answer without a date is never
/// given a made-up one, and grouping by period refuses it instead.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class MetricAnswer
{
    /// <summary>Creates an answer.</summary>
    /// <param name="respondentId">Who answered, or where the answer was read (such as <c>line 12</c>); named in errors about the value.</param>
    /// <param name="value">The answer; finite.</param>
    /// <param name="weight">Survey weight, finite and above 0; default 1.</param>
    /// <param name="date">The date of the answer, or null when not known; not the default date 0001-01-01.</param>
    /// <param name="segment">The respondent's segment (region, plan, ...) for grouping by segment, or null when not known.</param>
    /// <exception cref="ArgumentException">The respondent id is blank, the value is not finite, the weight is not a finite number above 0, or the date is the default date.</exception>
    public MetricAnswer(string respondentId, double value, double weight = 1, DateOnly? date = null, string? segment = null)
    {
        RespondentId = Guard.NotBlank(respondentId);
        Value = Guard.Finite(value);
        Weight = Guard.Positive(weight);
        Date = date is { } day ? Guard.Dated(day, nameof(date)) : null;
        Segment = segment;
    }

    /// <summary>Who answered, or where the answer was read.</summary>
    public string RespondentId { get; }

    /// <summary>The answer (finite).</summary>
    public double Value { get; }

    /// <summary>Survey weight (above 0).</summary>
    public double Weight { get; }

    /// <summary>The date of the answer, or null when not known.</summary>
    public DateOnly? Date { get; }

    /// <summary>The respondent's segment, or null when not known.</summary>
    public string? Segment { get; }
}
