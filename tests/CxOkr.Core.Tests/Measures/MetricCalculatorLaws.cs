using CxOkr.Measures;
using FsCheck.Xunit;

namespace CxOkr.Tests.Measures;

[Properties(Arbitrary = [typeof(MeasureArbitraries)], MaxTest = 300)]
public sealed class MetricCalculatorLaws
{
    // Scaling weights changes sums only by rounding: relative 1e-9 is far above it and far below any real change.
    private const double Tolerance = 1e-9;

    private static MeasureOptions Options(Level level, bool adjusted = false) =>
        new(level.Confidence, npsInterval: adjusted ? NpsIntervalMethod.AdjustedWald : NpsIntervalMethod.Wald);

    [Property]
    public bool Nps_lies_in_minus_100_and_100(NpsSample sample, Level level, bool adjusted)
    {
        var r = MetricCalculator.Nps(sample.Observations, Options(level, adjusted));
        return r.Value is >= -100 and <= 100 && r.Lower >= -100 && r.Upper <= 100 && r.Nps!.Score is >= -100 and <= 100;
    }

    [Property]
    public bool Nps_interval_contains_the_value(NpsSample sample, Level level, bool adjusted)
    {
        var r = MetricCalculator.Nps(sample.Observations, Options(level, adjusted));
        return r.Lower <= r.Value && r.Value <= r.Upper;
    }

    [Property]
    public bool Nps_shares_sum_to_one(NpsSample sample)
    {
        var g = MetricCalculator.Nps(sample.Observations).Nps!;
        return Math.Abs(g.Promoters + g.Passives + g.Detractors - 1) < Tolerance
            && g.PromoterCount + g.PassiveCount + g.DetractorCount == sample.Observations.Count;
    }

    [Property]
    public bool Adding_a_promoter_never_lowers_nps(NpsSample sample, WeightScale weight, bool nine)
    {
        var before = MetricCalculator.Nps(sample.Observations).Value;
        var after = MetricCalculator.Nps([.. sample.Observations, new Observation(nine ? 9 : 10, weight.Factor)]).Value;
        return after >= before - Tolerance;
    }

    [Property]
    public bool Adding_a_promoter_never_lowers_unweighted_adjusted_nps(NpsSample sample)
    {
        var unweighted = sample.Observations.Select(o => o with { Weight = 1 }).ToList();
        var options = new MeasureOptions(npsInterval: NpsIntervalMethod.AdjustedWald);
        var before = MetricCalculator.Nps(unweighted, options).Value;
        var after = MetricCalculator.Nps([.. unweighted, new Observation(10)], options).Value;
        return after >= before - Tolerance;
    }

    [Property]
    public bool Scaling_weights_leaves_nps_unchanged(NpsSample sample, WeightScale c, bool adjusted)
    {
        var options = Options(new Level(0.95), adjusted);
        return Same(MetricCalculator.Nps(sample.Observations, options), MetricCalculator.Nps(Scale(sample.Observations, c), options));
    }

    [Property]
    public bool Scaling_weights_leaves_proportion_and_top_box_unchanged(BinarySample sample, WeightScale c)
    {
        var scaled = Scale(sample.Observations, c);
        return Same(MetricCalculator.Proportion(sample.Observations), MetricCalculator.Proportion(scaled))
            && Same(MetricCalculator.TopBox(sample.Observations, 1), MetricCalculator.TopBox(scaled, 1));
    }

    [Property]
    public bool Scaling_weights_leaves_mean_and_median_unchanged(RealSample sample, WeightScale c)
    {
        var scaled = Scale(sample.Observations, c);
        return Same(MetricCalculator.Mean(sample.Observations), MetricCalculator.Mean(scaled))
            && Same(MetricCalculator.Median(sample.Observations), MetricCalculator.Median(scaled));
    }

    [Property]
    public bool Wilson_interval_lies_in_0_and_100_and_contains_the_value(BinarySample sample, Level level)
    {
        var r = MetricCalculator.Proportion(sample.Observations, new MeasureOptions(level.Confidence));
        return 0 <= r.Lower && r.Lower <= r.Value && r.Value <= r.Upper && r.Upper <= 100
            && r.StandardError >= 0;
    }

    [Property]
    public bool Wilson_interval_is_symmetric_under_swapping_successes_and_failures(BinarySample sample)
    {
        var r = MetricCalculator.Proportion(sample.Observations);
        var flipped = MetricCalculator.Proportion(sample.Observations.Select(o => o with { Value = 1 - o.Value }).ToList());
        return Close(r.Lower!.Value, 100 - flipped.Upper!.Value) && Close(r.Upper!.Value, 100 - flipped.Lower!.Value);
    }

    [Property]
    public bool Wilson_interval_widens_with_confidence(BinarySample sample)
    {
        var narrow = MetricCalculator.Proportion(sample.Observations, new MeasureOptions(0.9));
        var wide = MetricCalculator.Proportion(sample.Observations, new MeasureOptions(0.99));
        return wide.Lower <= narrow.Lower + Tolerance && wide.Upper >= narrow.Upper - Tolerance;
    }

    [Property]
    public bool Mean_and_median_intervals_contain_the_value(RealSample sample, Level level)
    {
        var options = new MeasureOptions(level.Confidence);
        var mean = MetricCalculator.Mean(sample.Observations, options);
        var median = MetricCalculator.Median(sample.Observations, options);
        var unweighted = MetricCalculator.Mean(sample.Observations.Select(o => o with { Weight = 1 }).ToList(), options);
        return (mean.Lower is null || (mean.Lower <= mean.Value && mean.Value <= mean.Upper))
            && unweighted.Lower <= unweighted.Value && unweighted.Value <= unweighted.Upper
            && (median.Lower is null || (median.Lower <= median.Value && median.Value <= median.Upper));
    }

    [Property]
    public bool Effective_n_lies_between_1_and_n(RealSample sample)
    {
        var nEff = MetricCalculator.EffectiveN(sample.Observations);
        return nEff >= 1 - Tolerance && nEff <= sample.Observations.Count;
    }

    [Property]
    public bool Results_never_hold_nan(RealSample sample, Level level)
    {
        var options = new MeasureOptions(level.Confidence);
        foreach (var calculation in Enum.GetValues<CxOkr.Journeys.Calculation>())
        {
            var observations = calculation switch
            {
                CxOkr.Journeys.Calculation.Nps => sample.Observations.Select(o => o with { Value = Math.Abs(Math.Round(o.Value)) % 11 }).ToList(),
                CxOkr.Journeys.Calculation.Proportion => sample.Observations.Select(o => o with { Value = o.Value > 0 ? 1 : 0 }).ToList(),
                _ => sample.Observations,
            };
            var r = MetricCalculator.Compute(calculation, observations, topBox: 0, options);
            double?[] numbers = [r.Value, r.EffectiveN, r.StandardError, r.Lower, r.Upper];
            if (numbers.Any(x => x is { } v && !double.IsFinite(v)))
            {
                return false;
            }
        }

        return true;
    }

    private static List<Observation> Scale(IReadOnlyList<Observation> observations, WeightScale c) =>
        observations.Select(o => o with { Weight = o.Weight * c.Factor }).ToList();

    private static bool Same(MetricResult a, MetricResult b) =>
        Close(a.Value, b.Value) && Close(a.EffectiveN, b.EffectiveN) && Close(a.StandardError, b.StandardError)
        && Close(a.Lower, b.Lower) && Close(a.Upper, b.Upper);

    private static bool Close(double? a, double? b) =>
        (a is null && b is null) || (a is { } x && b is { } y && Math.Abs(x - y) <= Tolerance * Math.Max(1, Math.Abs(x)));
}
