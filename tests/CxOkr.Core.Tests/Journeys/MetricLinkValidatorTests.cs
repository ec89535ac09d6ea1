using CxOkr.Findings;
using CxOkr.Journeys;
using static CxOkr.Tests.Journeys.JourneyModelTests;

namespace CxOkr.Tests.Journeys;

public sealed class MetricLinkValidatorTests
{
    private static readonly MetricDefinition[] Metrics =
    [
        Metric("chat_csat", MetricTier.Interaction),
        Metric("chat_ces", MetricTier.Interaction),
        Metric("support_sat", MetricTier.Journey),
        Metric("rnps", MetricTier.Relationship),
    ];

    [Fact]
    public void Links_up_the_tiers_are_valid()
    {
        Assert.Empty(MetricLinkValidator.Validate(Metrics, [new("chat_csat", "support_sat"), new("support_sat", "rnps"), new("chat_ces", "rnps")]));
    }

    [Fact]
    public void Link_down_a_tier_is_an_error()
    {
        var finding = Assert.Single(MetricLinkValidator.Validate(Metrics, [new("rnps", "support_sat")]));
        Assert.Equal(MetricLinkValidator.DownTierRule, finding.Rule);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(["rnps", "support_sat"], finding.Subjects);
    }

    [Fact]
    public void Cycle_within_a_tier_is_an_error_naming_its_metrics()
    {
        var findings = MetricLinkValidator.Validate(Metrics, [new("chat_csat", "chat_ces"), new("chat_ces", "chat_csat"), new("chat_ces", "support_sat")]);
        var cycle = Assert.Single(findings);
        Assert.Equal(MetricLinkValidator.CycleRule, cycle.Rule);
        Assert.Equal(["chat_ces", "chat_csat"], cycle.Subjects);
    }

    [Fact]
    public void Unknown_metric_and_duplicate_link_are_errors()
    {
        var findings = MetricLinkValidator.Validate(Metrics, [new("ghost", "rnps"), new("chat_csat", "support_sat"), new("chat_csat", "support_sat")]);
        Assert.Equal([MetricLinkValidator.UnknownMetricRule, MetricLinkValidator.DuplicateRule], findings.Select(f => f.Rule));
        Assert.Throws<ArgumentException>(() => MetricLinkValidator.EnsureValid(Metrics, [new("ghost", "rnps")]));
    }

    [Fact]
    public void A_long_chain_closing_into_a_cycle_does_not_overflow_the_stack()
    {
        const int length = 100_000;
        var metrics = Enumerable.Range(0, length).Select(i => Metric($"m{i}", MetricTier.Interaction)).ToList();
        var links = Enumerable.Range(0, length).Select(i => new MetricLink($"m{i}", $"m{(i + 1) % length}")).ToList();
        var finding = Assert.Single(MetricLinkValidator.Validate(metrics, links));
        Assert.Equal(length, finding.Subjects.Count);
    }
}
