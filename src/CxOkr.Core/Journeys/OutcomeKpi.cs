namespace CxOkr.Journeys;

/// <summary>A metric that a journey is meant to move, labelled with the kind of outcome it is.</summary>
public sealed record OutcomeKpi
{
    /// <summary>Creates an outcome KPI.</summary>
    /// <param name="metricId">The id of the <see cref="MetricDefinition"/> that measures the outcome.</param>
    /// <param name="category">Business, customer or employee outcome.</param>
    /// <exception cref="ArgumentException"><paramref name="metricId"/> is blank or <paramref name="category"/> is undefined.</exception>
    public OutcomeKpi(string metricId, OutcomeCategory category)
    {
        MetricId = Utilities.Guard.NotBlank(metricId);
        Category = Utilities.Guard.Defined(category);
    }

    /// <summary>The id of the metric that measures the outcome.</summary>
    public string MetricId { get; }

    /// <summary>Business, customer or employee outcome.</summary>
    public OutcomeCategory Category { get; }
}
