using CxOkr.Measures;

namespace CxOkr.Tests.Measures;

/// <summary>Worked checks stated in issue 5 and docs/metrics.md.</summary>
public sealed class MetricCalculatorTests
{
    internal static IReadOnlyList<Observation> Nps(int promoters, int passives, int detractors) =>
        Enumerable.Repeat(new Observation(10), promoters)
            .Concat(Enumerable.Repeat(new Observation(8), passives))
            .Concat(Enumerable.Repeat(new Observation(3), detractors))
            .ToList();

    internal static IReadOnlyList<Observation> Binary(int successes, int n) =>
        Enumerable.Range(0, n).Select(i => new Observation(i < successes ? 1 : 0)).ToList();

    [Fact]
    public void Nps_of_60_25_15_is_45()
    {
        var result = MetricCalculator.Nps(Nps(60, 25, 15));
        Assert.Equal(45.0, result.Value, 10);
        Assert.Equal(100, result.N);
        Assert.Equal(100, result.EffectiveN, 10);
        Assert.False(result.LowSample);
        Assert.Equal("wald", result.IntervalMethod);
        Assert.Equal((60, 25, 15), (result.Nps!.PromoterCount, result.Nps.PassiveCount, result.Nps.DetractorCount));
        Assert.Equal(0.60, result.Nps!.Promoters, 12);
        Assert.Equal(0.25, result.Nps.Passives, 12);
        Assert.Equal(0.15, result.Nps.Detractors, 12);
    }

    [Fact]
    public void Nps_of_60_25_15_has_wald_95_interval_30_5_to_59_5()
    {
        var result = MetricCalculator.Nps(Nps(60, 25, 15));
        // SE = 100 sqrt((0.75 - 0.45^2) / 100) = 7.3993.
        Assert.Equal(7.3993, result.StandardError!.Value, 4);
        Assert.Equal(30.5, Math.Round(result.Lower!.Value, 1));
        Assert.Equal(59.5, Math.Round(result.Upper!.Value, 1));
        Assert.Equal(0.95, result.Confidence);
    }

    [Fact]
    public void Nps_of_60_25_15_has_adjusted_wald_43_7_interval_29_3_to_58_0()
    {
        var result = MetricCalculator.Nps(Nps(60, 25, 15), new MeasureOptions(npsInterval: NpsIntervalMethod.AdjustedWald));
        Assert.Equal(43.7, Math.Round(result.Value, 1));
        Assert.Equal(29.3, Math.Round(result.Lower!.Value, 1));
        Assert.Equal(58.0, Math.Round(result.Upper!.Value, 1));
        Assert.Equal("adjustedWald", result.IntervalMethod);
        Assert.Equal(45.0, result.Nps!.Score, 10);
    }

    [Fact]
    public void Nps_interval_is_clipped_to_minus_100_and_100()
    {
        var all = MetricCalculator.Nps(Nps(3, 0, 0));
        Assert.Equal(100, all.Value);
        Assert.Equal(100, all.Upper);
        var none = MetricCalculator.Nps(Nps(1, 0, 2));
        Assert.True(none.Lower >= -100);
    }

    [Fact]
    public void Nps_rejects_an_answer_of_11_and_a_fraction()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricCalculator.Nps([new Observation(11)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricCalculator.Nps([new Observation(8.5)]));
    }

    [Fact]
    public void Wilson_10_of_100_is_5_523_to_17_437()
    {
        var result = MetricCalculator.Proportion(Binary(10, 100));
        Assert.Equal(10.0, result.Value, 10);
        Assert.Equal(5.523, Math.Round(result.Lower!.Value, 3));
        Assert.Equal(17.437, Math.Round(result.Upper!.Value, 3));
        Assert.Equal("wilson", result.IntervalMethod);
        Assert.Equal(3.0, result.StandardError!.Value, 10);
    }

    [Fact]
    public void TopBox_counts_answers_at_or_above_the_threshold()
    {
        // CSAT on 1-5, top box 4-5: 3 of 5 answers.
        var result = MetricCalculator.TopBox([new(5), new(4), new(3), new(1), new(4)], 4);
        Assert.Equal(60.0, result.Value, 10);
        Assert.True(result.LowSample);
    }

    [Fact]
    public void Thirty_equal_weights_are_not_a_low_sample_although_kish_n_rounds_below_30()
    {
        // (30 x 0.7)^2 / (30 x 0.49) is 29.999999999999964 in floating point.
        var thirty = MetricCalculator.Mean(Enumerable.Repeat(new Observation(4, 0.7), 30).ToList());
        Assert.Equal(30, thirty.EffectiveN, 1e-9);
        Assert.False(thirty.LowSample);
        Assert.True(MetricCalculator.Mean(Enumerable.Repeat(new Observation(4, 0.7), 29).ToList()).LowSample);
    }

    [Fact]
    public void A_bad_observation_is_named_by_its_index()
    {
        var nps = Assert.Throws<ArgumentOutOfRangeException>(() => MetricCalculator.Nps([new(9), new(10), new(11)]));
        Assert.StartsWith("observations[2]: nps answer (11) must be an integer in [0, 10].", nps.Message, StringComparison.Ordinal);
        var weight = Assert.Throws<ArgumentOutOfRangeException>(() => MetricCalculator.Mean([new(4), new(5, -1)]));
        Assert.StartsWith("mean: observations[1]: weight (-1) must be a finite number > 0.", weight.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Proportion_rejects_values_other_than_0_and_1()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricCalculator.Proportion([new Observation(0.5)]));
    }

    [Fact]
    public void Effective_n_follows_kish()
    {
        // (1 + 2 + 3)^2 / (1 + 4 + 9) = 36 / 14.
        var observations = new Observation[] { new(1, 1), new(0, 2), new(1, 3) };
        Assert.Equal(36.0 / 14.0, MetricCalculator.EffectiveN(observations), 12);
        var result = MetricCalculator.Proportion(observations);
        Assert.Equal(36.0 / 14.0, result.EffectiveN, 12);
        Assert.Equal(100.0 * 4 / 6, result.Value, 10);
    }

    [Fact]
    public void Weighted_mean_uses_the_weighted_variance_with_the_n_eff_correction()
    {
        // Weights 1, 1, 2 on 1, 2, 4: mean 11/4; n_eff = 16/6; weighted variance
        // sum w (x - m)^2 / sum w = (3.0625 + 0.5625 + 2 * 1.5625) / 4 = 1.6875, times n_eff / (n_eff - 1) = 1.6.
        var result = MetricCalculator.Mean([new(1, 1), new(2, 1), new(4, 2)]);
        var nEff = 16.0 / 6.0;
        Assert.Equal(2.75, result.Value, 12);
        Assert.Equal(nEff, result.EffectiveN, 12);
        var s2 = 1.6875 * nEff / (nEff - 1);
        Assert.Equal(Math.Sqrt(s2 / nEff), result.StandardError!.Value, 12);
    }

    [Fact]
    public void Mean_of_one_value_has_no_interval_rather_than_nan()
    {
        var result = MetricCalculator.Mean([new Observation(4.2)]);
        Assert.Equal(4.2, result.Value);
        Assert.Null(result.StandardError);
        Assert.Null(result.Lower);
        Assert.Null(result.Upper);
        Assert.Null(result.IntervalMethod);
        Assert.True(result.LowSample);
    }

    [Fact]
    public void Every_calculator_refuses_empty_data()
    {
        foreach (var calculation in Enum.GetValues<CxOkr.Journeys.Calculation>())
        {
            Assert.Throws<InsufficientDataException>(() => MetricCalculator.Compute(calculation, [], topBox: 4));
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Calculators_refuse_a_weight_that_is_not_finite_and_positive(double weight)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricCalculator.Mean([new(1), new(2, weight)]));
    }

    [Fact]
    public void Median_of_even_count_averages_the_middle_values()
    {
        var result = MetricCalculator.Median([new(4), new(1), new(3), new(2)]);
        Assert.Equal(2.5, result.Value);
        Assert.Null(result.StandardError);
        Assert.Null(result.Lower); // n = 4 cannot reach 95%.
    }

    [Fact]
    public void Weighted_median_takes_the_value_where_half_the_weight_is_passed_and_gives_no_interval()
    {
        var result = MetricCalculator.Median([new(1, 1), new(2, 1), new(10, 5), new(3, 1), new(4, 1), new(5, 1), new(6, 1)]);
        Assert.Equal(6, result.Value);
        Assert.Null(result.Lower);
    }

    [Fact]
    public void Sum_and_count_are_weighted_totals_without_interval()
    {
        var observations = new Observation[] { new(2, 1), new(3, 2) };
        var sum = MetricCalculator.Sum(observations);
        var count = MetricCalculator.Count(observations);
        Assert.Equal(8, sum.Value);
        Assert.Equal(3, count.Value);
        Assert.Equal(2, count.N);
        Assert.Null(sum.StandardError);
        Assert.Null(count.Lower);
    }

    [Fact]
    public void Low_sample_threshold_is_configurable()
    {
        var observations = Binary(5, 20);
        Assert.True(MetricCalculator.Proportion(observations).LowSample);
        Assert.False(MetricCalculator.Proportion(observations, new MeasureOptions(minEffectiveN: 20)).LowSample);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Options_refuse_a_confidence_outside_0_and_1(double confidence)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new MeasureOptions(confidence));
        Assert.Equal("confidence", ex.ParamName);
    }

    [Fact]
    public void Weighted_wilson_uses_the_weighted_share_and_kish_n()
    {
        // Weights 3 on 10 successes and 1 on 30 failures: p = 30 / 60 = 0.5; n_eff = 60^2 / (10 * 9 + 30) = 30.
        var observations = Enumerable.Repeat(new Observation(1, 3), 10).Concat(Enumerable.Repeat(new Observation(0, 1), 30)).ToList();
        var result = MetricCalculator.Proportion(observations);
        const double z = 1.959963984540054;
        var centre = (0.5 + (z * z / 60)) / (1 + (z * z / 30));
        var half = z * Math.Sqrt((0.25 / 30) + (z * z / 3600)) / (1 + (z * z / 30));
        Assert.Equal(50, result.Value, 10);
        Assert.Equal(30, result.EffectiveN, 10);
        Assert.Equal(40, result.N);
        Assert.Equal(100 * (centre - half), result.Lower!.Value, 8);
        Assert.Equal(100 * (centre + half), result.Upper!.Value, 8);
        Assert.False(result.LowSample);
    }
}
