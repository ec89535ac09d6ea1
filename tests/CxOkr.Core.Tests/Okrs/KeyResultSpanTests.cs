using CxOkr.Okrs;

namespace CxOkr.Tests.Okrs;

/// <summary>A key result whose target - baseline overflows is refused at construction, not scored to NaN.</summary>
public sealed class KeyResultSpanTests
{
    [Theory]
    [InlineData(-1.7e308, 1.7e308)]
    [InlineData(-double.MaxValue, double.MaxValue)]
    public void An_increase_spanning_more_than_the_largest_double_is_refused_naming_the_target(double baseline, double target)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => KeyResult.Increase("kr", "Grow", baseline, target));

        Assert.Contains("target - baseline must be a finite number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decrease_spanning_more_than_the_largest_double_is_refused() =>
        Assert.ThrowsAny<ArgumentException>(() => KeyResult.Decrease("kr", "Cut", double.MaxValue, -double.MaxValue));

    [Fact]
    public void A_span_just_inside_the_range_is_kept() =>
        Assert.Equal(8.9e307, KeyResult.Increase("kr", "Grow", -8.9e307, 8.9e307).Target);
}
