namespace CxOkr.Measures;

/// <summary>One pair of a grouped comparison run: two groups, the test of their difference and its adjusted p-value.</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record GroupComparison
{
    /// <summary>Creates a pair.</summary>
    /// <param name="first">The first group's label (the later period, or the segment first in ordinal order).</param>
    /// <param name="second">The second group's label.</param>
    /// <param name="comparison">The test of first minus second.</param>
    /// <param name="adjustedP">The p-value adjusted over all pairs of the run, in [0, 1] and not below <see cref="ResultComparison.PValue"/>.</param>
    /// <exception cref="ArgumentException">A label is blank, the comparison is null, or the adjusted p is outside [p, 1].</exception>
    public GroupComparison(string first, string second, ResultComparison comparison, double adjustedP)
    {
        First = Utilities.Guard.NotBlank(first);
        Second = Utilities.Guard.NotBlank(second);
        Comparison = Utilities.Guard.NotNull(comparison);
        if (!(adjustedP >= comparison.PValue && adjustedP <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(adjustedP), adjustedP, $"the adjusted p ({adjustedP}) must lie between the raw p ({comparison.PValue}) and 1.");
        }

        AdjustedP = adjustedP;
    }

    /// <summary>The first group's label; the difference is first minus second.</summary>
    public string First { get; }

    /// <summary>The second group's label.</summary>
    public string Second { get; }

    /// <summary>The test of the difference (difference, standard error, statistic, df for means, raw p, interval).</summary>
    public ResultComparison Comparison { get; }

    /// <summary>The p-value adjusted over all pairs of the run (<see cref="GroupComparisonSet.Adjustment"/>).</summary>
    public double AdjustedP { get; }

    /// <summary>Whether the adjusted p is below 1 - the interval's confidence (0.05 at 95%): the difference survives the adjustment.</summary>
    public bool Significant => AdjustedP < 1 - Comparison.Confidence;
}
