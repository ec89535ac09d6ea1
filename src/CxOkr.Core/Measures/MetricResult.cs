using CxOkr.Journeys;

namespace CxOkr.Measures;

/// <summary>
/// A computed metric with its uncertainty: sample sizes, value, standard error, interval and a low-sample
/// flag. Never holds NaN or infinity: quantities that cannot be estimated are null, as documented per member.
/// </summary>
public sealed record MetricResult
{
    internal MetricResult(
        Calculation metric,
        int n,
        double effectiveN,
        double value,
        double? standardError,
        double? lower,
        double? upper,
        double confidence,
        double minEffectiveN,
        string? intervalMethod,
        NpsBreakdown? nps = null)
    {
        Metric = metric;
        N = n;
        EffectiveN = effectiveN;
        Value = value;
        StandardError = standardError is { } se && double.IsFinite(se) ? se : null;
        var hasInterval = lower is { } l && upper is { } u && double.IsFinite(l) && double.IsFinite(u);
        Lower = hasInterval ? lower : null;
        Upper = hasInterval ? upper : null;
        Confidence = confidence;
        LowSample = !Utilities.Boundary.AtLeast(effectiveN, minEffectiveN);
        IntervalMethod = hasInterval ? intervalMethod : null;
        Nps = nps;
    }

    /// <summary>The calculation that produced the result.</summary>
    public Calculation Metric { get; }

    /// <summary>The metric definition's id when computed from responses; null from raw observations.</summary>
    public string? MetricId { get; private init; }

    /// <summary>The period and segment covered, or null for an ungrouped result.</summary>
    public ResultGroup? Group { get; private init; }

    /// <summary>Number of values used.</summary>
    public int N { get; }

    /// <summary>Kish effective sample size (sum w)^2 / sum w^2; equals <see cref="N"/> when all weights are equal.</summary>
    public double EffectiveN { get; }

    /// <summary>
    /// The estimate: NPS in [-100, 100], top-box and proportion in percent, mean, median, weighted sum or
    /// weighted count in the metric's unit.
    /// </summary>
    public double Value { get; }

    /// <summary>Standard error of <see cref="Value"/>; null for median, sum and count, and for a mean of one value.</summary>
    public double? StandardError { get; }

    /// <summary>Lower bound of the interval; null when no interval can be given (see <see cref="StandardError"/>, and medians of weighted or too few values).</summary>
    public double? Lower { get; }

    /// <summary>Upper bound of the interval; null exactly when <see cref="Lower"/> is.</summary>
    public double? Upper { get; }

    /// <summary>The confidence level the interval was computed for.</summary>
    public double Confidence { get; }

    /// <summary>True when <see cref="EffectiveN"/> is below the configured minimum (30 by default) by more than rounding (1e-9 relative).</summary>
    public bool LowSample { get; }

    /// <summary>
    /// The interval method: <c>wald</c>, <c>adjustedWald</c>, <c>wilson</c>, <c>studentT</c> or
    /// <c>binomialOrderStatistics</c>; null when there is no interval.
    /// </summary>
    public string? IntervalMethod { get; }

    /// <summary>The Net Promoter groups, for NPS results only; otherwise null.</summary>
    public NpsBreakdown? Nps { get; }

    /// <summary>Number of out-of-range values left out under <see cref="OutOfRangePolicy.Exclude"/>; 0 otherwise.</summary>
    public int Excluded { get; private init; }

    internal MetricResult WithContext(string? metricId, ResultGroup? group, int excluded) =>
        this with { MetricId = metricId, Group = group, Excluded = excluded };
}
