namespace CxOkr.Measures;

/// <summary>The difference between two independent results, with its standard error, interval and two-sided p-value.</summary>
/// <param name="Difference">First value minus second value.</param>
/// <param name="StandardError">sqrt(se1^2 + se2^2).</param>
/// <param name="Z">Difference / standard error; null when the standard error is 0.</param>
/// <param name="PValue">Two-sided p-value of the normal test of no difference, in [0, 1]; with a standard error of 0 it is 1 for no difference and 0 otherwise.</param>
/// <param name="Lower">Lower bound of the normal interval of the difference.</param>
/// <param name="Upper">Upper bound of the normal interval of the difference.</param>
/// <param name="Confidence">The confidence level of the interval.</param>
public sealed record ResultComparison(double Difference, double StandardError, double? Z, double PValue, double Lower, double Upper, double Confidence);
