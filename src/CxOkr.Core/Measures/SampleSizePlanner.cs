using System.Globalization;

namespace CxOkr.Measures;

/// <summary>
/// Plans a key result's measurement: the responses a margin of error needs, the margin a number of responses
/// gives, and the smallest change between two periods that the responses can tell from noise.
/// </summary>
/// <remarks>
/// With z = z_(1-a/2) and per-answer variance V (<see cref="PlanningAssumption"/>):
/// n0 = z^2 V DEFF / M^2; required n = ceil(n0), or with a population N (Cochran (1977), Sampling Techniques,
/// 3rd ed., section 4.4) ceil(n0 / (1 + (n0 - 1) / N)). The margin of n responses is z sqrt(V DEFF / n), times
/// sqrt((N - n) / (N - 1)) with a population, the exact inverse, so the required n gives a margin of at most M.
/// The smallest detectable change between two independent periods of n responses each is
/// z sqrt(2 V DEFF / n): the half-width of <see cref="MetricComparison"/>'s interval of their difference, so a
/// target change below it cannot be told from sampling noise at that confidence.
/// </remarks>
/// <threadsafety>Thread-safe: static and stateless.</threadsafety>
public static class SampleSizePlanner
{
    /// <summary>The responses needed for a margin of error of <paramref name="margin"/>.</summary>
    /// <param name="assumption">The metric and the variance of one answer.</param>
    /// <param name="margin">The margin wanted, in the metric's unit (points for NPS, top-box and proportion); finite and above 0.</param>
    /// <param name="options">Confidence, population and design effect; null for the defaults.</param>
    /// <returns>The plan with <see cref="SamplePlan.RequiredN"/> set (at least 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The margin is not a finite number above 0 (names it).</exception>
    /// <exception cref="NumericRangeException">The required n exceeds what an int holds.</exception>
    public static SamplePlan RequiredN(PlanningAssumption assumption, double margin, PlanningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(assumption);
        options ??= PlanningOptions.Default;
        if (!(margin > 0) || !double.IsFinite(margin))
        {
            throw new ArgumentOutOfRangeException(nameof(margin), margin, string.Create(CultureInfo.InvariantCulture, $"margin ({margin}) must be a finite number above 0."));
        }

        var z = Quantiles.Normal(options.Confidence);
        var n0 = z * z * assumption.Variance * options.DesignEffect / (margin * margin);
        var n = options.Population is { } population ? n0 / (1 + ((n0 - 1) / population)) : n0;
        var required = Math.Max(1, Math.Ceiling(n));
        if (!(required <= int.MaxValue))
        {
            throw new NumericRangeException(string.Create(CultureInfo.InvariantCulture, $"a margin of {margin} needs {n:G4} responses, more than can be planned."));
        }

        return new SamplePlan(assumption, options, (int)required, margin, null);
    }

    /// <summary>The margin of error of <paramref name="n"/> responses.</summary>
    /// <param name="assumption">The metric and the variance of one answer.</param>
    /// <param name="n">The responses, at least 1 (and at most the population when one is given).</param>
    /// <param name="options">Confidence, population and design effect; null for the defaults.</param>
    /// <returns>The plan with <see cref="SamplePlan.N"/> and <see cref="SamplePlan.Margin"/> set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">n is below 1 or above the population (names it).</exception>
    public static SamplePlan MarginOfError(PlanningAssumption assumption, int n, PlanningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(assumption);
        options ??= PlanningOptions.Default;
        if (n < 1 || (options.Population is { } population && n > population))
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, string.Create(CultureInfo.InvariantCulture, $"n ({n}) must be at least 1{(options.Population is { } p ? $" and at most the population ({p})" : string.Empty)}."));
        }

        var z = Quantiles.Normal(options.Confidence);
        var margin = z * Math.Sqrt(assumption.Variance * options.DesignEffect / n);
        if (options.Population is { } size)
        {
            margin *= Math.Sqrt((size - n) / (size - 1));
        }

        return new SamplePlan(assumption, options, null, margin, n);
    }

    /// <summary>The smallest change between two independent periods of <paramref name="responsesPerPeriod"/> responses each that differs from sampling noise: z sqrt(2 V DEFF / n).</summary>
    /// <param name="assumption">The metric and the variance of one answer.</param>
    /// <param name="responsesPerPeriod">The responses (or effective responses) expected per period, finite and above 0.</param>
    /// <param name="options">Confidence and design effect (a population is not used); null for the defaults.</param>
    /// <returns>The change, in the metric's unit (points for NPS, top-box and proportion), >= 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The responses are not a finite number above 0.</exception>
    public static double SmallestDetectableChange(PlanningAssumption assumption, double responsesPerPeriod, PlanningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(assumption);
        options ??= PlanningOptions.Default;
        if (!(responsesPerPeriod > 0) || !double.IsFinite(responsesPerPeriod))
        {
            throw new ArgumentOutOfRangeException(nameof(responsesPerPeriod), responsesPerPeriod, string.Create(CultureInfo.InvariantCulture, $"responsesPerPeriod ({responsesPerPeriod}) must be a finite number above 0."));
        }

        return Quantiles.Normal(options.Confidence) * Math.Sqrt(2 * assumption.Variance * options.DesignEffect / responsesPerPeriod);
    }

    /// <summary>The smallest detectable change when the next period has the responses and spread of <paramref name="period"/>: the variance and volume are the result's (SE^2 n_eff and n_eff, weights included).</summary>
    /// <param name="period">The last period's result of an NPS, top-box, proportion or mean metric.</param>
    /// <param name="confidence">Confidence level; default 0.95.</param>
    /// <returns>z sqrt(2) SE.</returns>
    /// <exception cref="ArgumentException">The result has no standard error or is of another calculation.</exception>
    public static double SmallestDetectableChange(MetricResult period, double confidence = 0.95)
    {
        var assumption = PlanningAssumption.FromResult(period);
        return SmallestDetectableChange(assumption, period.EffectiveN, new PlanningOptions(confidence));
    }
}
