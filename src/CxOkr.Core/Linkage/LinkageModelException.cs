namespace CxOkr.Linkage;

/// <summary>
/// A linkage model that cannot be estimated: a target or metric without a column, an equation with too few
/// complete rows or a constant or collinear predictor, or links that form a cycle. The message names the metric.
/// </summary>
public sealed class LinkageModelException : CxOkrException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="metricId">The metric at fault.</param>
    /// <param name="message">What is wrong, naming the metric (and for missing data, how many rows it had).</param>
    /// <param name="rows">The complete rows the metric's equation had, when that is the problem.</param>
    public LinkageModelException(string metricId, string message, long? rows = null)
        : base(message)
    {
        MetricId = metricId;
        Rows = rows;
    }

    /// <summary>The metric at fault.</summary>
    public string MetricId { get; }

    /// <summary>The complete rows of the metric's equation when too few, otherwise null.</summary>
    public long? Rows { get; }
}
