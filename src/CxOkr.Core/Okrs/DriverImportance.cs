using CxOkr.Utilities;

namespace CxOkr.Okrs;

/// <summary>The importance of the drivers of one outcome metric (their Shapley shares of R^2), for suggested key-result weights.</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record DriverImportance
{
    /// <summary>Creates the importances.</summary>
    /// <param name="outcomeMetricId">The outcome metric.</param>
    /// <param name="shares">Driver metric id and share (finite, &gt;= 0).</param>
    /// <exception cref="ArgumentException">The id is blank, a share is negative or not finite, or a driver is named twice.</exception>
    public DriverImportance(string outcomeMetricId, IEnumerable<KeyValuePair<string, double>> shares)
    {
        OutcomeMetricId = Guard.NotBlank(outcomeMetricId);
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (driver, share) in Guard.NotNull(shares))
        {
            Guard.NotBlank(driver, nameof(shares));
            Guard.NonNegative(share, nameof(shares));
            if (!map.TryAdd(driver, share))
            {
                throw new ArgumentException($"Driver '{driver}' of '{outcomeMetricId}' is named twice.", nameof(shares));
            }
        }

        Shares = ReadOnly.Wrap(map);
    }

    /// <summary>The outcome metric.</summary>
    public string OutcomeMetricId { get; }

    /// <summary>Each driver's share, by driver metric id.</summary>
    public IReadOnlyDictionary<string, double> Shares { get; }
}
