namespace CxOkr.Drivers;

/// <summary>Settings of a <see cref="KeyDriverAnalyzer"/>, validated once when the analyzer is created.</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record KeyDriverOptions
{
    /// <summary>How Shapley values are computed. Default <see cref="ShapleyMethod.Auto"/>.</summary>
    public ShapleyMethod ShapleyMethod { get; init; } = ShapleyMethod.Auto;

    /// <summary>Largest number of drivers for which <see cref="ShapleyMethod.Auto"/> is exact. Default 30; at most 40.</summary>
    public int MaxExactDrivers { get; init; } = 30;

    /// <summary>
    /// Whether the exact pass also builds the complete dominance matrix (pairwise comparison of the gains of
    /// every two drivers on every subset, O(p²) more work per subset: about 8 times the time of the Shapley
    /// values alone at 20+ drivers, see docs/benchmarks.md). Default <see langword="false"/>: opt in when the
    /// matrix (<see cref="KeyDriverResult.CompleteDominance"/>) is wanted; Shapley values and conditional
    /// dominance do not depend on it. The programme report does not use the matrix, so it is only computed
    /// there when a host turns it on.
    /// </summary>
    public bool CompleteDominance { get; init; }

    /// <summary>Random orderings drawn by the sampling estimator. Default 20,000; at least 2.</summary>
    public int Permutations { get; init; } = 20_000;

    /// <summary>Seed of the sampling estimator; equal seeds give equal results for any thread count. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Threads used by the Shapley engine; −1 (default) uses all cores. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>
    /// A driver whose tolerance (1 − R² of the driver on the drivers before it) is below this value is
    /// reported as aliased and left out. Default 1e-10, i.e. a variance inflation factor above 10^10.
    /// </summary>
    /// <remarks>R's <c>lm</c> uses a QR tolerance of 1e-7 on column norms, i.e. 1e-14 on variances; we are
    /// stricter because the statistics come from the correlation matrix, whose rounding error is about
    /// 1e-16 times its condition number.</remarks>
    public double AliasTolerance { get; init; } = 1e-10;

    /// <summary>Lower end of the rating scale for performance (0–100); <see langword="null"/> (default) uses each driver's observed minimum.</summary>
    public double? ScaleMinimum { get; init; }

    /// <summary>Upper end of the rating scale for performance; <see langword="null"/> (default) uses each driver's observed maximum.</summary>
    public double? ScaleMaximum { get; init; }

    /// <summary>
    /// When set, performance is the weighted percentage of respondents rating a driver at or above this
    /// value (top-box share) instead of the rescaled mean. Needs raw rows (ignored for accumulator input).
    /// When <see cref="ScaleMinimum"/> and <see cref="ScaleMaximum"/> are given it must lie between them.
    /// </summary>
    public double? TopBoxThreshold { get; init; }

    /// <summary>
    /// Drivers whose lower values are better (a metric with <c>betterWhen</c> lower, such as hold time or transfers):
    /// their performance is reversed (100 minus the rescaled mean, or minus the top-box share), so that high
    /// performance is always good in the priority matrix. Default none.
    /// </summary>
    public IReadOnlyList<string> LowerIsBetterDrivers { get; init; } = [];

    /// <summary>Importance share splitting high from low in the priority matrix, in [0, 1] (0.2, not 20, for a fifth of R²); <see langword="null"/> (default) uses the mean share. A share equal to it up to rounding (1e-9 relative) is high.</summary>
    public double? ImportanceThreshold { get; init; }

    /// <summary>Performance splitting high from low in the priority matrix, in [0, 100]; <see langword="null"/> (default) uses the mean performance. A performance equal to it up to rounding (1e-9 relative) is high.</summary>
    public double? PerformanceThreshold { get; init; }

    /// <summary>Checks every setting, naming the first bad one.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(ShapleyMethod))
        {
            throw new ArgumentOutOfRangeException(nameof(ShapleyMethod), ShapleyMethod, "ShapleyMethod is not defined.");
        }

        if (MaxExactDrivers < 1 || MaxExactDrivers > 40)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxExactDrivers), MaxExactDrivers, "MaxExactDrivers must be in [1, 40].");
        }

        if (Permutations < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(Permutations), Permutations, "Permutations must be at least 2.");
        }

        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be -1 or positive.");
        }

        if (!(AliasTolerance > 0 && AliasTolerance < 0.1))
        {
            throw new ArgumentOutOfRangeException(nameof(AliasTolerance), AliasTolerance, "AliasTolerance must be in (0, 0.1).");
        }

        if (LowerIsBetterDrivers is null || LowerIsBetterDrivers.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("LowerIsBetterDrivers must not be null or hold a blank name.", nameof(LowerIsBetterDrivers));
        }

        CheckFinite(ScaleMinimum, nameof(ScaleMinimum));
        CheckFinite(ScaleMaximum, nameof(ScaleMaximum));
        CheckFinite(TopBoxThreshold, nameof(TopBoxThreshold));
        CheckFinite(ImportanceThreshold, nameof(ImportanceThreshold));
        CheckFinite(PerformanceThreshold, nameof(PerformanceThreshold));
        if (ScaleMinimum.HasValue != ScaleMaximum.HasValue)
        {
            throw new ArgumentException("ScaleMinimum and ScaleMaximum must be given together.", nameof(ScaleMaximum));
        }

        if (ScaleMinimum is { } lo && ScaleMaximum is { } hi)
        {
            if (!(hi > lo))
            {
                throw new ArgumentOutOfRangeException(nameof(ScaleMaximum), hi, $"ScaleMaximum ({hi}) must be above ScaleMinimum ({lo}).");
            }

            // A top-box threshold off the rating scale makes every driver's performance 0% or 100%.
            if (TopBoxThreshold is { } top && !(top >= lo && top <= hi))
            {
                throw new ArgumentOutOfRangeException(nameof(TopBoxThreshold), top, $"TopBoxThreshold ({top}) must lie on the rating scale [{lo}, {hi}] (ScaleMinimum, ScaleMaximum).");
            }
        }

        // An importance share is a fraction of R^2 (the shares sum to 1); 20 meaning 20% is the likely mistake.
        if (ImportanceThreshold is { } importance && !(importance >= 0 && importance <= 1))
        {
            var hint = importance > 1 && importance <= 100 ? $"; it looks like a percentage: for {importance}% write {importance / 100}" : string.Empty;
            throw new ArgumentOutOfRangeException(nameof(ImportanceThreshold), importance, $"ImportanceThreshold ({importance}) must be in [0, 1] (a share of R^2, as the shares sum to 1){hint}.");
        }

        // Performance is a rescaled mean or a top-box share, both on 0-100.
        if (PerformanceThreshold is { } performance && !(performance >= 0 && performance <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(PerformanceThreshold), performance, $"PerformanceThreshold ({performance}) must be in [0, 100]: performance is the mean rescaled to 0-100 or the top-box percentage.");
        }
    }

    private static void CheckFinite(double? value, string name)
    {
        if (value is { } v && !double.IsFinite(v))
        {
            throw new ArgumentOutOfRangeException(name, v, $"{name} must be a finite number.");
        }
    }
}
