namespace CxOkr.Utilities;

/// <summary>
/// Comparisons of a computed value with a threshold that forgive last-bit rounding: a value within
/// <see cref="Tolerance"/> (relative to the threshold, at least absolute) of the threshold counts as on it.
/// A weighted mean of 0.7 computed as 0.69999999999999996, or an effective n of 30 equal weights computed
/// as 29.999999999999964, then lands where a person expects.
/// </summary>
internal static class Boundary
{
    /// <summary>The tolerance: 1e-9, relative to the threshold's magnitude and never below 1e-9 absolute.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>True when <paramref name="value"/> is at or above <paramref name="threshold"/> up to rounding.</summary>
    public static bool AtLeast(double value, double threshold) => value >= threshold - Slack(threshold);

    /// <summary>True when <paramref name="value"/> is at or below <paramref name="threshold"/> up to rounding.</summary>
    public static bool AtMost(double value, double threshold) => value <= threshold + Slack(threshold);

    private static double Slack(double threshold) => Tolerance * Math.Max(1, Math.Abs(threshold));
}
