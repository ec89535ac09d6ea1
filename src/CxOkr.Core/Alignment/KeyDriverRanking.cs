using CxOkr.Utilities;

namespace CxOkr.Alignment;

/// <summary>The drivers of one outcome metric ranked by importance, as key-driver analysis found them.</summary>
public sealed record KeyDriverRanking
{
    /// <summary>Creates a ranking.</summary>
    /// <param name="outcomeMetricId">The outcome metric's id.</param>
    /// <param name="drivers">Each driver's metric id and importance share (e.g. Shapley share of R^2), finite and &gt;= 0, in any order.</param>
    /// <exception cref="ArgumentException">An id is blank, or a share is negative, NaN or infinite (<see cref="ArgumentOutOfRangeException"/>, naming the driver).</exception>
    public KeyDriverRanking(string outcomeMetricId, IEnumerable<KeyValuePair<string, double>> drivers)
    {
        OutcomeMetricId = Guard.NotBlank(outcomeMetricId);
        var list = Guard.NotNull(drivers).ToList();
        foreach (var (id, share) in list)
        {
            Guard.NotBlank(id, nameof(drivers));

            // The negated comparison also refuses NaN.
            if (!(share >= 0) || double.IsPositiveInfinity(share))
            {
                throw new ArgumentOutOfRangeException(nameof(drivers), share, $"Outcome '{outcomeMetricId}': the share of driver '{id}' ({share}) must be a finite number >= 0.");
            }
        }

        // Highest share first; shares equal to 12 decimals (rounding noise of equally important drivers)
        // are ties, ordered by id so that the order is stable.
        list.Sort(static (a, b) =>
        {
            var c = Math.Round(b.Value, 12).CompareTo(Math.Round(a.Value, 12));
            return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
        });
        Drivers = ReadOnly.Wrap(list);
    }

    /// <summary>The outcome metric's id.</summary>
    public string OutcomeMetricId { get; }

    /// <summary>Driver metric ids with their importance share, most important first; shares equal to 12 decimals are ties, in id order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Drivers { get; }
}
