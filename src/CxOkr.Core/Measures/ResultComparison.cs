namespace CxOkr.Measures;

/// <summary>The difference between two independent results, with its standard error, interval and two-sided p-value.</summary>
/// <param name="Difference">First value minus second value.</param>
/// <param name="StandardError">sqrt(se1^2 + se2^2).</param>
/// <param name="Statistic">Difference / standard error: a z statistic, or Welch's t when <see cref="DegreesOfFreedom"/> is set; null when the standard error is 0.</param>
/// <param name="PValue">Two-sided p-value of the test of no difference (normal, or Student t on <see cref="DegreesOfFreedom"/>), in [0, 1]; with a standard error of 0 it is 1 for no difference and 0 otherwise.</param>
/// <param name="Lower">Lower bound of the interval of the difference (normal, or t for means).</param>
/// <param name="Upper">Upper bound of the interval of the difference.</param>
/// <param name="Confidence">The confidence level of the interval.</param>
/// <param name="DegreesOfFreedom">The Welch-Satterthwaite degrees of freedom of a comparison of means; null for a z test (and for means whose standard error is 0).</param>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record ResultComparison(double Difference, double StandardError, double? Statistic, double PValue, double Lower, double Upper, double Confidence, double? DegreesOfFreedom = null);
