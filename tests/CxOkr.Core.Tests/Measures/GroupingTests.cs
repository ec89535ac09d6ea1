using CxOkr.Measures;

namespace CxOkr.Tests.Measures;

public sealed class GroupingTests
{
    [Fact]
    public void Date_range_end_before_start_is_rejected_naming_end()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new DateRange("q", new(2026, 12, 31), new(2026, 10, 1)));
        Assert.Equal("end", ex.ParamName);
    }

    [Fact]
    public void Ranges_must_be_present_and_uniquely_named()
    {
        Assert.Throws<ArgumentException>(() => Grouping.ByRanges([]));
        var q = new DateRange("q", new(2026, 10, 1), new(2026, 12, 31));
        Assert.Throws<ArgumentException>(() => Grouping.ByRanges([q, q]));
    }

    [Fact]
    public void Segment_attribute_must_not_be_blank()
    {
        Assert.Throws<ArgumentException>(() => Grouping.BySegment(" "));
        Assert.Throws<ArgumentException>(() => Grouping.ByPeriod(TimeBucket.Month, ""));
    }

    [Fact]
    public void Result_group_labels()
    {
        Assert.Equal("2026-10 / EU", new ResultGroup("2026-10", null, null, "region", "EU").Label);
        Assert.Equal("(missing)", new ResultGroup(null, null, null, "region", null).Label);
        Assert.Equal("2026-Q4", new ResultGroup("2026-Q4", null, null, null, null).Label);
    }
}
