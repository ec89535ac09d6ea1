using System.Globalization;

namespace CxOkr.Measures;

/// <summary>Settings of a sample-size plan, validated as the record is built.</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record PlanningOptions
{
    /// <summary>The defaults: 95% confidence, no finite population, design effect 1.</summary>
    public static PlanningOptions Default { get; } = new();

    /// <summary>Creates options.</summary>
    /// <param name="confidence">Confidence level, strictly between 0 and 1; default 0.95.</param>
    /// <param name="population">Size of the population sampled (Cochran's finite population correction), at least 2; null (default) for an infinite population.</param>
    /// <param name="designEffect">Design effect (variance inflation of the sampling design or weighting, e.g. Kish's n / n_eff), finite and above 0; default 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range (names it).</exception>
    public PlanningOptions(double confidence = 0.95, double? population = null, double designEffect = 1)
    {
        Confidence = new MeasureOptions(confidence).Confidence;
        if (population is { } size && !(size >= 2 && double.IsFinite(size)))
        {
            throw new ArgumentOutOfRangeException(nameof(population), population, string.Create(CultureInfo.InvariantCulture, $"population ({size}) must be a finite number of at least 2."));
        }

        Population = population;
        if (!(designEffect > 0) || !double.IsFinite(designEffect))
        {
            throw new ArgumentOutOfRangeException(nameof(designEffect), designEffect, string.Create(CultureInfo.InvariantCulture, $"designEffect ({designEffect}) must be a finite number above 0."));
        }

        DesignEffect = designEffect;
    }

    /// <summary>Confidence level of the margin.</summary>
    public double Confidence { get; }

    /// <summary>Size of the population, or null for an infinite one.</summary>
    public double? Population { get; }

    /// <summary>Design effect multiplying the variance.</summary>
    public double DesignEffect { get; }
}
