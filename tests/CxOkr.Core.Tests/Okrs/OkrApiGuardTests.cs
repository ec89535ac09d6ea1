using CxOkr.Okrs;

namespace CxOkr.Tests.Okrs;

/// <summary>Bad arguments to the scorer and the OKR types are refused naming the parameter; the conveniences behave as documented.</summary>
public sealed class OkrApiGuardTests
{
    private static readonly OkrPeriod Q4 = new("2026-Q4", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));
    private static readonly DateOnly Nov15 = new(2026, 11, 15);

    [Fact]
    public void SpanInDays_is_the_days_from_start_to_end_not_the_inclusive_count()
    {
        Assert.Equal(91, Q4.SpanInDays); // 92 days inclusive
        Assert.Equal(0, new OkrPeriod("d", Nov15, Nov15).SpanInDays);
    }
}
