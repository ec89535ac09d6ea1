using CxOkr.Alignment;
using CxOkr.Findings;
using CxOkr.Journeys;
using CxOkr.Okrs;
using static CxOkr.Tests.Alignment.AlignmentFixture;

namespace CxOkr.Tests.Alignment;

/// <summary>The rules of issue 15 (unguarded-speed-result, weight-against-importance) and multi-parent alignment in the existing rules.</summary>
public sealed class TruthEarlyRuleTests
{
    private static readonly MetricDefinition[] SupportMetrics =
    [
        .. Metrics,
        new("aht", "Handle time", MetricTier.Journey, MetricScope.ForJourney("support"), DataKind.Operational, Collection.Unsolicited, Structure.Structured, Calculation.Mean, betterWhen: BetterWhen.Lower),
        new("backlog", "Backlog", MetricTier.Journey, MetricScope.ForJourney("support"), DataKind.Operational, Collection.Unsolicited, Structure.Structured, Calculation.Mean, betterWhen: BetterWhen.Lower),
        new("fcr", "First-contact resolution", MetricTier.Journey, MetricScope.ForJourney("support"), DataKind.Behavioral, Collection.Unsolicited, Structure.Structured, Calculation.Mean),
        new("app_sat", "App satisfaction", MetricTier.Journey, MetricScope.ForJourney("app"), DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean),
    ];

    private static AlignmentReport CheckSpeed(List<Objective> objectives) =>
        new AlignmentChecker().Check(new CascadeGraph(objectives, Units, [Q4, Nov, Q1], SupportMetrics, Links));

    private static Objective Speed(string? guardrail) => new("o-phone", "Phone is fast", "support", "Q4",
        [new KeyResult("kr-aht", "Cut handle time", KeyResultKind.Decrease, 500, 400, metricId: "aht", guardrailMetricId: guardrail)], "o-company");

    [Fact]
    public void Speed_result_without_a_quality_guardrail_warns()
    {
        var objectives = Healthy();
        objectives.Add(Speed(null));
        var finding = Assert.Single(CheckSpeed(objectives).Of(AlignmentRuleIds.UnguardedSpeedResult));
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(["kr-aht", "o-phone"], finding.Subjects);
        Assert.Contains("names no guardrail metric", finding.Message, StringComparison.Ordinal);

        // A guardrail on another operational metric, or on a quality metric of another journey, is no quality guardrail.
        objectives[^1] = Speed("backlog");
        Assert.Contains("not a quality", Assert.Single(CheckSpeed(objectives).Of(AlignmentRuleIds.UnguardedSpeedResult)).Message, StringComparison.Ordinal);
        objectives[^1] = Speed("app_sat");
        Assert.Single(CheckSpeed(objectives).Of(AlignmentRuleIds.UnguardedSpeedResult));
    }

    [Fact]
    public void Near_miss_speed_result_guarded_by_an_experience_metric_of_the_same_journey()
    {
        var objectives = Healthy();
        objectives.Add(Speed("fcr"));
        Assert.Empty(CheckSpeed(objectives).Of(AlignmentRuleIds.UnguardedSpeedResult));

        // Raising an operational metric needs no guardrail.
        objectives[^1] = Obj("o-phone", "support", "o-company", "Q4", Kr("kr-aht", "aht"));
        Assert.Empty(CheckSpeed(objectives).Of(AlignmentRuleIds.UnguardedSpeedResult));
    }

    [Fact]
    public void Weights_against_driver_importance_are_info_naming_the_suggestion()
    {
        var objectives = Healthy();
        objectives.Add(new Objective("o-care", "Care", "support", "Q4",
            [KeyResult.Increase("kr-a", "Courtesy", 0, 1, weight: 2, metricId: "chat_csat"), KeyResult.Increase("kr-b", "Speed", 0, 1, weight: 1, metricId: "app_rating")], "o-company"));
        var drivers = new[] { new KeyDriverRanking("support_sat", [new("app_rating", 0.3), new("chat_csat", 0.1)]) };
        var finding = Assert.Single(Check(objectives, drivers).Of(AlignmentRuleIds.WeightAgainstImportance));
        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Equal(["o-care", "kr-a", "kr-b"], finding.Subjects);
        Assert.Contains("weight 2, suggested 0.75", finding.Message, StringComparison.Ordinal);
        Assert.Contains("weight 1, suggested 2.25", finding.Message, StringComparison.Ordinal);

        // Near miss: the same order as the shares.
        var agreeing = new[] { new KeyDriverRanking("support_sat", [new("app_rating", 0.1), new("chat_csat", 0.3)]) };
        Assert.Empty(Check(objectives, agreeing).Of(AlignmentRuleIds.WeightAgainstImportance));
    }

    [Fact]
    public void Rules_follow_every_parent_of_a_multi_parent_objective()
    {
        var objectives = Healthy();
        objectives.Add(new Objective("o-both", "Both", "chat", "Q1", [Kr("kr-both", "chat_csat")], parents: [new ObjectiveParent("o-support", 0.5), new ObjectiveParent("o-ghost", 0.5)]));
        var report = Check(objectives);
        Assert.Contains(report.Of(AlignmentRuleIds.DanglingReference), f => f.Subjects.SequenceEqual(["o-both", "o-ghost"]));
        Assert.Contains(report.Of(AlignmentRuleIds.PeriodOutsideParent), f => f.Subjects.SequenceEqual(["o-both", "o-support"]));
        Assert.DoesNotContain(report.Of(AlignmentRuleIds.Orphan), f => f.Subjects.Contains("o-both"));

        // A loop through the second parent only.
        var loop = Healthy();
        loop[0] = new Objective("o-company", "Company", "company", "Q4", [Kr("kr-nps", "nps")], parents: [new ObjectiveParent("o-x", 0.5), new ObjectiveParent("o-chat", 0.5)]);
        var cycle = Assert.Single(Check(loop).Of(AlignmentRuleIds.Cycle));
        Assert.Equal(["o-chat", "o-company", "o-support"], cycle.Subjects);

        // Owner outside parent unit on the second parent.
        var cross = Healthy();
        cross.Add(new Objective("o-s2", "S2", "sales", "Q4", [Kr("kr-s2", "nps")], parents: [new ObjectiveParent("o-company", 0.5), new ObjectiveParent("o-support", 0.5)]));
        Assert.Contains(Check(cross).Of(AlignmentRuleIds.OwnerOutsideParentUnit), f => f.Subjects.SequenceEqual(["o-s2", "o-support"]));
    }
}
