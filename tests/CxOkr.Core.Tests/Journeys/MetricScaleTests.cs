using CxOkr.Journeys;

namespace CxOkr.Tests.Journeys;

public sealed class MetricScaleTests
{
    [Theory]
    [InlineData("1:5", 1, 5)]
    [InlineData("0:10", 0, 10)]
    [InlineData(" -2.5 : 2.5 ", -2.5, 2.5)]
    [InlineData("1e-3:1E3", 0.001, 1000)]
    public void Parse_reads_min_and_max_in_the_invariant_culture(string text, double min, double max)
    {
        var scale = MetricScale.Parse(text);
        Assert.Equal((min, max, (double?)null), (scale.Min, scale.Max, scale.TopBox));
        Assert.True(MetricScale.TryParse(text, out var same));
        Assert.Equal(scale, same);
    }

    [Theory]
    [InlineData("5:1", "scale '5:1': MAX (1) must be above MIN (5).")]
    [InlineData("3:3", "scale '3:3': MAX (3) must be above MIN (3).")]
    [InlineData("1:NaN", "scale '1:NaN': MIN and MAX must be finite numbers.")]
    [InlineData("1:1e400", "scale '1:1e400': MIN and MAX must be finite numbers.")]
    [InlineData("-Infinity:5", "scale '-Infinity:5': MIN and MAX must be finite numbers.")]
    [InlineData("1,5", "scale '1,5' is not MIN:MAX with numbers such as 1:5 (a '.' for decimals).")]
    [InlineData("1:5:9", "scale '1:5:9' is not MIN:MAX with numbers such as 1:5 (a '.' for decimals).")]
    [InlineData("1,5:9", "scale '1,5:9' is not MIN:MAX with numbers such as 1:5 (a '.' for decimals).")]
    [InlineData("", "scale '' is not MIN:MAX with numbers such as 1:5 (a '.' for decimals).")]
    public void Parse_refuses_anything_but_finite_min_below_max(string text, string message)
    {
        var ex = Assert.Throws<FormatException>(() => MetricScale.Parse(text));
        Assert.Equal(message, ex.Message);
        Assert.False(MetricScale.TryParse(text, out var scale));
        Assert.Null(scale);
    }

    [Fact]
    public void TryParse_of_null_is_false_and_Parse_of_null_throws()
    {
        Assert.False(MetricScale.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => MetricScale.Parse(null!));
    }
}
