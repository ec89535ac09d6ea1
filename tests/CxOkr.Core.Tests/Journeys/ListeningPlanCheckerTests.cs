using CxOkr.Journeys;
using static CxOkr.Tests.Journeys.JourneyModelTests;

namespace CxOkr.Tests.Journeys;

public sealed class ListeningPlanCheckerTests
{
    private static Journey Support(params OutcomeKpi[] outcomes) => new("support", "Getting help", JourneyAudience.Customer,
        [
            new JourneyStage("st-ask", "Ask for help", 1, [new Touchpoint("tp-chat", "Chat", Channel.Chat, "chat-team")]),
            new JourneyStage("st-resolve", "Resolution", 2),
        ],
        outcomes);

    private static readonly MetricDefinition[] Complete =
    [
        Metric("chat_csat", MetricTier.Interaction, MetricScope.ForTouchpoint("tp-chat")),
        Metric("fix_rate", MetricTier.Interaction, MetricScope.ForStage("st-resolve")),
        Metric("support_sat", MetricTier.Journey, MetricScope.ForJourney("support")),
        Metric("rnps", MetricTier.Relationship),
    ];

    private static readonly MetricLink[] CompleteLinks = [new("chat_csat", "support_sat"), new("fix_rate", "support_sat"), new("support_sat", "rnps")];

    [Fact]
    public void Complete_plan_has_no_finding()
    {
        Assert.Empty(ListeningPlanChecker.Check([Support(new OutcomeKpi("support_sat", OutcomeCategory.Customer))], Complete, CompleteLinks));
    }

    [Fact]
    public void Every_gap_is_reported_with_its_rule_and_subjects()
    {
        MetricDefinition[] metrics = [Metric("chat_csat", MetricTier.Interaction, MetricScope.ForTouchpoint("tp-chat"), source: null), Metric("rnps", MetricTier.Relationship)];
        var findings = ListeningPlanChecker.Check([Support()], metrics, []);
        Assert.Equal(
            [
                (ListeningPlanChecker.JourneyWithoutMetricRule, "support"),
                (ListeningPlanChecker.JourneyWithoutOutcomeRule, "support"),
                (ListeningPlanChecker.StageWithoutMetricRule, "st-resolve"),
                (ListeningPlanChecker.InteractionNotLinkedRule, "chat_csat"),
                (ListeningPlanChecker.DataKindWithoutSourceRule, "chat_csat"),
            ],
            findings.Select(f => (f.Rule, f.Subjects[0])));
        Assert.All(findings, f => Assert.Equal(CxOkr.Findings.FindingSeverity.Warning, f.Severity));
    }

    [Fact]
    public void Unknown_scope_and_outcome_metric_and_bad_links_are_errors_listed_first()
    {
        MetricDefinition[] metrics = [.. Complete, Metric("ghost_tp", MetricTier.Interaction, MetricScope.ForTouchpoint("tp-none"))];
        MetricLink[] links = [.. CompleteLinks, new("ghost_tp", "support_sat"), new("rnps", "chat_csat")];
        var findings = ListeningPlanChecker.Check([Support(new OutcomeKpi("nope", OutcomeCategory.Business))], metrics, links);
        Assert.Equal(
            ["link-down-tier", "link-cycle", "metric-unknown-scope", "outcome-unknown-metric"],
            findings.Where(f => f.Severity == CxOkr.Findings.FindingSeverity.Error).Select(f => f.Rule));
        Assert.Equal(CxOkr.Findings.FindingSeverity.Error, findings[0].Severity);
    }
}
