using CxOkr.Journeys;

namespace CxOkr.Measures;

/// <summary>Compares two results of the same calculation from independent samples (two periods, two segments).</summary>
/// <remarks>
/// Normal (z) test on the difference: SE = sqrt(SE1^2 + SE2^2), p = 2 (1 - Phi(|d| / SE)). The samples must
/// be independent: comparing overlapping periods, or a segment with the total that contains it, understates
/// the standard error. For NPS this is the test of Rocks (2016) section 4.
/// </remarks>
/// <threadsafety>Thread-safe: static and stateless.</threadsafety>
public static class MetricComparison
{
    /// <summary>Compares <paramref name="first"/> with <paramref name="second"/> (difference = first - second).</summary>
    /// <param name="first">The first result.</param>
    /// <param name="second">The second result, of the same calculation and the same metric.</param>
    /// <param name="confidence">Confidence level of the difference's interval, strictly between 0 and 1; default 0.95.</param>
    /// <returns>The comparison.</returns>
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
        return Compare(first.Value, se1, second.Value, se2, confidence);
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

    private static string Name(Calculation calculation) => calculation.ToString().ToLowerInvariant();
}
