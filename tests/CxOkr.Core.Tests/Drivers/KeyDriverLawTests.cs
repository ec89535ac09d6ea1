using CxOkr.Drivers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Tests.Drivers;

/// <summary>Laws the importance measures must obey on any data (FsCheck).</summary>
public sealed class KeyDriverLawTests
{
    private const double Tight = 1e-10;

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public void Shapley_values_sum_to_r_squared_and_are_non_negative(DriverDataset data)
    {
        var result = data.Analyze();
        Assert.Equal(result.RSquared, result.Drivers.Sum(d => d.Shapley), 1e-10);
        Assert.All(result.Drivers, d => Assert.True(d.Shapley >= 0, $"{d.Name}: {d.Shapley}"));
        Assert.Equal(1.0, result.Drivers.Sum(d => d.ShapleyShare), 1e-9);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public void Relative_weights_sum_to_r_squared_and_are_non_negative(DriverDataset data)
    {
        var result = data.Analyze();
        Assert.Equal(result.RSquared, result.Drivers.Sum(d => d.RelativeWeight), 1e-10);
        Assert.All(result.Drivers, d => Assert.True(d.RelativeWeight >= 0, $"{d.Name}: {d.RelativeWeight}"));
        Assert.Equal(result.RSquared, result.Drivers.Sum(d => d.Car), 1e-10);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public void Importance_is_invariant_to_reordering_drivers(DriverDataset data)
    {
        var original = data.Analyze();
        var reversed = data.Names.Reverse().ToArray();
        var result = new KeyDriverAnalyzer().Analyze(data.Table(), new KeyDriverSpecification("y", reversed, "w"));
        Assert.Equal(original.RSquared, result.RSquared, 1e-12);
        foreach (var d in original.Drivers)
        {
            SameImportance(d, result.Drivers.Single(x => x.Name == d.Name));
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public Property Importance_is_invariant_to_rescaling_and_shifting_a_driver(DriverDataset data) =>
        Prop.ForAll(
            Gen.Elements(-3.5, -0.01, 0.2, 7.0, 1e3).ToArbitrary(),
            Gen.Elements(-100.0, 0.0, 2.5, 1e4).ToArbitrary(),
            (scale, shift) =>
            {
                var original = data.Analyze();
                var names = new List<string> { "y" };
                names.AddRange(data.Names);
                names.Add("w");
                var columns = new List<double[]> { data.Outcome };
                columns.AddRange(data.Drivers.Select((x, j) => j == 0 ? x.Select(v => (scale * v) + shift).ToArray() : x));
                columns.Add(data.Weights);
                var result = new KeyDriverAnalyzer().Analyze(CxOkr.Data.ColumnTable.FromColumns(names, columns), new KeyDriverSpecification("y", data.Names, "w"));
                // A shift of 1e4 on a spread of 0.01 costs the driver about 6 of its 16 digits.
                Assert.Equal(original.RSquared, result.RSquared, 1e-8);
                for (var j = 0; j < original.Drivers.Count; j++)
                {
                    SameImportance(original.Drivers[j], result.Drivers[j], 1e-8);
                }

                var expected = original.Drivers[0].Coefficient / scale;
                // For the same reason a coefficient near zero is reproducible to a tiny fraction of its
                // standard error, not of itself.
                var allowed = 1e-8 * Math.Max(Math.Abs(expected), result.Drivers[0].StandardError);
                Assert.True(Math.Abs(expected - result.Drivers[0].Coefficient) <= allowed, $"coefficient scales by 1/scale: {expected:R} vs {result.Drivers[0].Coefficient:R}, se {result.Drivers[0].StandardError:R}");
            });

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public Property Importance_is_invariant_to_multiplying_all_weights(DriverDataset data) =>
        Prop.ForAll(
            Gen.Elements(1e-3, 0.5, 3.0, 1e4).ToArbitrary(),
            c =>
            {
                var original = data.Analyze();
                var result = new KeyDriverAnalyzer().Analyze(data.Table(weighted: true, weightFactor: c), new KeyDriverSpecification("y", data.Names, "w"));
                Assert.Equal(original.RSquared, result.RSquared, 1e-11);
                Assert.Equal(original.EffectiveN, result.EffectiveN, 1e-8);
                for (var j = 0; j < original.Drivers.Count; j++)
                {
                    SameImportance(original.Drivers[j], result.Drivers[j]);
                    Assert.True(Math.Abs(original.Drivers[j].StandardError - result.Drivers[j].StandardError) <= 1e-8 * original.Drivers[j].StandardError);
                }
            });

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public void A_duplicated_driver_column_is_reported_as_aliased(DriverDataset data)
    {
        var names = new List<string> { "y" };
        names.AddRange(data.Names);
        names.Add("copy");
        names.Add("w");
        var columns = new List<double[]> { data.Outcome };
        columns.AddRange(data.Drivers);
        columns.Add(data.Drivers[0].Select(v => (2 * v) - 1).ToArray());
        columns.Add(data.Weights);
        var drivers = data.Names.Append("copy").ToArray();
        if (data.N < drivers.Length + 2)
        {
            return;
        }

        var result = new KeyDriverAnalyzer().Analyze(CxOkr.Data.ColumnTable.FromColumns(names, columns), new KeyDriverSpecification("y", drivers, "w"));
        Assert.Equal(new[] { "copy" }, result.AliasedDrivers);
        Assert.Equal(data.P, result.Drivers.Count);
        Assert.All(result.Drivers, d => Assert.True(double.IsFinite(d.Shapley) && double.IsFinite(d.P) && double.IsFinite(d.Vif)));
    }

    private static void SameImportance(DriverResult expected, DriverResult actual, double tolerance = Tight)
    {
        Assert.Equal(expected.Name, actual.Name);
        foreach (var (e, a, what) in new[]
        {
            (expected.Shapley, actual.Shapley, "shapley"),
            (expected.RelativeWeight, actual.RelativeWeight, "relativeWeight"),
            (expected.First, actual.First, "first"),
            (expected.Last, actual.Last, "last"),
            (expected.BetaSquared, actual.BetaSquared, "betaSquared"),
            (expected.Pratt, actual.Pratt, "pratt"),
            (expected.Car, actual.Car, "car"),
            (expected.Vif, actual.Vif, "vif"),
        })
        {
            Assert.True(Math.Abs(e - a) <= tolerance * Math.Max(1, Math.Abs(e)), $"{expected.Name}.{what}: {e:R} vs {a:R}");
        }

        for (var s = 0; s < expected.ConditionalDominance.Count; s++)
        {
            Assert.True(Math.Abs(expected.ConditionalDominance[s] - actual.ConditionalDominance[s]) <= tolerance, $"{expected.Name} conditional[{s}]");
        }
    }
}
