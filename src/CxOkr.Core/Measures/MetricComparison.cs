using CxOkr.Journeys;

namespace CxOkr.Measures;

/// <summary>
/// Compares two results of the same calculation from independent samples (two periods, two segments): the one
/// place a difference is tested. <see cref="CompareSegments"/> and <see cref="ComparePeriods"/> build the pairs
/// of a grouped run on top of it and adjust their p-values (<see cref="PValueAdjuster"/>).
/// </summary>
/// <remarks>
/// NPS, top-box and proportion: normal (z) test on the difference, SE = sqrt(SE1^2 + SE2^2),
/// p = 2 (1 - Phi(|d| / SE)), interval d +- z_(1-a/2) SE (for NPS the test of Rocks (2016) section 4, with each
/// group's adjusted-Wald estimate and variance when the results were computed with
/// <see cref="NpsIntervalMethod.AdjustedWald"/>). Mean: Welch's (1947) t test as R's <c>t.test(a, b)</c>,
/// t = d / SE, Welch-Satterthwaite df = (v1 + v2)^2 / (v1^2 / (n1 - 1) + v2^2 / (n2 - 1)) with v = SE^2,
/// p = 2 P(T_df &gt; |t|), interval d +- t_(df, 1-a/2) SE. With weights each group's n is its Kish effective
/// n and its SE the weighted one of <see cref="MetricCalculator.Mean"/> (sqrt(s_w^2 / n_eff), s_w^2 the
/// weighted variance times n_eff / (n_eff - 1)), so equal weights give R's numbers exactly. The samples must be
/// independent: comparing overlapping periods, or a segment with the total that contains it, understates the
/// standard error.
/// </remarks>
/// <threadsafety>Thread-safe: static and stateless.</threadsafety>
public static partial class MetricComparison
{
    /// <summary>Compares <paramref name="first"/> with <paramref name="second"/> (difference = first - second).</summary>
    /// <param name="first">The first result.</param>
    /// <param name="second">The second result, of the same calculation and the same metric.</param>
    /// <param name="confidence">Confidence level of the difference's interval, strictly between 0 and 1; default 0.95.</param>
    /// <returns>The comparison.</returns>
    /// <remarks>Means are compared by Welch's t test, the others by a z test (see the class remarks).</remarks>
    /// <exception cref="ArgumentException">The calculations differ, both results name a metric (<see cref="MetricResult.MetricId"/>) and the ids differ, or a result has no standard error (median, sum, count, a mean of one value).</exception>
    /// <remarks>
    /// Precondition the results cannot check: both must measure the same thing the same way. A result
    /// computed from raw observations (<see cref="MetricCalculator"/>) has no <see cref="MetricResult.MetricId"/>,
    /// so two such results, or one of them and a metric's result, are compared on the caller's word; and a
    /// result does not record its top-box threshold, so two top-box results must come from the same threshold
    /// (for results of one metric definition they do). Comparing a top-4 share with a top-5 share, or two
    /// different 1-5 questions given as raw observations, returns a difference that means nothing.
    /// </remarks>
    public static ResultComparison Compare(MetricResult first, MetricResult second, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Metric != second.Metric)
        {
            throw new ArgumentException($"cannot compare a {Name(first.Metric)} result with a {Name(second.Metric)} result.", nameof(second));
        }

        if (first.MetricId is { } firstId && second.MetricId is { } secondId && !string.Equals(firstId, secondId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"cannot compare a result of metric '{firstId}' with a result of metric '{secondId}'; compare results of one metric (two periods or two segments).", nameof(second));
        }

        var se1 = first.StandardError ?? throw new ArgumentException($"the first {Name(first.Metric)} result has no standard error to compare with.", nameof(first));
        var se2 = second.StandardError ?? throw new ArgumentException($"the second {Name(second.Metric)} result has no standard error to compare with.", nameof(second));
        return first.Metric == Calculation.Mean
            ? CompareMeans(first.Value, se1, first.EffectiveN, second.Value, se2, second.EffectiveN, confidence)
            : Compare(first.Value, se1, second.Value, se2, confidence);
    }

    /// <summary>Compares two estimates given by value and standard error (difference = first - second).</summary>
    /// <param name="firstValue">First estimate, finite.</param>
    /// <param name="firstStandardError">Its standard error, finite and >= 0.</param>
    /// <param name="secondValue">Second estimate, finite.</param>
    /// <param name="secondStandardError">Its standard error, finite and >= 0.</param>
    /// <param name="confidence">Confidence level, strictly between 0 and 1; default 0.95.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">A number is outside its range.</exception>
    public static ResultComparison Compare(double firstValue, double firstStandardError, double secondValue, double secondStandardError, double confidence = 0.95)
    {
        Utilities.Guard.Finite(firstValue);
        Utilities.Guard.NonNegative(firstStandardError);
        Utilities.Guard.Finite(secondValue);
        Utilities.Guard.NonNegative(secondStandardError);
        var z = Quantiles.Normal(new MeasureOptions(confidence).Confidence);
        var difference = firstValue - secondValue;
        var se = Math.Sqrt((firstStandardError * firstStandardError) + (secondStandardError * secondStandardError));
        double? statistic = se > 0 ? difference / se : null;
        var p = statistic is { } s ? Quantiles.TwoSidedP(s) : (difference == 0 ? 1 : 0);
        return new ResultComparison(difference, se, statistic, p, difference - (z * se), difference + (z * se), confidence);
    }

    /// <summary>Welch's t test of two means given by value, standard error and (effective) sample size (difference = first - second).</summary>
    /// <param name="firstMean">First mean, finite.</param>
    /// <param name="firstStandardError">Its standard error, finite and >= 0.</param>
    /// <param name="firstN">Its (effective) sample size, above 1.</param>
    /// <param name="secondMean">Second mean, finite.</param>
    /// <param name="secondStandardError">Its standard error, finite and >= 0.</param>
    /// <param name="secondN">Its (effective) sample size, above 1.</param>
    /// <param name="confidence">Confidence level, strictly between 0 and 1; default 0.95.</param>
    /// <returns>The comparison with <see cref="ResultComparison.DegreesOfFreedom"/> set (null when both standard errors are 0).</returns>
    /// <exception cref="ArgumentException">A number is outside its range.</exception>
    /// <exception cref="NumericRangeException">The t quantile cannot be computed (degrees of freedom far below 1).</exception>
    public static ResultComparison CompareMeans(double firstMean, double firstStandardError, double firstN, double secondMean, double secondStandardError, double secondN, double confidence = 0.95)
    {
        Utilities.Guard.Finite(firstMean);
        Utilities.Guard.NonNegative(firstStandardError);
        Utilities.Guard.Finite(secondMean);
        Utilities.Guard.NonNegative(secondStandardError);
        CheckN(firstN, nameof(firstN));
        CheckN(secondN, nameof(secondN));
        confidence = new MeasureOptions(confidence).Confidence;
        var difference = firstMean - secondMean;
        var v1 = firstStandardError * firstStandardError;
        var v2 = secondStandardError * secondStandardError;
        var variance = v1 + v2;
        var se = Math.Sqrt(variance);
        if (!(se > 0))
        {
            return new ResultComparison(difference, 0, null, difference == 0 ? 1 : 0, difference, difference, confidence);
        }

        var df = variance * variance / ((v1 * v1 / (firstN - 1)) + (v2 * v2 / (secondN - 1)));
        var t = difference / se;
        var q = Quantiles.StudentT(confidence, df);
        if (!double.IsFinite(q) || !double.IsFinite(df))
        {
            throw new NumericRangeException($"Welch's t interval cannot be computed on {df} degrees of freedom; the groups' effective sizes are too small.");
        }

        return new ResultComparison(difference, se, t, Quantiles.TwoSidedT(t, df), difference - (q * se), difference + (q * se), confidence, df);
    }

    private static void CheckN(double n, string name)
    {
        if (!(n > 1) || !double.IsFinite(n))
        {
            throw new ArgumentOutOfRangeException(name, n, $"{name} ({n}) must be a finite number above 1: a mean needs at least 2 answers to compare.");
        }
    }

    private static string Name(Calculation calculation) => calculation.ToString().ToLowerInvariant();
}
