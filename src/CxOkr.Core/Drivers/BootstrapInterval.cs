namespace CxOkr.Drivers;

/// <summary>A full-sample estimate with its bootstrap percentile and BCa confidence intervals.</summary>
/// <remarks>Percentile: the α/2 and 1 − α/2 quantiles of the replicates (linear interpolation, R's type 7).
/// BCa (Efron 1987; Efron and Tibshirani 1993, ch. 14): quantiles at Φ(z₀ + (z₀ + z)/(1 − a(z₀ + z))) with
/// bias correction z₀ = Φ⁻¹(share of replicates below the estimate) and acceleration a from a grouped jackknife.</remarks>
/// <param name="Metric">The statistic: <c>rSquared</c>, <c>coefficient</c>, <c>shapley</c>, <c>shapleyShare</c>,
/// <c>relativeWeight</c>, <c>first</c>, <c>last</c>, <c>betaSquared</c>, <c>pratt</c> or <c>car</c>.</param>
/// <param name="Estimate">The full-sample value.</param>
/// <param name="PercentileLower">Lower end of the percentile interval.</param>
/// <param name="PercentileUpper">Upper end of the percentile interval.</param>
/// <param name="BcaLower">Lower end of the BCa interval.</param>
/// <param name="BcaUpper">Upper end of the BCa interval.</param>
/// <param name="StandardError">Standard deviation of the replicates.</param>
public sealed record BootstrapInterval(string Metric, double Estimate, double PercentileLower, double PercentileUpper, double BcaLower, double BcaUpper, double StandardError);
