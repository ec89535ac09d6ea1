using CxOkr.Measures;

namespace CxOkr.Tests.Measures;

public sealed class MetricComparisonTests
{
    [Fact]
    public void Difference_of_two_nps_results_has_the_root_sum_of_squares_standard_error()
    {
        var a = MetricCalculator.Nps(MetricCalculatorTests.Nps(60, 25, 15));
        var b = MetricCalculator.Nps(MetricCalculatorTests.Nps(40, 30, 30));
        var c = MetricComparison.Compare(a, b);
        Assert.Equal(35, c.Difference, 10);
        Assert.Equal(Math.Sqrt((a.StandardError!.Value * a.StandardError.Value) + (b.StandardError!.Value * b.StandardError.Value)), c.StandardError, 12);
        Assert.True(c.PValue < 0.01);
        Assert.True(c.Lower < 35 && 35 < c.Upper);
    }

    [Fact]
    public void Z_of_1_96_gives_p_0_05()
    {
        var c = MetricComparison.Compare(1.959963984540054, 0.6, 0, 0.8);
        Assert.Equal(0.05, c.PValue, 10);
        Assert.Equal(1.959963984540054, c.Z!.Value, 10);
    }

    [Fact]
    public void Zero_standard_error_gives_p_1_or_0_and_no_z()
    {
        Assert.Equal(1, MetricComparison.Compare(5, 0, 5, 0).PValue);
        var c = MetricComparison.Compare(5, 0, 4, 0);
        Assert.Equal(0, c.PValue);
        Assert.Null(c.Z);
    }

    [Fact]
    public void Different_calculations_or_missing_standard_errors_are_refused()
    {
        var nps = MetricCalculator.Nps([new Observation(9)]);
        var mean = MetricCalculator.Mean([new Observation(9), new Observation(3)]);
        var median = MetricCalculator.Median([new Observation(9)]);
        Assert.Throws<ArgumentException>(() => MetricComparison.Compare(nps, mean));
        Assert.Throws<ArgumentException>(() => MetricComparison.Compare(median, median));
    }
}
