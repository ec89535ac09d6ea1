namespace CxOkr.Measures;

/// <summary>Settings shared by the metric calculators; immutable and validated at construction.</summary>
public sealed class MeasureOptions
{
    /// <summary>The default minimum effective sample size below which (by more than rounding, 1e-9 relative) a result is flagged <see cref="MetricResult.LowSample"/>.</summary>
    public const double DefaultMinEffectiveN = 30;

    /// <summary>The defaults: 95% confidence, minimum n_eff 30, Wald NPS interval, reject out-of-range values.</summary>
    public static MeasureOptions Default { get; } = new();

    /// <summary>Creates options.</summary>
    /// <param name="confidence">Confidence level of intervals, strictly between 0 and 1; default 0.95.</param>
    /// <param name="minEffectiveN">Results with a smaller effective n (by more than rounding, 1e-9 relative) are flagged low-sample; finite and >= 0; default 30.</param>
    /// <param name="npsInterval">NPS interval method; default <see cref="NpsIntervalMethod.Wald"/>.</param>
    /// <param name="outOfRange">Out-of-range policy; default <see cref="OutOfRangePolicy.Reject"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its documented range.</exception>
    public MeasureOptions(
        double confidence = 0.95,
        double minEffectiveN = DefaultMinEffectiveN,
        NpsIntervalMethod npsInterval = NpsIntervalMethod.Wald,
        OutOfRangePolicy outOfRange = OutOfRangePolicy.Reject)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, $"confidence ({confidence}) must be strictly between 0 and 1.");
        }

        Confidence = confidence;
        MinEffectiveN = Utilities.Guard.NonNegative(minEffectiveN);
        NpsInterval = Utilities.Guard.Defined(npsInterval);
        OutOfRange = Utilities.Guard.Defined(outOfRange);
    }

    /// <summary>Confidence level of intervals (0.95 by default).</summary>
    public double Confidence { get; }

    /// <summary>Minimum effective n below which (by more than rounding, 1e-9 relative) a result is flagged low-sample (30 by default).</summary>
    public double MinEffectiveN { get; }

    /// <summary>NPS interval method.</summary>
    public NpsIntervalMethod NpsInterval { get; }

    /// <summary>Out-of-range policy.</summary>
    public OutOfRangePolicy OutOfRange { get; }
}
