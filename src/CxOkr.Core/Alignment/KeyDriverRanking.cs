using CxOkr.Drivers;
using CxOkr.Linkage;
using CxOkr.Utilities;

namespace CxOkr.Alignment;

/// <summary>The drivers of one outcome metric ranked by importance, as key-driver analysis found them.</summary>
public sealed record KeyDriverRanking
{
    /// <summary>Creates a ranking.</summary>
    /// <param name="outcomeMetricId">The outcome metric's id.</param>
    /// <param name="drivers">Each driver's metric id and importance share (e.g. Shapley share of R^2), finite and &gt;= 0, in any order.</param>
    /// <exception cref="ArgumentException">An id is blank or repeated, or a share is negative, NaN or infinite (<see cref="ArgumentOutOfRangeException"/>, naming the driver).</exception>
    public KeyDriverRanking(string outcomeMetricId, IEnumerable<KeyValuePair<string, double>> drivers)
    {
        OutcomeMetricId = Guard.NotBlank(outcomeMetricId);
        var list = Guard.NotNull(drivers).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, share) in list)
        {
            Guard.NotBlank(id, nameof(drivers));
            if (!seen.Add(id))
            {
                throw new ArgumentException($"Outcome '{outcomeMetricId}': driver '{id}' is listed more than once.", nameof(drivers));
            }

            // The negated comparison also refuses NaN.
            if (!(share >= 0) || double.IsPositiveInfinity(share))
            {
                throw new ArgumentOutOfRangeException(nameof(drivers), share, $"Outcome '{outcomeMetricId}': the share of driver '{id}' ({share}) must be a finite number >= 0.");
            }
        }

        list.Sort(static (a, b) => DriverOrder.Compare(a.Key, a.Value, b.Key, b.Value));
        Drivers = ReadOnly.Wrap(list);
    }

    /// <summary>Ranks the drivers of a key-driver result by their Shapley share of R² (the one place that says which share alignment uses).</summary>
    /// <param name="outcomeMetricId">The outcome metric's id.</param>
    /// <param name="result">The analysis of that outcome.</param>
    /// <returns>The ranking, most important driver first.</returns>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static KeyDriverRanking FromResult(string outcomeMetricId, KeyDriverResult result) =>
        new(outcomeMetricId, Guard.NotNull(result).Drivers.Select(static d => new KeyValuePair<string, double>(d.Name, d.ShapleyShare)));

    /// <summary>
    /// Ranks the interaction metrics upstream of a linkage target by their share of the summed absolute standardised
    /// total effects (|standardised total| / Σ |standardised total| over the interaction metrics of
    /// <see cref="LinkageResult.Ranking"/>), so that the <c>uncovered-driver</c> rule can name the interaction
    /// metrics that move the target most and that no key result measures. The outcome is the linkage target.
    /// </summary>
    /// <param name="result">The linkage analysis.</param>
    /// <returns>The ranking, largest effect first (empty when the model has no interaction metric).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static KeyDriverRanking FromLinkage(LinkageResult result)
    {
        var ranked = Guard.NotNull(result).Ranking();
        var sum = ranked.Sum(static e => Math.Abs(e.StandardizedTotal));
        return new(result.Target, ranked.Select(e => new KeyValuePair<string, double>(e.MetricId, sum > 0 ? Math.Abs(e.StandardizedTotal) / sum : 0)));
    }

    /// <summary>The outcome metric's id.</summary>
    public string OutcomeMetricId { get; }

    /// <summary>Driver metric ids with their importance share, most important first, in <see cref="DriverOrder"/> (shares equal to 12 decimals are ties, in id order).</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Drivers { get; }
}
