using CxOkr.Data;
using CxOkr.Drivers;

namespace CxOkr.Tests.Drivers;

/// <summary>No result depends on the scale of the weights, down to 1e-300 and up to 1e300.</summary>
public sealed class WeightScaleTests
{
    private static ColumnTable Table(double scale)
    {
        var random = new Random(5);
        var rows = new List<double[]>();
        for (var i = 0; i < 80; i++)
        {
            var a = random.Next(1, 6);
            var b = random.Next(1, 6);
            var c = random.Next(1, 6);
            rows.Add([a + (0.5 * b) + random.NextDouble(), a, b, c, (1 + random.Next(0, 3)) * scale]);
        }

        return ColumnTable.FromRows(["y", "a", "b", "c", "w"], rows);
    }

    [Theory]
    [InlineData(1e300)]
    [InlineData(1e-300)]
    [InlineData(1e154)]
    [InlineData(3.7)]
    public void Weights_times_any_factor_give_the_same_analysis(double scale)
    {
        var analyzer = new KeyDriverAnalyzer();
        var specification = new KeyDriverSpecification("y", ["a", "b", "c"], "w");
        var expected = analyzer.Analyze(Table(1), specification);

        var actual = analyzer.Analyze(Table(scale), specification);

        Close(expected.RSquared, actual.RSquared);
        Close(expected.EffectiveN, actual.EffectiveN);
        Close(expected.Intercept, actual.Intercept);
        Close(expected.FStatistic, actual.FStatistic);
        Assert.Empty(actual.AliasedDrivers);
        for (var i = 0; i < expected.Drivers.Count; i++)
        {
            Close(expected.Drivers[i].Coefficient, actual.Drivers[i].Coefficient);
            Close(expected.Drivers[i].StandardError, actual.Drivers[i].StandardError);
            Close(expected.Drivers[i].Shapley, actual.Drivers[i].Shapley);
        }
    }

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");
}
