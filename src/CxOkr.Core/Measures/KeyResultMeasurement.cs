using CxOkr.Journeys;

namespace CxOkr.Measures;

/// <summary>
/// Takes a key result's check-ins from responses: for each check-in date, the metric over the responses
/// from the period start (cumulative) or over a trailing window, up to and including that date; and
/// decides confident attainment (the whole interval clears the target).
/// </summary>
/// <threadsafety>Thread-safe: static and stateless.</threadsafety>
public static class KeyResultMeasurement
{
    /// <summary>Computes one check-in per date.</summary>
    /// <param name="metric">The key result's metric; must have a calculation.</param>
    /// <param name="responses">The responses (enumerated once).</param>
    /// <param name="checkInDates">The check-in dates; duplicates are ignored, output is in date order.</param>
    /// <param name="periodStart">First day of the OKR period; responses before it are never used.</param>
    /// <param name="trailingDays">Window length in days (the window is [date - trailingDays + 1, date], not before <paramref name="periodStart"/>); null for cumulative from the period start.</param>
    /// <param name="options">Options; null for defaults.</param>
    /// <returns>One check-in per date whose window holds at least one usable value; dates with none are left out.</returns>
    /// <exception cref="ArgumentException">The metric has no calculation, <paramref name="trailingDays"/> is below 1, or a date is before <paramref name="periodStart"/>.</exception>
    /// <exception cref="OutOfRangeValueException">A value is out of range and the policy is reject.</exception>
    public static IReadOnlyList<MeasuredCheckIn> CheckIns(
        MetricDefinition metric,
        IEnumerable<Response> responses,
        IEnumerable<DateOnly> checkInDates,
        DateOnly periodStart,
        int? trailingDays = null,
        MeasureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(checkInDates);
        if (trailingDays is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(trailingDays), trailingDays, "trailingDays must be at least 1 or null.");
        }

        var dates = checkInDates.Distinct().Order().ToList();
        if (dates.Count > 0 && dates[0] < periodStart)
        {
            throw new ArgumentOutOfRangeException(nameof(checkInDates), dates[0], $"check-in date {dates[0]:yyyy-MM-dd} is before the period start {periodStart:yyyy-MM-dd}.");
        }

        var windows = dates.Select(d => new DateRange(
            d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            trailingDays is { } days && d.AddDays(1 - days) > periodStart ? d.AddDays(1 - days) : periodStart,
            d)).ToList();
        if (windows.Count == 0)
        {
            return [];
        }

        IReadOnlyList<MetricResult> results;
        try
        {
            results = ResponseMeasures.Aggregate(metric, responses, Grouping.ByRanges(windows), options);
        }
        catch (InsufficientDataException)
        {
            return [];
        }

        return results
            .Select(r => new MeasuredCheckIn(r.Group!.PeriodEnd!.Value, r.Group.PeriodStart!.Value, r))
            .OrderBy(c => c.Date)
            .ToList()
            .AsReadOnly();
    }

    /// <summary>
    /// Whether the check-in attains <paramref name="target"/> with confidence: the lower bound is at or
    /// above the target when higher is better, the upper bound at or below it when lower is better.
    /// </summary>
    /// <param name="checkIn">The check-in.</param>
    /// <param name="target">The target value, finite.</param>
    /// <param name="betterWhen">The metric's direction (an Increase or AtLeast key result is <see cref="BetterWhen.Higher"/>).</param>
    /// <returns>True when the whole interval clears the target (a bound equal to it up to rounding, 1e-9 relative, does); false when it does not or there is no interval.</returns>
    /// <exception cref="ArgumentException">The target is not finite or the direction undefined.</exception>
    public static bool IsConfidentlyAttained(MeasuredCheckIn checkIn, double target, BetterWhen betterWhen)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        Utilities.Guard.Finite(target);
        return Utilities.Guard.Defined(betterWhen) == BetterWhen.Higher
            ? checkIn.Lower is { } lower && Utilities.Boundary.AtLeast(lower, target)
            : checkIn.Upper is { } upper && Utilities.Boundary.AtMost(upper, target);
    }

    /// <summary>
    /// The probability that a survey-measured key result's period-end estimate reaches <paramref name="target"/>,
    /// combining the trend and the survey interval (docs/scoring.md): a least-squares line through
    /// (<paramref name="periodStart"/>, <paramref name="baseline"/>) and each check-in (x in days since the start)
    /// predicts the value at <paramref name="periodEnd"/> with standard error se_fit; the estimate there will carry
    /// the survey's sampling error, taken as the latest check-in's standard error se_survey; so
    /// P = F_t((yhat_E - target) / sqrt(se_fit^2 + se_survey^2); n - 2) for higher-is-better (mirrored for lower).
    /// Without a standard error on the latest check-in, the line's own residual error stands in
    /// (se_pred = s sqrt(1 + 1/n + (x_E - mean x)^2 / Sxx), as <c>OkrScorer.AttainmentProbability</c>).
    /// </summary>
    /// <param name="checkIns">The measured check-ins (from <see cref="CheckIns"/>), in any order; one per date.</param>
    /// <param name="periodStart">The period's first day.</param>
    /// <param name="periodEnd">The period's last day.</param>
    /// <param name="baseline">The key result's baseline, the value at the period start.</param>
    /// <param name="target">The target.</param>
    /// <param name="betterWhen">Higher: P(estimate &gt;= target); lower: P(estimate &lt;= target).</param>
    /// <returns>The probability in [0, 1], or <see langword="null"/> with fewer than 3 points or all on one day.</returns>
    /// <exception cref="ArgumentException">A value is not finite, the direction undefined or the period ends before it starts.</exception>
    public static double? AttainmentProbability(IEnumerable<MeasuredCheckIn> checkIns, DateOnly periodStart, DateOnly periodEnd, double baseline, double target, BetterWhen betterWhen)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        Utilities.Guard.Finite(baseline);
        Utilities.Guard.Finite(target);
        Utilities.Guard.Defined(betterWhen);
        if (periodEnd < periodStart)
        {
            throw new ArgumentOutOfRangeException(nameof(periodEnd), periodEnd, $"periodEnd {periodEnd:yyyy-MM-dd} is before periodStart {periodStart:yyyy-MM-dd}.");
        }

        var ordered = checkIns.OrderBy(static c => c.Date).ToList();
        var x = new double[ordered.Count + 1];
        var y = new double[ordered.Count + 1];
        y[0] = baseline;
        for (var i = 0; i < ordered.Count; i++)
        {
            x[i + 1] = ordered[i].Date.DayNumber - periodStart.DayNumber;
            y[i + 1] = ordered[i].Value;
        }

        var surveySe = ordered.Count > 0 ? ordered[^1].Result.StandardError : null;
        return SurveyAttainment(x, y, periodEnd.DayNumber - periodStart.DayNumber, target, betterWhen == BetterWhen.Higher, surveySe);
    }

    /// <summary>The combination of <see cref="AttainmentProbability"/> on plain points (for the R reference test).</summary>
    internal static double? SurveyAttainment(double[] x, double[] y, double xEnd, double target, bool higherIsBetter, double? surveySe)
    {
        if (Utilities.TrendPrediction.Fit(x, y, xEnd) is not { } prediction)
        {
            return null;
        }

        var scale = surveySe is { } se && double.IsFinite(se) && se >= 0
            ? Math.Sqrt((prediction.SeFit * prediction.SeFit) + (se * se))
            : prediction.SePrediction;
        return prediction.Probability(target, higherIsBetter, scale);
    }
}
