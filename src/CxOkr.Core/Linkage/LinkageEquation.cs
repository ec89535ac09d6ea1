namespace CxOkr.Linkage;

/// <summary>
/// The regression of one metric on the metrics linked into it, fitted on the rows complete for it (the metric,
/// every predictor and the weight present, the weight positive), as R's <c>lm</c> with <c>weights =</c>.
/// </summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record LinkageEquation
{
    /// <summary>Creates an equation.</summary>
    /// <param name="metricId">The metric explained.</param>
    /// <param name="nUsed">Complete rows with a positive weight.</param>
    /// <param name="rSquared">Coefficient of determination, in [0, 1].</param>
    /// <param name="intercept">The intercept.</param>
    /// <param name="terms">One term per predictor, in the order of the links.</param>
    /// <exception cref="ArgumentException">A value is out of range or a term is null.</exception>
    public LinkageEquation(string metricId, long nUsed, double rSquared, double intercept, IEnumerable<LinkageTerm> terms)
    {
        MetricId = Utilities.Guard.NotBlank(metricId);
        NUsed = nUsed >= 0 ? nUsed : throw new ArgumentOutOfRangeException(nameof(nUsed), nUsed, "nUsed must be >= 0.");
        RSquared = Utilities.Guard.InRange(rSquared, 0, 1);
        Intercept = Utilities.Guard.Finite(intercept);
        Terms = Utilities.ReadOnly.CopyOf(Utilities.Guard.NotNull(terms));
        if (Terms.Any(static t => t is null))
        {
            throw new ArgumentException("a term is null.", nameof(terms));
        }
    }

    /// <summary>The metric explained.</summary>
    public string MetricId { get; }

    /// <summary>Complete rows with a positive weight.</summary>
    public long NUsed { get; }

    /// <summary>Coefficient of determination.</summary>
    public double RSquared { get; }

    /// <summary>The intercept.</summary>
    public double Intercept { get; }

    /// <summary>One term per predictor, in the order of the links (a read-only copy).</summary>
    public IReadOnlyList<LinkageTerm> Terms { get; }
}
