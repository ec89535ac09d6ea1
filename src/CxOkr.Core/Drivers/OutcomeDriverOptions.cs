namespace CxOkr.Drivers;

/// <summary>Settings of an <see cref="OutcomeDriverAnalyzer"/> (logistic and ordinal key-driver models), validated once when the analyzer is created.</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record OutcomeDriverOptions
{
    /// <summary>Largest exact limit accepted (2^20 subset fits).</summary>
    public const int MaxExactLimit = 20;

    /// <summary>How Shapley values are computed: <see cref="ShapleyMethod.Auto"/> (default) is exact up to <see cref="ExactLimit"/> drivers and sampled above.</summary>
    public ShapleyMethod ShapleyMethod { get; init; } = ShapleyMethod.Auto;

    /// <summary>Largest number of drivers for which Shapley values are exact (2^p − 1 model fits). Default 12; at most <see cref="MaxExactLimit"/>.</summary>
    public int ExactLimit { get; init; } = 12;

    /// <summary>Random orderings drawn by the sampling estimator (each subset met is fitted once). Default 2,000; at least 2.</summary>
    public int Permutations { get; init; } = 2_000;

    /// <summary>Seed of the sampling estimator; equal seeds give equal results for any thread count. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Threads used for the subset fits; −1 (default) uses all cores. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Iteration limit of each fit (IRLS or Newton). Default 25, as R's <c>glm.control</c>.</summary>
    public int MaxIterations { get; init; } = 25;

    /// <summary>
    /// When true, separation and non-convergence give a result flagged with <see cref="OutcomeDriverResult.Problem"/>
    /// (its numbers those of the last iteration) instead of a <see cref="ModelFitException"/>. Default false.
    /// </summary>
    public bool AllowPartialResult { get; init; }

    /// <summary>Lower end of the drivers' rating scale for performance (0–100); <see langword="null"/> (default) uses each driver's observed minimum.</summary>
    public double? ScaleMinimum { get; init; }

    /// <summary>Upper end of the drivers' rating scale; <see langword="null"/> (default) uses each driver's observed maximum.</summary>
    public double? ScaleMaximum { get; init; }

    /// <summary>Drivers whose lower values are better (a metric with <c>betterWhen</c> lower, such as effort): their performance axis is reversed.</summary>
    public IReadOnlyList<string> LowerIsBetterDrivers { get; init; } = [];

    /// <summary>Importance share splitting high from low in the priority matrix, in [0, 1]; <see langword="null"/> (default) uses 1/p.</summary>
    public double? ImportanceThreshold { get; init; }

    /// <summary>Performance splitting high from low in the priority matrix, in [0, 100]; <see langword="null"/> (default) uses the mean performance.</summary>
    public double? PerformanceThreshold { get; init; }

    /// <summary>Checks every setting, naming the first bad one.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (!Enum.IsDefined(ShapleyMethod))
        {
            throw new ArgumentOutOfRangeException(nameof(ShapleyMethod), ShapleyMethod, "ShapleyMethod is not defined.");
        }

        if (ExactLimit < 1 || ExactLimit > MaxExactLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(ExactLimit), ExactLimit, $"ExactLimit must be in [1, {MaxExactLimit}].");
        }

        if (Permutations < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(Permutations), Permutations, "Permutations must be at least 2.");
        }

        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be -1 or positive.");
        }

        if (MaxIterations < 1 || MaxIterations > 10_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "MaxIterations must be in [1, 10000].");
        }

        if (LowerIsBetterDrivers is null || LowerIsBetterDrivers.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("LowerIsBetterDrivers must not be null or hold a blank name.", nameof(LowerIsBetterDrivers));
        }

        foreach (var (value, name) in new[] { (ScaleMinimum, nameof(ScaleMinimum)), (ScaleMaximum, nameof(ScaleMaximum)), (ImportanceThreshold, nameof(ImportanceThreshold)), (PerformanceThreshold, nameof(PerformanceThreshold)) })
        {
            if (value is { } v && !double.IsFinite(v))
            {
                throw new ArgumentOutOfRangeException(name, v, $"{name} must be a finite number.");
            }
        }

        if (ScaleMinimum.HasValue != ScaleMaximum.HasValue || (ScaleMinimum is { } lo && ScaleMaximum is { } hi && !(hi > lo)))
        {
            throw new ArgumentException("ScaleMinimum and ScaleMaximum must be given together, maximum above minimum.", nameof(ScaleMaximum));
        }

        if (ImportanceThreshold is { } importance && !(importance >= 0 && importance <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ImportanceThreshold), importance, "ImportanceThreshold must be in [0, 1] (a share; the shares sum to 1).");
        }

        if (PerformanceThreshold is { } performance && !(performance >= 0 && performance <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(PerformanceThreshold), performance, "PerformanceThreshold must be in [0, 100].");
        }
    }
}
