namespace CxOkr.Drivers;

/// <summary>One driver of a logistic or ordinal key-driver model: its coefficient, Wald test, odds ratio, Shapley share of McFadden's R² and place in the priority matrix.</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class OutcomeDriverEffect
{
    internal OutcomeDriverEffect()
    {
    }

    /// <summary>The driver's column name.</summary>
    public string Name { get; internal init; } = string.Empty;

    /// <summary>The coefficient b: the change in the log-odds of the event (logistic) or of a higher level (ordinal) per unit of the driver.</summary>
    public double Coefficient { get; internal init; }

    /// <summary>Standard error of <see cref="Coefficient"/>, from the inverse of the Fisher information.</summary>
    public double StandardError { get; internal init; }

    /// <summary>Wald statistic, coefficient over standard error.</summary>
    public double Z { get; internal init; }

    /// <summary>Two-sided p-value of <see cref="Z"/> under the standard normal distribution.</summary>
    public double P { get; internal init; }

    /// <summary>Odds ratio exp(b).</summary>
    public double OddsRatio { get; internal init; }

    /// <summary>Shapley value (general dominance) of McFadden's R²: the mean gain over all orderings of the drivers.</summary>
    public double Shapley { get; internal init; }

    /// <summary>Monte-Carlo standard error of <see cref="Shapley"/> when sampled; 0 when exact.</summary>
    public double ShapleyStandardError { get; internal init; }

    /// <summary><see cref="Shapley"/> over the sum of all drivers' Shapley values, so the shares sum to 1.</summary>
    public double ShapleyShare { get; internal init; }

    /// <summary>Weighted mean of the driver over the rows used.</summary>
    public double Mean { get; internal init; }

    /// <summary>Performance on 0–100: the mean rescaled from the scale (or the observed range), reversed (100 − it) for a driver whose lower values are better.</summary>
    public double Performance { get; internal init; }

    /// <summary>The priority-matrix quadrant from <see cref="ShapleyShare"/> and <see cref="Performance"/>.</summary>
    public Quadrant Quadrant { get; internal init; }
}
