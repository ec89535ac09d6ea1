namespace CxOkr.Measures;

/// <summary>
/// Settings shared by the metric calculators. An immutable record validated as it is built: the constructor and
/// each <c>init</c> (so also <c>with</c>: <c>options with { Confidence = 0.9 }</c>) refuse an out-of-range value.
/// </summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record MeasureOptions
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
        _confidence = CheckConfidence(confidence, nameof(confidence));
        _minEffectiveN = Utilities.Guard.NonNegative(minEffectiveN);
        _npsInterval = Utilities.Guard.Defined(npsInterval);
        _outOfRange = Utilities.Guard.Defined(outOfRange);
    }

    /// <summary>Confidence level of intervals (0.95 by default), strictly between 0 and 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside (0, 1) or to NaN.</exception>
    public double Confidence
    {
        get => _confidence;
        init => _confidence = CheckConfidence(value, nameof(Confidence));
    }

    /// <summary>Minimum effective n below which (by more than rounding, 1e-9 relative) a result is flagged low-sample (30 by default); finite and >= 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative or non-finite value.</exception>
    public double MinEffectiveN
    {
        get => _minEffectiveN;
        init => _minEffectiveN = Utilities.Guard.NonNegative(value, nameof(MinEffectiveN));
    }

    /// <summary>NPS interval method (<see cref="NpsIntervalMethod.Wald"/> by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public NpsIntervalMethod NpsInterval
    {
        get => _npsInterval;
        init => _npsInterval = Utilities.Guard.Defined(value, nameof(NpsInterval));
    }

    /// <summary>Out-of-range policy (<see cref="OutOfRangePolicy.Reject"/> by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public OutOfRangePolicy OutOfRange
    {
        get => _outOfRange;
        init => _outOfRange = Utilities.Guard.Defined(value, nameof(OutOfRange));
    }

    private static double CheckConfidence(double confidence, string name)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(name, confidence, $"MeasureOptions.Confidence ({confidence}) must be strictly between 0 and 1.");
        }

        return confidence;
    }

    private readonly double _confidence;
    private readonly double _minEffectiveN;
    private readonly NpsIntervalMethod _npsInterval;
    private readonly OutOfRangePolicy _outOfRange;
}
