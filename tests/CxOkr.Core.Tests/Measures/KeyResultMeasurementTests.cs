using CxOkr.Journeys;
using CxOkr.Measures;

namespace CxOkr.Tests.Measures;

public sealed class KeyResultMeasurementTests
{
    private static readonly MetricDefinition Csat = new("chat_csat", "Chat CSAT", MetricTier.Interaction, MetricScope.ForTouchpoint("tp-chat"),
        DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean, new MetricScale(1, 5));

    private static readonly DateOnly Start = new(2026, 10, 1);

    // Ten answers a day from Oct 1 to Oct 30: 4 and 5 alternating in October's first half, all 5 after.
    private static readonly IReadOnlyList<Response> Responses = Enumerable.Range(0, 300)
        .Select(i => new Response($"r{i}", Start.AddDays(i / 10), new Dictionary<string, double> { ["chat_csat"] = i / 10 < 15 ? 4 + (i % 2) : 5 }))
        .ToList();

    [Fact]
    public void Cumulative_check_ins_use_every_response_from_the_period_start()
    {
        var checkIns = KeyResultMeasurement.CheckIns(Csat, Responses, [new(2026, 10, 30), new(2026, 10, 15)], Start);
        Assert.Equal([new DateOnly(2026, 10, 15), new DateOnly(2026, 10, 30)], checkIns.Select(c => c.Date));
        Assert.Equal([150, 300], checkIns.Select(c => c.N));
        Assert.Equal(4.5, checkIns[0].Value, 12);
        Assert.Equal(4.75, checkIns[1].Value, 12);
        Assert.All(checkIns, c => Assert.Equal(Start, c.WindowStart));
    }

    [Fact]
    public void Trailing_window_uses_only_its_days()
    {
        var checkIn = Assert.Single(KeyResultMeasurement.CheckIns(Csat, Responses, [new(2026, 10, 30)], Start, trailingDays: 7));
        Assert.Equal(new DateOnly(2026, 10, 24), checkIn.WindowStart);
        Assert.Equal(70, checkIn.N);
        Assert.Equal(5, checkIn.Value);
    }

    [Fact]
    public void Dates_without_responses_are_left_out()
    {
        Assert.Empty(KeyResultMeasurement.CheckIns(Csat, Responses, [new(2026, 12, 30)], new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void Confident_attainment_needs_the_whole_interval_past_the_target()
    {
        var checkIn = KeyResultMeasurement.CheckIns(Csat, Responses, [new(2026, 10, 15)], Start)[0];
        Assert.True(checkIn.Lower < 4.5 && 4.4 < checkIn.Lower);
        Assert.True(KeyResultMeasurement.IsConfidentlyAttained(checkIn, 4.4, BetterWhen.Higher));
        Assert.False(KeyResultMeasurement.IsConfidentlyAttained(checkIn, 4.5, BetterWhen.Higher));
        Assert.True(KeyResultMeasurement.IsConfidentlyAttained(checkIn, 4.6, BetterWhen.Lower));
        Assert.False(KeyResultMeasurement.IsConfidentlyAttained(checkIn, 4.5, BetterWhen.Lower));
    }

    [Fact]
    public void A_bound_on_the_target_up_to_rounding_attains_it()
    {
        // Three answers of 0.7: the mean is 0.6999999999999998 and the interval has no width.
        var share = new MetricDefinition("share", "Share", MetricTier.Interaction, MetricScope.ForTouchpoint("tp-chat"),
            DataKind.Operational, Collection.Unsolicited, Structure.Structured, Calculation.Mean, new MetricScale(0, 1));
        var responses = Enumerable.Range(0, 3).Select(i => new Response($"r{i}", Start, new Dictionary<string, double> { ["share"] = 0.7 })).ToList();
        var checkIn = Assert.Single(KeyResultMeasurement.CheckIns(share, responses, [Start], Start));
        Assert.Equal(0.7, checkIn.Lower!.Value, 1e-12);
        Assert.True(KeyResultMeasurement.IsConfidentlyAttained(checkIn, 0.7, BetterWhen.Higher));
        Assert.True(KeyResultMeasurement.IsConfidentlyAttained(checkIn, 0.7, BetterWhen.Lower));
        Assert.False(KeyResultMeasurement.IsConfidentlyAttained(checkIn, 0.7001, BetterWhen.Higher));
    }
}
