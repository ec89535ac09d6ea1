using CxOkr.Data;

namespace CxOkr.Drivers;

/// <summary>The immutable outcome of a key-driver analysis: sample, model fit, per-driver statistics and dominance.</summary>
/// <remarks>Weights are treated as R's <c>lm</c> treats them (analytic/precision weights): residual degrees of
/// freedom are n − k − 1 with n the rows of positive weight. Aliased drivers are listed in
/// <see cref="AliasedDrivers"/> and left out of everything else.</remarks>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class KeyDriverResult
{
    internal KeyDriverResult()
    {
    }

    /// <summary>The outcome column.</summary>
    public string Outcome { get; internal init; } = string.Empty;

    /// <summary>The weight column, or <see langword="null"/>.</summary>
    public string? Weight { get; internal init; }

    /// <summary>Rows read and used, and why rows were dropped; <see langword="null"/> for accumulator input.</summary>
    public ListwiseDeletion? Rows { get; internal init; }

    /// <summary>Rows used (positive weight, complete).</summary>
    public long NUsed { get; internal init; }

    /// <summary>Sum of the weights, each divided by the largest used weight (so no result depends on the weights' scale; unweighted: the row count).</summary>
    public double SumOfWeights { get; internal init; }

    /// <summary>Kish's effective sample size (Σw)²/Σw².</summary>
    public double EffectiveN { get; internal init; }

    /// <summary>Weighted mean of the outcome.</summary>
    public double OutcomeMean { get; internal init; }

    /// <summary>Weighted standard deviation of the outcome.</summary>
    public double OutcomeStandardDeviation { get; internal init; }

    /// <summary>Coefficient of determination.</summary>
    public double RSquared { get; internal init; }

    /// <summary>Adjusted R², 1 − (1 − R²)(n − 1)/(n − k − 1).</summary>
    public double AdjustedRSquared { get; internal init; }

    /// <summary>Overall F statistic on k and n − k − 1 degrees of freedom.</summary>
    public double FStatistic { get; internal init; }

    /// <summary>p-value of <see cref="FStatistic"/>.</summary>
    public double FPValue { get; internal init; }

    /// <summary>Residual degrees of freedom, n − k − 1.</summary>
    public long ResidualDegreesOfFreedom { get; internal init; }

    /// <summary>Residual standard error (R's "sigma").</summary>
    public double ResidualStandardError { get; internal init; }

    /// <summary>Intercept of the fitted model.</summary>
    public double Intercept { get; internal init; }

    /// <summary>2-norm condition number of the centred, unit-scaled design, √(λmax/λmin) of the driver correlation matrix (1 with one driver).</summary>
    public double ConditionNumber { get; internal init; }

    /// <summary>Drivers left out as exactly or nearly collinear with earlier drivers, or constant, by name.</summary>
    public IReadOnlyList<string> AliasedDrivers { get; internal init; } = System.Collections.ObjectModel.ReadOnlyCollection<string>.Empty;

    /// <summary>The analysed drivers in the order given (aliased ones removed).</summary>
    public IReadOnlyList<DriverResult> Drivers { get; internal init; } = System.Collections.ObjectModel.ReadOnlyCollection<DriverResult>.Empty;

    /// <summary>Names of the rows/columns of <see cref="CorrelationMatrix"/>: the outcome, then the analysed drivers.</summary>
    public IReadOnlyList<string> CorrelationVariables { get; internal init; } = System.Collections.ObjectModel.ReadOnlyCollection<string>.Empty;

    /// <summary>Weighted Pearson correlation matrix of the outcome and the analysed drivers.</summary>
    public IReadOnlyList<IReadOnlyList<double>> CorrelationMatrix { get; internal init; } = System.Collections.ObjectModel.ReadOnlyCollection<IReadOnlyList<double>>.Empty;

    /// <summary>
    /// Complete dominance: entry [i][j] is 1 when driver i adds at least as much R² as driver j to every
    /// subset of the other drivers (and more to some), 0 when j dominates i, 0.5 when undetermined
    /// (Azen and Budescu 2003). Empty when Shapley values were sampled or <see cref="KeyDriverOptions.CompleteDominance"/> is off.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>> CompleteDominance { get; internal init; } = System.Collections.ObjectModel.ReadOnlyCollection<IReadOnlyList<double>>.Empty;

    /// <summary>Whether Shapley values are exact (all subsets) rather than sampled.</summary>
    public bool ShapleyExact { get; internal init; }

    /// <summary>Random orderings used when sampled; 0 when exact.</summary>
    public int ShapleyPermutations { get; internal init; }

    /// <summary>Importance share splitting high from low importance in the priority matrix.</summary>
    public double ImportanceThreshold { get; internal init; }

    /// <summary>Performance splitting high from low performance in the priority matrix.</summary>
    public double PerformanceThreshold { get; internal init; }
}
