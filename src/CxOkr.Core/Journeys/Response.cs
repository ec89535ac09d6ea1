namespace CxOkr.Journeys;

/// <summary>
/// One respondent's answers on one date: values by metric id, an optional journey, a survey weight and
/// segment attributes (region, plan, ...).
/// </summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class Response
{
    /// <summary>Creates a response.</summary>
    /// <param name="respondentId">The respondent's id.</param>
    /// <param name="date">The date the answers were given; not <see cref="DateOnly.MinValue"/> (<c>default(DateOnly)</c>, a date never set).</param>
    /// <param name="values">Values by metric id; every value finite. Copied.</param>
    /// <param name="weight">Survey weight, finite and above 0; default 1.</param>
    /// <param name="journeyId">The journey the response is about, or null.</param>
    /// <param name="segments">Segment attributes by name (values non-null); copied; null means none.</param>
    /// <exception cref="ArgumentException">The respondent id is blank, the date is the default date 0001-01-01, the weight is not a finite positive number, a metric id or segment name is blank, or a value is not finite.</exception>
    public Response(
        string respondentId,
        DateOnly date,
        IReadOnlyDictionary<string, double> values,
        double weight = 1,
        string? journeyId = null,
        IReadOnlyDictionary<string, string>? segments = null)
    {
        RespondentId = Utilities.Guard.NotBlank(respondentId);
        Date = Utilities.Guard.Dated(date);
        Weight = Utilities.Guard.Positive(weight);
        JourneyId = Utilities.Guard.NullOrNotBlank(journeyId);
        Utilities.Guard.NotNull(values);

        var copy = new Dictionary<string, double>(values.Count, StringComparer.Ordinal);
        foreach (var (metricId, value) in values)
        {
            if (string.IsNullOrWhiteSpace(metricId))
            {
                throw new ArgumentException($"response '{respondentId}': values has a blank metric id.", nameof(values));
            }

            if (!double.IsFinite(value))
            {
                throw new ArgumentOutOfRangeException(nameof(values), value, $"response '{respondentId}': values['{metricId}'] must be a finite number.");
            }

            copy[Utilities.Guard.WellFormed(metricId, $"response '{respondentId}': values key")] = value;
        }

        Values = copy.AsReadOnly();

        var segmentCopy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in segments ?? new Dictionary<string, string>())
        {
            if (string.IsNullOrWhiteSpace(name) || value is null)
            {
                throw new ArgumentException($"response '{respondentId}': segments must have non-blank names and non-null values.", nameof(segments));
            }

            segmentCopy[Utilities.Guard.WellFormed(name, $"response '{respondentId}': segments key")] = Utilities.Guard.WellFormed(value, $"response '{respondentId}': segments['{name}']");
        }

        Segments = segmentCopy.AsReadOnly();
    }

    /// <summary>The respondent's id.</summary>
    public string RespondentId { get; }

    /// <summary>The date the answers were given.</summary>
    public DateOnly Date { get; }

    /// <summary>Survey weight (above 0).</summary>
    public double Weight { get; }

    /// <summary>The journey the response is about, or null.</summary>
    public string? JourneyId { get; }

    /// <summary>Values by metric id; a metric the respondent did not answer is absent.</summary>
    public IReadOnlyDictionary<string, double> Values { get; }

    /// <summary>Segment attributes by name.</summary>
    public IReadOnlyDictionary<string, string> Segments { get; }
}
