using CxOkr.Journeys;
using static CxOkr.Tests.Journeys.JourneyModelTests;

namespace CxOkr.Tests.Journeys;

public sealed class JourneyMapTests
{
    private static readonly Journey Support = new("support", "Getting help", JourneyAudience.Customer,
        [new JourneyStage("st-ask", "Ask for help", 1, [new Touchpoint("tp-chat", "Chat", Channel.Chat, "chat-team")])],
        [new OutcomeKpi("support_sat", OutcomeCategory.Customer)]);

    [Fact]
    public void Map_finds_metrics_by_tier_journey_and_stage()
    {
        var map = new JourneyMap(
            [Support],
            [Metric("chat_csat", MetricTier.Interaction), Metric("support_sat", MetricTier.Journey), Metric("rnps", MetricTier.Relationship)],
            [new("chat_csat", "support_sat"), new("support_sat", "rnps")]);
        Assert.Equal(["chat_csat"], map.StageMetrics(Support.Stages[0]).Select(m => m.Id));
        Assert.Equal(["support_sat"], map.JourneyMetrics(Support).Select(m => m.Id));
        Assert.Equal(["rnps"], map.MetricsOfTier(MetricTier.Relationship).Select(m => m.Id));
        Assert.Equal("rnps", Assert.Single(map.LinksFrom("support_sat")).To);
        Assert.Null(map.FindMetric("ghost"));
        Assert.Empty(map.Check());
    }

    [Fact]
    public void Ids_must_be_unique_across_the_map()
    {
        var other = new Journey("other", "Other", JourneyAudience.Employee, [new JourneyStage("st-ask", "Ask", 1)]);
        var ex = Assert.Throws<ArgumentException>(() => new JourneyMap([Support, other], [], []));
        Assert.Contains("stage id 'st-ask' is used twice", ex.Message);
        Assert.Throws<ArgumentException>(() => new JourneyMap([], [Metric("m", MetricTier.Relationship), Metric("m", MetricTier.Relationship)], []));
    }
}
