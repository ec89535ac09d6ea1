using CxOkr.Utilities;

namespace CxOkr.Tests.Utilities;

public sealed class GuardTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.5)]
    [InlineData(double.PositiveInfinity)]
    public void NonNegative_rejects_nan_negative_and_infinity_naming_the_parameter(double weight)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.NonNegative(weight));
        Assert.Equal("weight", ex.ParamName);
    }

    [Fact]
    public void NotBlank_rejects_white_space_naming_the_parameter()
    {
        var id = "  ";
        var ex = Assert.Throws<ArgumentException>(() => Guard.NotBlank(id));
        Assert.Equal("id", ex.ParamName);
    }
}
