using CxOkr.Measures;

namespace CxOkr.Tests.Measures;

/// <summary>
/// Reference values from R 4.2.2: prop.test(x, n, correct = FALSE), t.test(x) and a binomial order-statistic
/// median interval. Provenance: r-reference.R in this folder, output in r-reference.out. R is not needed to run these tests.
/// </summary>
public sealed class MetricCalculatorReferenceTests
{
    // R prints 12 decimals; Math.NET's quantiles agree with R's to about 1e-9 relative, so 1e-8 absolute on
    // percentages and 1e-8 relative on means is comfortably above the noise and far below any real error.
    private const double Tolerance = 1e-8;

    [Theory]
    [InlineData(10, 100, 0.95, 0.055229137061, 0.174365661505)]
    [InlineData(0, 20, 0.95, 0.000000000000, 0.161125158053)]
    [InlineData(20, 20, 0.95, 0.838874841947, 1.000000000000)]
    [InlineData(37, 52, 0.95, 0.577272119633, 0.816700395853)]
    [InlineData(1, 3, 0.95, 0.061491944720, 0.792340399198)]
    [InlineData(450, 1000, 0.95, 0.419415384074, 0.480967291774)]
    [InlineData(37, 52, 0.90, 0.599782549150, 0.802370479792)]
    [InlineData(37, 52, 0.99, 0.533334188924, 0.841868996812)]
    public void Proportion_interval_matches_R_prop_test_without_correction(int x, int n, double confidence, double lower, double upper)
    {
        var result = MetricCalculator.Proportion(MetricCalculatorTests.Binary(x, n), new MeasureOptions(confidence));
        Assert.Equal(100 * lower, result.Lower!.Value, Tolerance);
        Assert.Equal(100 * upper, result.Upper!.Value, Tolerance);
    }

    [Theory]
    [InlineData(10, 100, 0.95, 0.055229137061, 0.174365661505)]
    [InlineData(37, 52, 0.90, 0.599782549150, 0.802370479792)]
    public void TopBox_interval_matches_R_prop_test_without_correction(int x, int n, double confidence, double lower, double upper)
    {
        var answers = Enumerable.Range(0, n).Select(i => new Observation(i < x ? 5 : 2)).ToList();
        var result = MetricCalculator.TopBox(answers, 4, new MeasureOptions(confidence));
        Assert.Equal(100 * lower, result.Lower!.Value, Tolerance);
        Assert.Equal(100 * upper, result.Upper!.Value, Tolerance);
    }

    public static TheoryData<double[], double, double, double, double, double> Means => new()
    {
        { [1, 2, 3, 4, 5, 6, 7, 7, 6, 5], 0.95, 4.6, 0.653197264742, 3.122365128843, 6.077634871157 },
        { [1, 2, 3, 4, 5, 6, 7, 7, 6, 5], 0.90, 4.6, 0.653197264742, 3.402615646425, 5.797384353575 },
        { [312.5, 280.1, 455.0, 198.7, 367.2, 401.9, 250.3], 0.95, 323.671428571429, 33.906781975669, 240.704521920975, 406.638335221883 },
        { [312.5, 280.1, 455.0, 198.7, 367.2, 401.9, 250.3], 0.90, 323.671428571429, 33.906781975669, 257.784438460576, 389.558418682281 },
        { [4, 5], 0.95, 4.5, 0.5, -1.853102368087, 10.853102368087 },
        { [4, 5], 0.90, 4.5, 0.5, 1.343124242662, 7.656875757338 },
    };

    [Theory]
    [MemberData(nameof(Means))]
    public void Mean_interval_matches_R_t_test(double[] x, double confidence, double mean, double se, double lower, double upper)
    {
        var result = MetricCalculator.Mean(x.Select(v => new Observation(v)).ToList(), new MeasureOptions(confidence));
        AssertRelative(mean, result.Value);
        AssertRelative(se, result.StandardError!.Value);
        AssertRelative(lower, result.Lower!.Value);
        AssertRelative(upper, result.Upper!.Value);
        Assert.Equal(x.Length, result.EffectiveN, 12);
    }

    private static readonly double[] MedianData =
    [
        14.5, 486.6, 513.9, 243.7, 163.7, 786.1, 225.6, 1281.9, 61.4, 13.7, 283.3, 224.4, 561.6,
        560.2, 363.1, 103.6, 203.1, 287.4, 155.8, 274.4, 720.2, 189.8, 119.2, 132, 164.4,
    ];

    [Fact]
    public void Median_interval_matches_R_binomial_order_statistics()
    {
        var result = MetricCalculator.Median(MedianData.Select(v => new Observation(v)).ToList());
        Assert.Equal(225.6, result.Value);
        Assert.Equal(163.7, result.Lower);
        Assert.Equal(363.1, result.Upper);
    }

    [Fact]
    public void Median_of_six_reaches_95_percent_and_of_five_does_not()
    {
        var six = MetricCalculator.Median(MedianData.Take(6).Select(v => new Observation(v)).ToList());
        Assert.Equal(365.15, six.Value, 10);
        Assert.Equal(14.5, six.Lower);
        Assert.Equal(786.1, six.Upper);
        var five = MetricCalculator.Median(MedianData.Take(5).Select(v => new Observation(v)).ToList());
        Assert.Equal(243.7, five.Value);
        Assert.Null(five.Lower);
        Assert.Null(five.Upper);
    }

    [Theory]
    [InlineData(5, 0)]
    [InlineData(6, 1)]
    [InlineData(10, 2)]
    [InlineData(25, 8)]
    [InlineData(100, 40)]
    [InlineData(1000, 469)]
    [InlineData(10001, 4902)]
    public void Median_order_statistic_rank_matches_R_pbinom(int n, int k)
    {
        Assert.Equal(k, MetricCalculator.OrderStatisticRank(n, 0.05));
    }

    private static void AssertRelative(double expected, double actual)
    {
        Assert.True(Math.Abs(expected - actual) <= Tolerance * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");
    }
}
