using CxOkr.Drivers;
using CxOkr.Journeys;

namespace CxOkr.Linkage;

/// <summary>How much one upstream metric moves the target: directly, through the metrics in between, and in total.</summary>
/// <remarks>
/// Total = Σ over directed paths to the target of the product of the path coefficients; direct = the
/// coefficient of the metric's own link to the target (0 without one); indirect = total − direct.
/// Standardised total = total × sd(metric) / sd(target), each sd over the rows where that column (and the
/// weight) has a value, weighted as R's <c>cov.wt</c>.
/// </remarks>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record LinkageEffect
{
    /// <summary>Creates an effect.</summary>
    /// <param name="metricId">The upstream metric.</param>
    /// <param name="tier">Its tier.</param>
    /// <param name="direct">The direct effect.</param>
    /// <param name="total">The total effect.</param>
    /// <param name="standardizedTotal">The standardised total effect.</param>
    /// <param name="paths">Every directed path from the metric to the target, each a list of metric ids from the metric to the target.</param>
    /// <param name="totalInterval">Bootstrap interval of the total effect, or null without a bootstrap.</param>
    /// <param name="standardizedTotalInterval">Bootstrap interval of the standardised total effect, or null without a bootstrap.</param>
    /// <exception cref="ArgumentException">A number is not finite, or a path is null or shorter than 2.</exception>
    public LinkageEffect(string metricId, MetricTier tier, double direct, double total, double standardizedTotal, IEnumerable<IReadOnlyList<string>> paths, BootstrapInterval? totalInterval = null, BootstrapInterval? standardizedTotalInterval = null)
    {
        MetricId = Utilities.Guard.NotBlank(metricId);
        Tier = Utilities.Guard.Defined(tier);
        Direct = Utilities.Guard.Finite(direct);
        Total = Utilities.Guard.Finite(total);
        StandardizedTotal = Utilities.Guard.Finite(standardizedTotal);
        var copies = new List<IReadOnlyList<string>>();
        foreach (var path in Utilities.Guard.NotNull(paths))
        {
            if (path is null || path.Count < 2)
            {
                throw new ArgumentException($"effect of '{metricId}': a path must list at least two metrics.", nameof(paths));
            }

            copies.Add(Utilities.ReadOnly.CopyOf(path));
        }

        Paths = copies.AsReadOnly();
        TotalInterval = totalInterval;
        StandardizedTotalInterval = standardizedTotalInterval;
    }

    /// <summary>The upstream metric.</summary>
    public string MetricId { get; }

    /// <summary>Its tier.</summary>
    public MetricTier Tier { get; }

    /// <summary>The coefficient of the metric's own link to the target, 0 without one.</summary>
    public double Direct { get; }

    /// <summary>Total − direct: the effect through the metrics in between.</summary>
    public double Indirect => Total - Direct;

    /// <summary>Σ over directed paths of the product of the path coefficients.</summary>
    public double Total { get; }

    /// <summary>Total × sd(metric) / sd(target).</summary>
    public double StandardizedTotal { get; }

    /// <summary>Every directed path from the metric to the target (metric first, target last), read-only.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Paths { get; }

    /// <summary>Bootstrap interval of <see cref="Total"/>, or null without a bootstrap.</summary>
    public BootstrapInterval? TotalInterval { get; }

    /// <summary>Bootstrap interval of <see cref="StandardizedTotal"/>, or null without a bootstrap.</summary>
    public BootstrapInterval? StandardizedTotalInterval { get; }
}
