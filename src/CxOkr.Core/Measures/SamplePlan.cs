using CxOkr.Journeys;

namespace CxOkr.Measures;

/// <summary>A sample-size plan: the responses a margin of error needs, or the margin a number of responses gives.</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record SamplePlan
{
    internal SamplePlan(PlanningAssumption assumption, PlanningOptions options, int? requiredN, double margin, int? n)
    {
        Metric = assumption.Metric;
        Variance = assumption.Variance;
        Confidence = options.Confidence;
        Population = options.Population;
        DesignEffect = options.DesignEffect;
        RequiredN = requiredN;
        Margin = margin;
        N = n;
    }

    /// <summary>The calculation planned for.</summary>
    public Calculation Metric { get; }

    /// <summary>The variance of one answer assumed (metric unit squared).</summary>
    public double Variance { get; }

    /// <summary>The confidence level.</summary>
    public double Confidence { get; }

    /// <summary>The population size, or null for an infinite population.</summary>
    public double? Population { get; }

    /// <summary>The design effect.</summary>
    public double DesignEffect { get; }

    /// <summary>The responses needed for the margin asked for; null when the plan was asked for the margin of given responses.</summary>
    public int? RequiredN { get; }

    /// <summary>The margin of error (half-width of the interval, in the metric's unit: points for NPS, top-box and proportion): the margin asked for, or the margin of <see cref="N"/> responses.</summary>
    public double Margin { get; }

    /// <summary>The responses the margin was computed for; null when the plan was asked for the required n.</summary>
    public int? N { get; }
}
