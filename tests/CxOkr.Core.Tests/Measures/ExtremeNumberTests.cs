using CxOkr.Measures;

namespace CxOkr.Tests.Measures;

/// <summary>Every finite input gives a finite right answer: values near double.MaxValue, weights of any scale.</summary>
public sealed class ExtremeNumberTests
{
    private static Observation[] Values(params double[] values) => [.. values.Select(static v => new Observation(v))];

    [Fact]
    public void The_mean_of_values_near_the_largest_double_is_finite_and_right()
    {
        var result = MetricCalculator.Mean(Values(double.MaxValue, double.MaxValue, 0));

        Assert.Equal(double.MaxValue / 3 * 2, result.Value, double.MaxValue * 1e-15);
        Assert.NotNull(result.StandardError);
        Assert.True(double.IsFinite(result.StandardError!.Value));
        // sd = MaxValue * sqrt(1/3), se = sd / sqrt(3)
        Assert.Equal(double.MaxValue / 3, result.StandardError.Value, double.MaxValue * 1e-15);
    }

    [Fact]
    public void Values_around_1e200_have_a_standard_error()
    {
        var result = MetricCalculator.Mean(Values(1e200, 2e200, 3e200, 4e200));

        Assert.Equal(2.5e200, result.Value, 1e186);
        Assert.Equal(Math.Sqrt(5.0 / 3 / 4) * 1e200, result.StandardError!.Value, 1e186);
    }

    [Theory]
    [InlineData(1e300)]
    [InlineData(1e-300)]
    [InlineData(double.Epsilon)]
    public void Weights_of_any_scale_give_the_same_nps_mean_and_effective_n(double scale)
    {
        var answers = new[] { 10, 9, 7, 3, 0, 8, 10, 6 };
        var plain = answers.Select((a, i) => new Observation(a, 1 + (i % 3))).ToArray();
        var scaled = answers.Select((a, i) => new Observation(a, (1 + (i % 3)) * scale)).ToArray();
        Assert.Equal(MetricCalculator.Nps(plain).Value, MetricCalculator.Nps(scaled).Value, 12);
        Assert.Equal(MetricCalculator.Mean(plain).Value, MetricCalculator.Mean(scaled).Value, 12);
        Assert.Equal(MetricCalculator.Mean(plain).StandardError!.Value, MetricCalculator.Mean(scaled).StandardError!.Value, 12);
        Assert.Equal(MetricCalculator.EffectiveN(plain), MetricCalculator.EffectiveN(scaled), 12);
        Assert.Equal(MetricCalculator.Median(plain).Value, MetricCalculator.Median(scaled).Value, 12);
    }

    [Fact]
    public void A_count_whose_weights_sum_past_the_largest_double_is_refused_not_infinite()
    {
        var observations = new[] { new Observation(1, double.MaxValue), new Observation(1, double.MaxValue) };

        Assert.Throws<NumericRangeException>(() => MetricCalculator.Count(observations));
        Assert.Equal(2, MetricCalculator.EffectiveN(observations), 12);
    }
}
