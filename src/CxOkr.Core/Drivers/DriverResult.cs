namespace CxOkr.Drivers;

/// <summary>Everything computed for one (non-aliased) driver: regression, correlation, relative importance, dominance and priority.</summary>
/// <remarks>
/// Formulas, with R = driver correlation matrix, r = driver-outcome correlations, β = R⁻¹r (standardised
/// coefficients) and R = VΛVᵀ: <c>first = r_j²</c>; <c>last = β_j² / (R⁻¹)_jj</c>; <c>betaSquared = β_j²</c>;
/// <c>pratt = β_j r_j</c> (Pratt 1987); <c>car = ω_j²</c> with ω = R^{-1/2} r (Zuber and Strimmer 2011);
/// <c>relativeWeight = Σ_k (R^{1/2})_jk² ω_k²</c> (Johnson 2000; equal to Genizi 1993 as computed by relaimpo);
/// <c>shapley</c> = LMG (Lindeman, Merenda and Gold 1980), the mean R² gain over all orderings (Grömping 2006).
/// See docs/key-drivers.md.
/// </remarks>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class DriverResult
{
    internal DriverResult()
    {
    }

    /// <summary>The driver's column name.</summary>
    public string Name { get; internal init; } = string.Empty;

    /// <summary>The (weighted) least-squares coefficient, as R's <c>lm</c> reports it.</summary>
    public double Coefficient { get; internal init; }

    /// <summary>Standard error of <see cref="Coefficient"/>.</summary>
    public double StandardError { get; internal init; }

    /// <summary>t statistic, coefficient over standard error.</summary>
    public double T { get; internal init; }

    /// <summary>Two-sided p-value of <see cref="T"/> on n − k − 1 degrees of freedom.</summary>
    public double P { get; internal init; }

    /// <summary>Standardised coefficient β = b · s_x / s_y.</summary>
    public double StandardizedCoefficient { get; internal init; }

    /// <summary>Weighted Pearson correlation with the outcome.</summary>
    public double Correlation { get; internal init; }

    /// <summary>Two-sided p-value of <see cref="Correlation"/>: t = r √((n − 2)/(1 − r²)) on n − 2 degrees of freedom, n = rows with positive weight.</summary>
    public double CorrelationP { get; internal init; }

    /// <summary>Spearman rank correlation with the outcome (average ranks for ties, unweighted), or <see langword="null"/> when computed from an accumulator.</summary>
    public double? SpearmanCorrelation { get; internal init; }

    /// <summary>Variance inflation factor, (R⁻¹)_jj; equals <c>car::vif</c>.</summary>
    public double Vif { get; internal init; }

    /// <summary>Weighted mean of the driver.</summary>
    public double Mean { get; internal init; }

    /// <summary>Weighted standard deviation (denominator Σw − Σw²/Σw, which is n − 1 without weights).</summary>
    public double StandardDeviation { get; internal init; }

    /// <summary>Shapley value = LMG = general dominance: mean R² gain of the driver over all orderings.</summary>
    public double Shapley { get; internal init; }

    /// <summary>Monte-Carlo standard error of <see cref="Shapley"/> when sampled; 0 when exact.</summary>
    public double ShapleyStandardError { get; internal init; }

    /// <summary><see cref="Shapley"/> as a share of R²: divided by the sum of all drivers' Shapley values (R² in exact arithmetic), so the shares sum to 1.</summary>
    public double ShapleyShare { get; internal init; }

    /// <summary>Shapley value with the sign of the full-model coefficient.</summary>
    public double SignedShapley { get; internal init; }

    /// <summary>Squared correlation with the outcome (R² of the driver alone).</summary>
    public double First { get; internal init; }

    /// <summary>R² lost when the driver is removed from the full model.</summary>
    public double Last { get; internal init; }

    /// <summary>Squared standardised coefficient.</summary>
    public double BetaSquared { get; internal init; }

    /// <summary>Pratt's measure, standardised coefficient times correlation (can be negative).</summary>
    public double Pratt { get; internal init; }

    /// <summary>Genizi's decomposition as relaimpo computes it (equal to <see cref="RelativeWeight"/>).</summary>
    public double Genizi { get; internal init; }

    /// <summary>Squared CAR score (Zuber and Strimmer 2011).</summary>
    public double Car { get; internal init; }

    /// <summary>Johnson's (2000) relative weight.</summary>
    public double RelativeWeight { get; internal init; }

    /// <summary><see cref="RelativeWeight"/> as a share of R²: divided by the sum of all drivers' relative weights (R² in exact arithmetic), so the shares sum to 1.</summary>
    public double RelativeWeightShare { get; internal init; }

    /// <summary>Conditional dominance: the mean R² gain of adding the driver to models of each size 0..k−1 (index = size).</summary>
    public IReadOnlyList<double> ConditionalDominance { get; internal init; } = System.Collections.ObjectModel.ReadOnlyCollection<double>.Empty;

    /// <summary>Performance on 0–100: the weighted mean rescaled from the scale, or the top-box percentage.</summary>
    public double Performance { get; internal init; }

    /// <summary>The priority-matrix quadrant from importance share and performance.</summary>
    public Quadrant Quadrant { get; internal init; }
}
