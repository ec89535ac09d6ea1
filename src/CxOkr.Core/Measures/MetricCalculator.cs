using CxOkr.Journeys;

namespace CxOkr.Measures;

/// <summary>
/// The CX metric calculators over weighted observations: NPS, top-box, proportion, mean, median, sum and
/// count, each with its standard error and confidence interval. Formulas and references are in
/// docs/metrics.md.
/// </summary>
/// <remarks>
/// Weights enter through the Kish (1965) effective sample size n_eff = (sum w)^2 / sum w^2, which replaces
/// n in every standard error; with equal weights n_eff = n and the classical formulas result. Every
/// calculator throws <see cref="InsufficientDataException"/> for an empty input and
/// <see cref="ArgumentException"/> for a weight that is not finite and positive or a value the calculation
/// cannot take; none returns NaN.
/// </remarks>
/// <threadsafety>Thread-safe: stateless.</threadsafety>
public static class MetricCalculator
{
    private const double NpsPromoterFrom = 9;
    private const double NpsDetractorTo = 6;

    // Relative tolerance for "all weights equal" and for hitting exactly half the total weight in the
    // median: sums of n doubles carry a relative rounding error of about n * 1e-16, far below this.
    private const double RelativeTolerance = 1e-9;

    /// <summary>Kish effective sample size (sum w)^2 / sum w^2 of the observations' weights.</summary>
    /// <param name="observations">The observations; at least one, weights finite and positive.</param>
    /// <returns>n_eff, between 1 and n.</returns>
    /// <remarks>Kish, L. (1965). Survey Sampling. Wiley. Section 11.7.</remarks>
    /// <exception cref="InsufficientDataException">No observations.</exception>
    /// <exception cref="NumericRangeException">The weights (or, for a sum, the weighted values) cannot be summed in double precision.</exception>
    /// <exception cref="ArgumentException">A weight is not finite and positive.</exception>
    public static double EffectiveN(IReadOnlyList<Observation> observations)
    {
        var (sum, sumSquares, _) = Weights(observations, "effectiveN");
        return Math.Min(observations.Count, sum * sum / sumSquares);
    }

    /// <summary>
    /// Net Promoter Score of 0-10 answers: 100 (p_promoters - p_detractors), with standard error
    /// 100 sqrt((pP + pD - (pP - pD)^2) / n_eff) and the Wald or adjusted-Wald interval clipped to [-100, 100].
    /// </summary>
    /// <param name="observations">Answers, each an integer from 0 to 10.</param>
    /// <param name="options">Confidence, low-sample minimum and interval method; null for defaults.</param>
    /// <returns>The result, with <see cref="MetricResult.Nps"/> holding the groups.</returns>
    /// <remarks>
    /// With <see cref="NpsIntervalMethod.AdjustedWald"/> (Rocks, B. (2016). Interval estimation for the
    /// "net promoter score". The American Statistician 70(4), 365-372), 0.75 promoters and 0.75
    /// detractors are added (n_eff + 3 in all) and the value, standard error and interval are those of
    /// the adjusted shares; <see cref="NpsBreakdown.Score"/> keeps the plain NPS.
    /// </remarks>
    /// <exception cref="InsufficientDataException">No observations.</exception>
    /// <exception cref="NumericRangeException">The weights (or, for a sum, the weighted values) cannot be summed in double precision.</exception>
    /// <exception cref="ArgumentException">An answer is not an integer in [0, 10], or a weight is not finite and positive.</exception>
    public static MetricResult Nps(IReadOnlyList<Observation> observations, MeasureOptions? options = null)
    {
        options ??= MeasureOptions.Default;
        var (sum, sumSquares, largest) = Weights(observations, "nps");
        double wP = 0, wD = 0;
        int cP = 0, cN = 0, cD = 0;
        for (var k = 0; k < observations.Count; k++)
        {
            var o = observations[k];
            if (!IsNpsAnswer(o.Value))
            {
                throw new ArgumentOutOfRangeException(nameof(observations), o.Value, $"observations[{k}]: nps answer ({o.Value}) must be an integer in [0, 10].");
            }

            if (o.Value >= NpsPromoterFrom)
            {
                wP += (o.Weight / largest);
                cP++;
            }
            else if (o.Value <= NpsDetractorTo)
            {
                wD += (o.Weight / largest);
                cD++;
            }
            else
            {
                cN++;
            }
        }

        var nEff = Math.Min(observations.Count, sum * sum / sumSquares);
        var pP = wP / sum;
        var pD = wD / sum;
        // 100 (wP - wD) / sum rounds once where 100 (pP - pD) rounds three times: 45 promoters net of 100
        // answers is 45, not 44.99999999999999.
        var score = Clip(100 * (wP - wD) / sum, -100, 100);
        var breakdown = new NpsBreakdown(cP, cN, cD, pP, Math.Max(0, 1 - pP - pD), pD, score);

        var (aP, aD, aN) = options.NpsInterval == NpsIntervalMethod.AdjustedWald
            ? (((pP * nEff) + 0.75) / (nEff + 3), ((pD * nEff) + 0.75) / (nEff + 3), nEff + 3)
            : (pP, pD, nEff);
        var estimate = aP - aD;
        var variance = Math.Max(0, aP + aD - (estimate * estimate));
        var se = 100 * Math.Sqrt(variance / aN);
        var value = options.NpsInterval == NpsIntervalMethod.AdjustedWald ? Clip(100 * estimate, -100, 100) : score;
        var z = Quantiles.Normal(options.Confidence);
        var lower = Clip(value - (z * se), -100, value);
        var upper = Clip(value + (z * se), value, 100);
        var method = options.NpsInterval == NpsIntervalMethod.AdjustedWald ? "adjustedWald" : "wald";
        return new MetricResult(Calculation.Nps, observations.Count, nEff, value, se, lower, upper, options.Confidence, options.MinEffectiveN, method, breakdown);
    }

    /// <summary>Top-box share in percent: the weighted share of answers at or above <paramref name="topBox"/>, with the Wilson score interval on n_eff.</summary>
    /// <param name="observations">Answers; any finite values.</param>
    /// <param name="topBox">The lowest answer counted as top box.</param>
    /// <param name="options">Confidence and low-sample minimum; null for defaults.</param>
    /// <returns>The result, value in [0, 100].</returns>
    /// <remarks>See <see cref="Proportion"/> for the interval.</remarks>
    /// <exception cref="InsufficientDataException">No observations.</exception>
    /// <exception cref="NumericRangeException">The weights (or, for a sum, the weighted values) cannot be summed in double precision.</exception>
    /// <exception cref="ArgumentException"><paramref name="topBox"/> or a value is not finite, or a weight is not finite and positive.</exception>
    public static MetricResult TopBox(IReadOnlyList<Observation> observations, double topBox, MeasureOptions? options = null)
    {
        Utilities.Guard.Finite(topBox);
        var (sum, sumSquares, largest) = Weights(observations, "topBox");
        double hit = 0;
        for (var k = 0; k < observations.Count; k++)
        {
            var o = observations[k];
            if (!double.IsFinite(o.Value))
            {
                throw new ArgumentOutOfRangeException(nameof(observations), o.Value, $"observations[{k}]: topBox answers must be finite numbers.");
            }

            if (o.Value >= topBox)
            {
                hit += (o.Weight / largest);
            }
        }

        return Wilson(Calculation.TopBox, observations.Count, hit / sum, sum * sum / sumSquares, options ?? MeasureOptions.Default);
    }

    /// <summary>Proportion in percent of 0/1 values that are 1, with the Wilson (1927) score interval on n_eff.</summary>
    /// <param name="observations">Values, each 0 or 1.</param>
    /// <param name="options">Confidence and low-sample minimum; null for defaults.</param>
    /// <returns>The result, value in [0, 100]; standard error 100 sqrt(p (1 - p) / n_eff).</returns>
    /// <remarks>
    /// Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference. JASA 22,
    /// 209-212. Interval: (p + z^2/2n +- z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n) with n = n_eff; for
    /// unweighted data it equals R's <c>prop.test(x, n, correct = FALSE)</c>.
    /// </remarks>
    /// <exception cref="InsufficientDataException">No observations.</exception>
    /// <exception cref="NumericRangeException">The weights (or, for a sum, the weighted values) cannot be summed in double precision.</exception>
    /// <exception cref="ArgumentException">A value is not 0 or 1, or a weight is not finite and positive.</exception>
    public static MetricResult Proportion(IReadOnlyList<Observation> observations, MeasureOptions? options = null)
    {
        var (sum, sumSquares, largest) = Weights(observations, "proportion");
        double hit = 0;
        for (var k = 0; k < observations.Count; k++)
        {
            var o = observations[k];
            if (o.Value is not (0 or 1))
            {
                throw new ArgumentOutOfRangeException(nameof(observations), o.Value, $"observations[{k}]: proportion values ({o.Value}) must be 0 or 1.");
            }

            hit += o.Value * ((o.Weight / largest));
        }

        return Wilson(Calculation.Proportion, observations.Count, hit / sum, sum * sum / sumSquares, options ?? MeasureOptions.Default);
    }

    /// <summary>
    /// Weighted mean with standard error sqrt(s_w^2 / n_eff), where s_w^2 is the weighted variance times
    /// n_eff / (n_eff - 1), and a Student-t interval on n_eff - 1 degrees of freedom.
    /// </summary>
    /// <param name="observations">Values; any finite numbers.</param>
    /// <param name="options">Confidence and low-sample minimum; null for defaults.</param>
    /// <returns>
    /// The result; with a single observation (n_eff = 1) the standard error and interval are null, and when
    /// n_eff - 1 is so far below 1 that the t quantile cannot be computed the interval alone is null.
    /// </returns>
    /// <remarks>For unweighted data the interval equals R's <c>t.test(x)$conf.int</c>.</remarks>
    /// <exception cref="InsufficientDataException">No observations.</exception>
    /// <exception cref="NumericRangeException">The weights (or, for a sum, the weighted values) cannot be summed in double precision.</exception>
    /// <exception cref="ArgumentException">A value is not finite, or a weight is not finite and positive.</exception>
    public static MetricResult Mean(IReadOnlyList<Observation> observations, MeasureOptions? options = null)
    {
        options ??= MeasureOptions.Default;
        var (sum, sumSquares, largest) = Weights(observations, "mean");

        // In units of the largest |value|, so that values near double.MaxValue give a finite mean and error.
        var magnitude = 0.0;
        for (var k = 0; k < observations.Count; k++)
        {
            var o = observations[k];
            if (!double.IsFinite(o.Value))
            {
                throw new ArgumentOutOfRangeException(nameof(observations), o.Value, $"observations[{k}]: mean values must be finite numbers.");
            }

            magnitude = Math.Max(magnitude, Math.Abs(o.Value));
        }

        var unit = magnitude > 0 ? magnitude : 1;
        double weighted = 0;
        foreach (var o in observations)
        {
            weighted += (o.Weight / largest) * (o.Value / unit);
        }

        var scaledMean = weighted / sum;
        var mean = scaledMean * unit;
        var nEff = Math.Min(observations.Count, sum * sum / sumSquares);
        double squares = 0;
        foreach (var o in observations)
        {
            var d = (o.Value / unit) - scaledMean;
            squares += (o.Weight / largest) * d * d;
        }

        double? se = null;
        double? lower = null, upper = null;
        if (observations.Count > 1 && nEff > 1)
        {
            var variance = squares / sum * nEff / (nEff - 1);
            var s = Math.Sqrt(variance / nEff) * unit;
            var t = Quantiles.StudentT(options.Confidence, nEff - 1);
            se = double.IsFinite(s) ? s : null;
            if (se is not null && double.IsFinite(t))
            {
                lower = Math.Min(mean, mean - (t * s));
                upper = Math.Max(mean, mean + (t * s));
            }
        }

        return new MetricResult(Calculation.Mean, observations.Count, nEff, mean, se, lower, upper, options.Confidence, options.MinEffectiveN, "studentT");
    }

    /// <summary>
    /// Weighted median, with a distribution-free interval from binomial order statistics when all weights
    /// are equal.
    /// </summary>
    /// <param name="observations">Values; any finite numbers.</param>
    /// <param name="options">Confidence and low-sample minimum; null for defaults.</param>
    /// <returns>
    /// The result. The value is the smallest x whose cumulative weight exceeds half the total (the average
    /// of the two middle values when the cumulative weight hits exactly half, so equal weights give the usual
    /// median). The standard error is always null; the interval is null for unequal weights or when too
    /// few values allow the requested confidence (n &lt; 6 at 95%).
    /// </returns>
    /// <remarks>
    /// Interval [x_(k), x_(n-k+1)] with the largest k such that 2 P(B &lt;= k - 1) &lt;= 1 - confidence,
    /// B ~ Binomial(n, 1/2); its coverage is at least the confidence level (Conover, W. J. (1999).
    /// Practical Nonparametric Statistics, 3rd ed., section 3.2; Hahn and Meeker (1991)).
    /// </remarks>
    /// <exception cref="InsufficientDataException">No observations.</exception>
    /// <exception cref="NumericRangeException">The weights (or, for a sum, the weighted values) cannot be summed in double precision.</exception>
    /// <exception cref="ArgumentException">A value is not finite, or a weight is not finite and positive.</exception>
    public static MetricResult Median(IReadOnlyList<Observation> observations, MeasureOptions? options = null)
    {
        options ??= MeasureOptions.Default;
        var (sum, sumSquares, largest) = Weights(observations, "median");
        var sorted = observations.ToArray();
        for (var k = 0; k < sorted.Length; k++)
        {
            var o = sorted[k];
            if (!double.IsFinite(o.Value))
            {
                throw new ArgumentOutOfRangeException(nameof(observations), o.Value, $"observations[{k}]: median values must be finite numbers.");
            }
        }

        Array.Sort(sorted, static (a, b) => a.Value.CompareTo(b.Value));
        var half = sum / 2;
        double cumulative = 0;
        var median = sorted[^1].Value;
        for (var i = 0; i < sorted.Length; i++)
        {
            cumulative += (sorted[i].Weight / largest);
            if (Math.Abs(cumulative - half) <= RelativeTolerance * sum && i + 1 < sorted.Length)
            {
                median = (sorted[i].Value + sorted[i + 1].Value) / 2;
                break;
            }

            if (cumulative > half)
            {
                median = sorted[i].Value;
                break;
            }
        }

        var n = sorted.Length;
        double? lower = null, upper = null;
        var first = sorted[0].Weight;
        if (sorted.All(o => Math.Abs(o.Weight - first) <= RelativeTolerance * first))
        {
            var k = OrderStatisticRank(n, 1 - options.Confidence);
            if (k >= 1)
            {
                lower = Math.Min(median, sorted[k - 1].Value);
                upper = Math.Max(median, sorted[n - k].Value);
            }
        }

        var nEff = Math.Min(n, sum * sum / sumSquares);
        return new MetricResult(Calculation.Median, n, nEff, median, null, lower, upper, options.Confidence, options.MinEffectiveN, "binomialOrderStatistics");
    }

    /// <summary>Weighted sum of the values (an estimated total); no standard error or interval.</summary>
    /// <param name="observations">Values; any finite numbers.</param>
    /// <param name="options">Low-sample minimum; null for defaults.</param>
    /// <returns>The result; unlike the other calculators the value scales with the weights.</returns>
    /// <exception cref="InsufficientDataException">No observations.</exception>
    /// <exception cref="NumericRangeException">The weights (or, for a sum, the weighted values) cannot be summed in double precision.</exception>
    /// <exception cref="ArgumentException">A value is not finite, or a weight is not finite and positive.</exception>
    public static MetricResult Sum(IReadOnlyList<Observation> observations, MeasureOptions? options = null)
    {
        options ??= MeasureOptions.Default;
        var (sum, sumSquares, largest) = Weights(observations, "sum");
        double total = 0;
        for (var k = 0; k < observations.Count; k++)
        {
            var o = observations[k];
            if (!double.IsFinite(o.Value))
            {
                throw new ArgumentOutOfRangeException(nameof(observations), o.Value, $"observations[{k}]: sum values must be finite numbers.");
            }

            total += (o.Weight / largest) * o.Value;
        }

        total *= largest;
        if (!double.IsFinite(total))
        {
            throw new NumericRangeException("sum: the weighted sum overflows a double; rescale the values or the weights.");
        }

        return new MetricResult(Calculation.Sum, observations.Count, Math.Min(observations.Count, sum * sum / sumSquares), total, null, null, null, options.Confidence, options.MinEffectiveN, null);
    }

    /// <summary>Weighted count of the observations (the sum of their weights; n when unweighted); no standard error or interval.</summary>
    /// <param name="observations">Observations; values are ignored.</param>
    /// <param name="options">Low-sample minimum; null for defaults.</param>
    /// <returns>The result; unlike the other calculators the value scales with the weights.</returns>
    /// <exception cref="InsufficientDataException">No observations.</exception>
    /// <exception cref="NumericRangeException">The weights (or, for a sum, the weighted values) cannot be summed in double precision.</exception>
    /// <exception cref="ArgumentException">A weight is not finite and positive.</exception>
    public static MetricResult Count(IReadOnlyList<Observation> observations, MeasureOptions? options = null)
    {
        options ??= MeasureOptions.Default;
        var (sum, sumSquares, largest) = Weights(observations, "count");
        var count = sum * largest;
        if (!double.IsFinite(count))
        {
            throw new NumericRangeException("count: the sum of the weights overflows a double; rescale the weights.");
        }

        return new MetricResult(Calculation.Count, observations.Count, Math.Min(observations.Count, sum * sum / sumSquares), count, null, null, null, options.Confidence, options.MinEffectiveN, null);
    }

    /// <summary>Dispatches to the calculator named by <paramref name="calculation"/>.</summary>
    /// <param name="calculation">The calculation.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="topBox">The top-box threshold; required for <see cref="Calculation.TopBox"/>, ignored otherwise.</param>
    /// <param name="options">Options; null for defaults.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InsufficientDataException">No observations.</exception>
    /// <exception cref="NumericRangeException">The weights (or, for a sum, the weighted values) cannot be summed in double precision.</exception>
    /// <exception cref="ArgumentException">The calculation is undefined, the top-box threshold is missing, or an observation is invalid for the calculation.</exception>
    public static MetricResult Compute(Calculation calculation, IReadOnlyList<Observation> observations, double? topBox = null, MeasureOptions? options = null) =>
        calculation switch
        {
            Calculation.Nps => Nps(observations, options),
            Calculation.TopBox => TopBox(observations, topBox ?? throw new ArgumentException("a topBox threshold is required for the topBox calculation.", nameof(topBox)), options),
            Calculation.Mean => Mean(observations, options),
            Calculation.Proportion => Proportion(observations, options),
            Calculation.Median => Median(observations, options),
            Calculation.Sum => Sum(observations, options),
            Calculation.Count => Count(observations, options),
            _ => throw new ArgumentOutOfRangeException(nameof(calculation), calculation, "calculation is not a defined Calculation."),
        };

    internal static bool IsNpsAnswer(double value) => value >= 0 && value <= 10 && Math.Floor(value) == value;

    internal static int OrderStatisticRank(int n, double alpha)
    {
        // Largest k in [1, (n + 1) / 2] with 2 P(B <= k - 1) <= alpha; 0 when none. Start near the normal
        // approximation and step, so large n costs a few CDF evaluations instead of n.
        bool Fits(int k) => k >= 1 && k <= (n + 1) / 2 && 2 * Quantiles.BinomialHalfCdf(n, k - 1) <= alpha;
        var z = Quantiles.Normal(1 - alpha);
        var k = Math.Clamp((int)Math.Floor((n / 2.0) - (z * Math.Sqrt(n) / 2)), 1, Math.Max(1, (n + 1) / 2));
        while (k >= 1 && !Fits(k))
        {
            k--;
        }

        while (Fits(k + 1))
        {
            k++;
        }

        return k;
    }

    private static MetricResult Wilson(Calculation calculation, int n, double p, double nEff, MeasureOptions options)
    {
        nEff = Math.Min(n, nEff);
        p = Clip(p, 0, 1);
        var z = Quantiles.Normal(options.Confidence);
        var z2 = z * z;
        var denominator = 1 + (z2 / nEff);
        var centre = (p + (z2 / (2 * nEff))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / nEff) + (z2 / (4 * nEff * nEff))) / denominator;
        var lower = Clip(centre - half, 0, p);
        var upper = Clip(centre + half, p, 1);
        var se = Math.Sqrt(p * (1 - p) / nEff);
        return new MetricResult(calculation, n, nEff, 100 * p, 100 * se, 100 * lower, 100 * upper, options.Confidence, options.MinEffectiveN, "wilson");
    }

    // The weights' sums after dividing each by the largest (returned as Largest), so that no result depends
    // on the scale of the weights and weights of 1e300 or 1e-300 neither overflow nor underflow.
    private static (double Sum, double SumSquares, double Largest) Weights(IReadOnlyList<Observation> observations, string what)
    {
        ArgumentNullException.ThrowIfNull(observations);
        if (observations.Count == 0)
        {
            throw new InsufficientDataException($"{what}: there are no values to compute from.");
        }

        var largest = 0.0;
        for (var k = 0; k < observations.Count; k++)
        {
            var o = observations[k];
            if (!(o.Weight > 0) || !double.IsFinite(o.Weight))
            {
                throw new ArgumentOutOfRangeException(nameof(observations), o.Weight, $"{what}: observations[{k}]: weight ({o.Weight}) must be a finite number > 0.");
            }

            largest = Math.Max(largest, o.Weight);
        }

        double sum = 0, sumSquares = 0;
        foreach (var o in observations)
        {
            var w = (o.Weight / largest);
            sum += w;
            sumSquares += w * w;
        }

        if (!double.IsFinite(sum) || !(sumSquares > 0))
        {
            throw new NumericRangeException($"{what}: the weights are too large or too small to sum as doubles; rescale them.");
        }

        return (sum, sumSquares, largest);
    }

    private static double Clip(double value, double min, double max) => Math.Max(min, Math.Min(max, value));
}
