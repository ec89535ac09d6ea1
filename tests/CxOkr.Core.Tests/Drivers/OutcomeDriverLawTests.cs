using CxOkr.Drivers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Tests.Drivers;

/// <summary>Laws of the logistic and ordinal key-driver models on random data (FsCheck over seeds).</summary>
public sealed class OutcomeDriverLawTests
{
    // Each fit stops at glm's deviance criterion (1e-8 relative), so two fits of the same model from
    // different starting points agree to about 1e-8 in the coefficients.
    private const double Fit = 1e-6;

    private static readonly OutcomeDriverAnalyzer Analyzer = new();

    public static Arbitrary<int> Seeds => Gen.Choose(1, 1_000_000).ToArbitrary();

    [Property(MaxTest = 40)]
    public Property Shapley_values_sum_to_McFaddens_r_squared() =>
        Prop.ForAll(Seeds, Gen.Elements(false, true).ToArbitrary(), (seed, ordinal) =>
        {
            var data = new OutcomeDataset(seed, ordinal);
            OutcomeDriverResult result = ordinal ? Analyzer.AnalyzeOrdinal(data.Table()) : Analyzer.AnalyzeLogistic(data.Table());
            Assert.Equal(result.PseudoRSquared.McFadden, result.Drivers.Sum(d => d.Shapley), 1e-12);
            Assert.Equal(1.0, result.Drivers.Sum(d => d.ShapleyShare), 1e-12);
        });

    [Property(MaxTest = 40)]
    public Property Relabelling_zero_and_one_flips_every_sign_and_keeps_the_pseudo_r_squared() =>
        Prop.ForAll(Seeds, seed =>
        {
            var data = new OutcomeDataset(seed, ordinal: false);
            var original = Analyzer.AnalyzeLogistic(data.Table());
            var flipped = Analyzer.AnalyzeLogistic(data.Table(data.Outcome.Select(y => 1 - y).ToArray()));
            Near(-original.Intercept, flipped.Intercept, Fit);
            for (var j = 0; j < original.Drivers.Count; j++)
            {
                Near(-original.Drivers[j].Coefficient, flipped.Drivers[j].Coefficient, Fit);
                Near(original.Drivers[j].StandardError, flipped.Drivers[j].StandardError, Fit);
                Near(original.Drivers[j].Shapley, flipped.Drivers[j].Shapley, Fit);
            }

            SamePseudo(original.PseudoRSquared, flipped.PseudoRSquared);
        });

    [Property(MaxTest = 30)]
    public Property Reversing_the_ordinal_levels_flips_signs_and_reverses_the_thresholds() =>
        Prop.ForAll(Seeds, seed =>
        {
            var data = new OutcomeDataset(seed, ordinal: true);
            var original = Analyzer.AnalyzeOrdinal(data.Table());
            var reversed = Analyzer.AnalyzeOrdinal(data.Table(data.Outcome.Select(y => (data.Levels + 1) - y).ToArray()));
            var k = original.Thresholds.Count;
            Assert.Equal(k, reversed.Thresholds.Count);
            for (var t = 0; t < k; t++)
            {
                Near(-original.Thresholds[t].Value, reversed.Thresholds[k - 1 - t].Value, Fit);
                Near(original.Thresholds[t].StandardError, reversed.Thresholds[k - 1 - t].StandardError, Fit);
            }

            for (var j = 0; j < original.Drivers.Count; j++)
            {
                Near(-original.Drivers[j].Coefficient, reversed.Drivers[j].Coefficient, Fit);
                Near(original.Drivers[j].StandardError, reversed.Drivers[j].StandardError, Fit);
            }

            SamePseudo(original.PseudoRSquared, reversed.PseudoRSquared);
        });

    [Property(MaxTest = 30)]
    public Property Duplicating_every_row_equals_weight_two() =>
        Prop.ForAll(Seeds, Gen.Elements(false, true).ToArbitrary(), (seed, ordinal) =>
        {
            var data = new OutcomeDataset(seed, ordinal);
            OutcomeDriverResult Run(DriverTable table) => ordinal ? Analyzer.AnalyzeOrdinal(table) : Analyzer.AnalyzeLogistic(table);
            var twice = Run(data.Table(copies: 2));
            var doubled = Run(data.Table(weightFactor: 2));
            Same(twice, doubled);
        });

    [Property(MaxTest = 30)]
    public Property Driver_order_does_not_change_any_number() =>
        Prop.ForAll(Seeds, Gen.Elements(false, true).ToArbitrary(), (seed, ordinal) =>
        {
            var data = new OutcomeDataset(seed, ordinal);
            OutcomeDriverResult Run(DriverTable table) => ordinal ? Analyzer.AnalyzeOrdinal(table) : Analyzer.AnalyzeLogistic(table);
            var original = Run(data.Table());
            var reversed = Run(data.Table(order: data.Names.Reverse().ToArray()));
            Same(original, reversed);
        });

    private static void Same(OutcomeDriverResult a, OutcomeDriverResult b)
    {
        Near(a.LogLikelihood, b.LogLikelihood, 1e-9);
        Near(a.NullLogLikelihood, b.NullLogLikelihood, 1e-12);
        Assert.Equal(a.SumOfWeights, b.SumOfWeights, 1e-9);
        SamePseudo(a.PseudoRSquared, b.PseudoRSquared);
        foreach (var d in a.Drivers)
        {
            var e = b.Drivers.Single(x => x.Name == d.Name);
            Near(d.Coefficient, e.Coefficient, Fit);
            Near(d.StandardError, e.StandardError, Fit);
            Near(d.Z, e.Z, Fit);
            Near(d.Shapley, e.Shapley, Fit);
            Near(d.ShapleyShare, e.ShapleyShare, Fit);
            Near(d.Mean, e.Mean, 1e-12);
            Near(d.Performance, e.Performance, 1e-9);
            Assert.Equal(d.Quadrant, e.Quadrant);
        }

        if (a is LogisticDriverResult la && b is LogisticDriverResult lb)
        {
            Near(la.Intercept, lb.Intercept, Fit);
            Near(la.InterceptStandardError, lb.InterceptStandardError, Fit);
        }

        if (a is OrdinalDriverResult oa && b is OrdinalDriverResult ob)
        {
            for (var t = 0; t < oa.Thresholds.Count; t++)
            {
                Near(oa.Thresholds[t].Value, ob.Thresholds[t].Value, Fit);
                Near(oa.Thresholds[t].StandardError, ob.Thresholds[t].StandardError, Fit);
            }
        }
    }

    private static void SamePseudo(PseudoRSquared a, PseudoRSquared b)
    {
        Near(a.McFadden, b.McFadden, Fit);
        Near(a.CoxSnell, b.CoxSnell, Fit);
        Near(a.Nagelkerke, b.Nagelkerke, Fit);
        Near(a.Estrella, b.Estrella, Fit);
    }

    /// <summary>Equal to a relative tolerance, or an absolute one of the same size for values near 0.</summary>
    private static void Near(double expected, double actual, double tolerance, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(actual))] string? what = null) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance * Math.Max(1e-3, Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");
}
