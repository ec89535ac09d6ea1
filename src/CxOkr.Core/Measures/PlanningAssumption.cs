using System.Globalization;
using CxOkr.Journeys;

namespace CxOkr.Measures;

/// <summary>
/// What a sample-size plan assumes about one respondent's answer: the metric and the variance of one answer in
/// the metric's unit squared (points^2 for NPS, top-box and proportion). Build it with <see cref="Nps"/>,
/// <see cref="Proportion"/> or <see cref="Mean"/>, which validate their inputs.
/// </summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record PlanningAssumption
{
    private PlanningAssumption(Calculation metric, double variance)
    {
        Metric = metric;
        Variance = variance;
    }

    /// <summary>The calculation planned for: <see cref="Calculation.Nps"/>, <see cref="Calculation.TopBox"/>, <see cref="Calculation.Proportion"/> or <see cref="Calculation.Mean"/>.</summary>
    public Calculation Metric { get; }

    /// <summary>The variance of one respondent's contribution in the metric's unit squared: 10^4 (P + D - (P - D)^2), 10^4 p (1 - p) or S^2.</summary>
    public double Variance { get; }

    /// <summary>NPS with expected shares of promoters and detractors: variance 10^4 (P + D - (P - D)^2) points^2.</summary>
    /// <param name="promoters">Expected share of promoters, in [0, 1].</param>
    /// <param name="detractors">Expected share of detractors, in [0, 1], with <paramref name="promoters"/> + <paramref name="detractors"/> &lt;= 1.</param>
    /// <returns>The assumption.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A share is outside [0, 1] or NaN (names it), or the two add up to more than 1 (names <paramref name="detractors"/>).</exception>
    public static PlanningAssumption Nps(double promoters, double detractors)
    {
        Share(promoters, nameof(promoters));
        Share(detractors, nameof(detractors));
        if (promoters + detractors > 1 + 1e-12)
        {
            throw new ArgumentOutOfRangeException(nameof(detractors), detractors, string.Create(CultureInfo.InvariantCulture, $"promoters ({promoters}) and detractors ({detractors}) add up to more than 1."));
        }

        var net = promoters - detractors;
        return new PlanningAssumption(Calculation.Nps, 1e4 * Math.Max(0, promoters + detractors - (net * net)));
    }

    /// <summary>A top-box share or a proportion p: variance 10^4 p (1 - p) points^2.</summary>
    /// <param name="proportion">Expected share, in [0, 1].</param>
    /// <param name="metric"><see cref="Calculation.Proportion"/> (default) or <see cref="Calculation.TopBox"/>.</param>
    /// <returns>The assumption.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The share is outside [0, 1] or NaN, or the metric is neither a proportion nor a top-box share.</exception>
    public static PlanningAssumption Proportion(double proportion, Calculation metric = Calculation.Proportion)
    {
        Share(proportion, nameof(proportion));
        if (metric is not (Calculation.Proportion or Calculation.TopBox))
        {
            throw new ArgumentOutOfRangeException(nameof(metric), metric, "a share is planned for a proportion or a top-box metric.");
        }

        return new PlanningAssumption(metric, 1e4 * proportion * (1 - proportion));
    }

    /// <summary>A mean with an expected standard deviation S of one answer: variance S^2.</summary>
    /// <param name="standardDeviation">S, finite and above 0.</param>
    /// <returns>The assumption.</returns>
    /// <exception cref="ArgumentOutOfRangeException">S is not a finite number above 0.</exception>
    public static PlanningAssumption Mean(double standardDeviation)
    {
        if (!(standardDeviation > 0) || !double.IsFinite(standardDeviation * standardDeviation))
        {
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation, $"standardDeviation ({standardDeviation}) must be a finite number above 0.");
        }

        return new PlanningAssumption(Calculation.Mean, standardDeviation * standardDeviation);
    }

    /// <summary>The assumption a period's result implies: its metric and the variance of one answer, SE^2 x n_eff (weights included).</summary>
    /// <param name="result">An NPS, top-box, proportion or mean result with a standard error.</param>
    /// <returns>The assumption.</returns>
    /// <exception cref="ArgumentException">The result is of another calculation or has no standard error.</exception>
    public static PlanningAssumption FromResult(MetricResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Metric is not (Calculation.Nps or Calculation.TopBox or Calculation.Proportion or Calculation.Mean) || result.StandardError is not { } se)
        {
            throw new ArgumentException($"a {result.Metric} result without a standard error implies no variance to plan with.", nameof(result));
        }

        return new PlanningAssumption(result.Metric, se * se * result.EffectiveN);
    }

    private static void Share(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} ({value}) must be a share in [0, 1]."));
        }
    }
}
