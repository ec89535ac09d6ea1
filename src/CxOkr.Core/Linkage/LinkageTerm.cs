namespace CxOkr.Linkage;

/// <summary>One predictor of a <see cref="LinkageEquation"/>: the path coefficient of one metric link with its test, as R's <c>summary.lm</c> gives it.</summary>
/// <param name="MetricId">The upstream metric (the predictor).</param>
/// <param name="Coefficient">The regression coefficient: change in the equation's metric per unit of this one, the others held fixed.</param>
/// <param name="StandardError">Its standard error, sqrt(σ² (XᵀWX)⁻¹ⱼⱼ) with σ² the weighted residual sum of squares over n − k − 1.</param>
/// <param name="T">Coefficient / standard error.</param>
/// <param name="P">Two-sided p-value of <paramref name="T"/> on n − k − 1 degrees of freedom.</param>
/// <param name="StandardizedCoefficient">Coefficient × sd(predictor) / sd(metric), each sd over the rows where that column (and the weight) has a value, as for <see cref="LinkageEffect.StandardizedTotal"/>: the link's strength on a common scale.</param>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record LinkageTerm(string MetricId, double Coefficient, double StandardError, double T, double P, double StandardizedCoefficient);
