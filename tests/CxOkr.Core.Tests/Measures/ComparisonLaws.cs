using CxOkr.Measures;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Tests.Measures;

[Properties(Arbitrary = [typeof(MeasureArbitraries), typeof(ComparisonLaws)], MaxTest = 300)]
public sealed class ComparisonLaws
{
    public static Arbitrary<PValues> PValueList() =>
        Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000.0).ListOf().Select(l => new PValues(l.ToArray())).ToArbitrary();

    [Property]
    public bool Swapping_an_nps_pair_negates_the_difference_and_keeps_p(NpsSample a, NpsSample b, bool adjusted, Level level)
    {
        var options = new MeasureOptions(level.Confidence, npsInterval: adjusted ? NpsIntervalMethod.AdjustedWald : NpsIntervalMethod.Wald);
        return Swapped(MetricCalculator.Nps(a.Observations, options), MetricCalculator.Nps(b.Observations, options), level.Confidence);
    }

    [Property]
    public bool Swapping_a_proportion_pair_negates_the_difference_and_keeps_p(BinarySample a, BinarySample b, Level level) =>
        Swapped(MetricCalculator.Proportion(a.Observations), MetricCalculator.Proportion(b.Observations), level.Confidence);

    [Property]
    public bool Swapping_a_mean_pair_negates_the_difference_and_keeps_p_and_df(RealSample a, RealSample b, Level level, bool weighted)
    {
        IReadOnlyList<Observation> Of(RealSample s) => weighted ? s.Observations : s.Observations.Select(o => o with { Weight = 1 }).ToList();
        var x = MetricCalculator.Mean(Of(a));
        var y = MetricCalculator.Mean(Of(b));
        try
        {
            return Swapped(x, y, level.Confidence) && MetricComparison.Compare(x, y, level.Confidence).DegreesOfFreedom == MetricComparison.Compare(y, x, level.Confidence).DegreesOfFreedom;
        }
        catch (NumericRangeException)
        {
            // Weights so unequal that n_eff is barely above 1: refused both ways.
            return Assert.Throws<NumericRangeException>(() => MetricComparison.Compare(y, x, level.Confidence)) is not null;
        }
    }

    [Property]
    public bool Holm_is_at_least_bh_which_is_at_least_raw(PValues p)
    {
        var holm = PValueAdjuster.Adjust(p.Values, PValueAdjustment.Holm);
        var bh = PValueAdjuster.Adjust(p.Values, PValueAdjustment.BenjaminiHochberg);
        var none = PValueAdjuster.Adjust(p.Values, PValueAdjustment.None);
        return p.Values.Select((raw, k) => holm[k] >= bh[k] && bh[k] >= raw && none[k] == raw && holm[k] <= 1).All(x => x);
    }

    private static bool Swapped(MetricResult a, MetricResult b, double confidence)
    {
        var ab = MetricComparison.Compare(a, b, confidence);
        var ba = MetricComparison.Compare(b, a, confidence);
        return ab.Difference == -ba.Difference && ab.PValue == ba.PValue && ab.StandardError == ba.StandardError
            && ab.Statistic == -ba.Statistic && ab.Lower == -ba.Upper && ab.Upper == -ba.Lower;
    }
}

public sealed record PValues(double[] Values);
