using CxOkr.Okrs;

namespace CxOkr.Tests.Okrs;

public sealed class KeyResultTests
{
    [Fact]
    public void Increase_with_target_not_above_baseline_is_refused_naming_target()
    {
        var ex = Assert.Throws<ArgumentException>(() => KeyResult.Increase("kr-1", "t", 0.6, 0.5));
        Assert.Equal("target", ex.ParamName);
        Assert.Contains("must be above baseline (0.6)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decrease_with_target_not_below_baseline_is_refused()
    {
        Assert.Throws<ArgumentException>(() => KeyResult.Decrease("kr-1", "t", 5, 5));
    }

    [Fact]
    public void Threshold_on_an_increase_key_result_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new KeyResult("k", "t", KeyResultKind.Increase, 0, 1, threshold: 3));
        Assert.Equal("threshold", ex.ParamName);
    }

    [Fact]
    public void Milestone_check_in_other_than_0_or_1_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => KeyResult.Milestone("m", "t", checkIns: [new CheckIn(new DateOnly(2026, 1, 1), 0.5)]));
        Assert.Contains("checkIns[0].value", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Negative_or_nan_weight_is_refused(double weight)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => KeyResult.AtLeast("k", "t", 4.5, weight));
        Assert.Equal("weight", ex.ParamName);
    }

    [Fact]
    public void Objective_with_all_zero_weights_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Objective("o", "t", "u", "p", [KeyResult.Milestone("a", "a", 0), KeyResult.Milestone("b", "b", 0)]));
    }

    [Fact]
    public void Objective_with_duplicate_key_result_ids_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Objective("o", "t", "u", "p", [KeyResult.Milestone("a", "a"), KeyResult.Milestone("a", "b")]));
    }

    [Fact]
    public void Confidence_outside_unit_interval_is_refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CheckIn(new DateOnly(2026, 1, 1), 1, 1.2));
        Assert.Equal("confidence", ex.ParamName);
    }

    [Fact]
    public void Period_ending_before_it_starts_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OkrPeriod("p", new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 31)));
    }

    [Fact]
    public void Options_with_red_band_above_green_are_refused_by_the_scorer()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new OkrScorer(new ScoringOptions { RedBelow = 0.8, GreenFrom = 0.7 }));
        Assert.Equal("RedBelow", ex.ParamName);
    }
}
