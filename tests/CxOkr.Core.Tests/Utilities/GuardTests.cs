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

    [Fact]
    public void Dated_rejects_the_default_date_naming_the_parameter_and_accepts_the_next_day()
    {
        DateOnly date = default;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Dated(date));
        Assert.Equal("date", ex.ParamName);
        Assert.Equal(new DateOnly(1, 1, 2), Guard.Dated(new DateOnly(1, 1, 2)));
    }
}
