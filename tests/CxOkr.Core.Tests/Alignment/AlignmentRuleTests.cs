using CxOkr.Alignment;
using CxOkr.Findings;
using CxOkr.Okrs;
using static CxOkr.Tests.Alignment.AlignmentFixture;

namespace CxOkr.Tests.Alignment;

/// <summary>For every built-in rule: a case that trips it and a near miss that does not.</summary>
public sealed class AlignmentRuleTests
{
    [Fact]
    public void Healthy_cascade_has_no_findings()
    {
        Assert.Empty(Check(Healthy()).Findings);
    }

    [Fact]
    public void Duplicate_objective_and_key_result_ids_are_errors()
    {
        var objectives = Healthy();
        objectives.Add(Obj("o-chat", "chat", "o-support", "Q4", Kr("kr-nps", "chat_csat")));
        var findings = Check(objectives).Of(AlignmentRuleIds.DuplicateId).ToList();
        Assert.Equal([["kr-nps"], ["o-chat"]], findings.Select(f => f.Subjects));
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
    }

    [Fact]
    public void Near_miss_same_title_different_ids_is_no_duplicate()
    {
        var objectives = Healthy();
        objectives.Add(new Objective("o-chat-2", "Objective o-chat", "chat", "Q4", [Kr("kr-csat-2", "chat_csat")], "o-support"));
        Assert.Empty(Check(objectives).Of(AlignmentRuleIds.DuplicateId));
    }

    [Fact]
    public void Dangling_parent_unit_period_and_metric_are_errors_naming_both_ids()
    {
        var objectives = Healthy();
        objectives.Add(Obj("o-x", "nowhere", "o-ghost", "Q9", Kr("kr-x", "no_metric")));
        var subjects = Check(objectives).Of(AlignmentRuleIds.DanglingReference).Select(f => string.Join("|", f.Subjects)).ToList();
        Assert.Equal(["kr-x|no_metric", "o-x|Q9", "o-x|nowhere", "o-x|o-ghost"], subjects); // ordinal order of subjects
    }

    [Fact]
    public void Metric_references_are_not_judged_when_no_metrics_are_defined()
    {
        var graph = new CascadeGraph(Healthy(), Units, [Q4]);
        Assert.Empty(new AlignmentChecker().Check(graph).Of(AlignmentRuleIds.DanglingReference));
    }

    [Fact]
    public void Parent_links_closing_a_loop_are_one_cycle_with_its_members_as_subjects()
    {
        var objectives = Healthy();
        objectives[0] = Obj("o-company", "company", "o-chat", "Q4", Kr("kr-nps", "nps"));
        var cycle = Assert.Single(Check(objectives).Of(AlignmentRuleIds.Cycle));
        Assert.Equal(["o-chat", "o-company", "o-support"], cycle.Subjects);
        Assert.Contains("Objective o-company", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Objective_of_a_sub_unit_without_parent_is_an_orphan_but_a_top_unit_objective_is_not()
    {
        var objectives = Healthy();
        objectives.Add(Obj("o-lone", "chat", null, "Q4", Kr("kr-lone", "chat_csat")));
        objectives.Add(Obj("o-top", "company", null, "Q4", Kr("kr-top", "nps")));
        var orphan = Assert.Single(Check(objectives).Of(AlignmentRuleIds.Orphan));
        Assert.Equal(["o-lone"], orphan.Subjects);
        Assert.Equal(FindingSeverity.Warning, orphan.Severity);
    }

    [Fact]
    public void Child_period_must_lie_inside_the_parents()
    {
        var objectives = Healthy();
        objectives.Add(Obj("o-next", "chat", "o-support", "Q1", Kr("kr-next", "chat_csat")));
        objectives.Add(Obj("o-nov", "chat", "o-support", "Nov", Kr("kr-nov", "chat_csat"))); // near miss: inside
        var finding = Assert.Single(Check(objectives).Of(AlignmentRuleIds.PeriodOutsideParent));
        Assert.Equal(["o-next", "o-support"], finding.Subjects);
    }

    [Fact]
    public void Child_owned_outside_the_parents_unit_tree_is_reported_as_cross_team()
    {
        var objectives = Healthy();
        objectives.Add(Obj("o-sales-help", "sales", "o-support", "Q4", Kr("kr-sh", "support_sat")));
        var finding = Assert.Single(Check(objectives).Of(AlignmentRuleIds.OwnerOutsideParentUnit));
        Assert.Equal(["o-sales-help", "o-support"], finding.Subjects);
        Assert.Equal(FindingSeverity.Info, finding.Severity);

        // o-chat (chat team, under support) aligning to o-support is inside the tree: no finding for it.
        Assert.DoesNotContain(finding.Subjects, s => s == "o-chat");
    }

    [Fact]
    public void Increase_and_decrease_on_one_metric_in_overlapping_periods_conflict()
    {
        var objectives = Healthy();
        objectives.Add(Obj("o-phone", "support", "o-company", "Q4", Kr("kr-aht-down", "handle_time", KeyResultKind.Decrease)));
        objectives.Add(Obj("o-save", "sales", "o-company", "Nov", Kr("kr-aht-up", "handle_time", KeyResultKind.Increase)));
        objectives.Add(Obj("o-later", "sales", "o-company", "Q1", Kr("kr-aht-up-later", "handle_time", KeyResultKind.Increase)));
        var finding = Assert.Single(Check(objectives).Of(AlignmentRuleIds.ConflictingDirection));
        Assert.Equal(["kr-aht-down", "kr-aht-up"], finding.Subjects);
        Assert.Contains("handle_time", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thresholds_conflict_only_when_both_cannot_hold()
    {
        var objectives = Healthy();
        objectives.Add(Obj("o-a", "support", "o-company", "Q4", Kr("kr-min", "handle_time", KeyResultKind.AtLeast, 300)));
        objectives.Add(Obj("o-b", "sales", "o-company", "Q4", Kr("kr-max", "handle_time", KeyResultKind.AtMost, 400)));
        Assert.Empty(Check(objectives).Of(AlignmentRuleIds.ConflictingDirection)); // 300 <= v <= 400 can hold

        objectives.Add(Obj("o-c", "sales", "o-company", "Q4", Kr("kr-max-low", "handle_time", KeyResultKind.AtMost, 250)));
        var finding = Assert.Single(Check(objectives).Of(AlignmentRuleIds.ConflictingDirection));
        Assert.Equal(["kr-max-low", "kr-min"], finding.Subjects);
    }

    [Fact]
    public void Objective_of_a_unit_with_teams_that_nobody_aligns_to_is_not_cascaded()
    {
        var objectives = Healthy();
        objectives.Add(Obj("o-support-2", "support", "o-company", "Q4", Kr("kr-s2", "support_sat")));
        var finding = Assert.Single(Check(objectives).Of(AlignmentRuleIds.NotCascaded));
        Assert.Equal(["o-support-2"], finding.Subjects);
    }

    [Fact]
    public void Child_whose_metrics_do_not_feed_the_parents_is_unlinked()
    {
        var objectives = Healthy();
        objectives.Add(Obj("o-app", "chat", "o-support", "Q4", Kr("kr-app", "app_rating")));
        objectives.Add(Obj("o-csat", "chat", "o-company", "Q4", Kr("kr-csat-2", "chat_csat"))); // near miss: chat_csat feeds nps transitively
        objectives.Add(Obj("o-free", "chat", "o-support", "Q4", Kr("kr-free", null))); // not judged: no metric
        var finding = Assert.Single(Check(objectives).Of(AlignmentRuleIds.UnlinkedContribution));
        Assert.Equal(["o-app", "o-support"], finding.Subjects);
    }

    [Fact]
    public void Team_owning_a_higher_tier_metric_than_its_parent_is_a_tier_inversion()
    {
        var objectives = Healthy();
        objectives.Add(Obj("o-chat-nps", "chat", "o-chat", "Q4", Kr("kr-chat-nps", "nps")));
        objectives.Add(Obj("o-chat-same", "chat", "o-chat", "Q4", Kr("kr-chat-same", "chat_csat"))); // near miss: same tier
        var finding = Assert.Single(Check(objectives).Of(AlignmentRuleIds.TierInversion));
        Assert.Equal(["kr-chat-nps", "o-chat-nps", "o-chat"], finding.Subjects);
    }

    [Fact]
    public void Top_driver_that_no_key_result_measures_is_uncovered()
    {
        var ranking = new KeyDriverRanking("support_sat", [new("chat_csat", 0.4), new("handle_time", 0.3), new("app_rating", 0.05), new("courtesy", 0.02)]);
        var topTwo = new AlignmentOptions { TopDrivers = 2 };
        var finding = Assert.Single(Check(Healthy(), [ranking], topTwo).Of(AlignmentRuleIds.UncoveredDriver));
        Assert.Equal(["support_sat", "handle_time"], finding.Subjects); // chat_csat, the first, is measured

        // By default the top three count: app_rating is third and unmeasured too; courtesy (fourth) is not judged.
        var subjects = Check(Healthy(), [ranking]).Of(AlignmentRuleIds.UncoveredDriver).Select(f => f.Subjects[1]);
        Assert.Equal(["app_rating", "handle_time"], subjects);
    }

    [Fact]
    public void More_than_five_objectives_per_unit_or_key_results_per_objective_is_overloaded()
    {
        var objectives = Healthy();
        for (var i = 0; i < 5; i++)
        {
            objectives.Add(Obj($"o-chat-{i}", "chat", "o-support", "Q4", Kr($"kr-c{i}", "chat_csat")));
        }

        objectives.Add(Obj("o-big", "sales", "o-company", "Q4", [.. Enumerable.Range(0, 6).Select(i => Kr($"kr-big{i}", "nps"))]));
        var subjects = Check(objectives).Of(AlignmentRuleIds.Overloaded).Select(f => string.Join("|", f.Subjects)).ToList();
        Assert.Equal(["chat|Q4", "o-big"], subjects);

        objectives.RemoveAt(objectives.Count - 2); // five objectives for chat: at the limit, not over
        Assert.DoesNotContain("chat|Q4", Check(objectives).Of(AlignmentRuleIds.Overloaded).Select(f => string.Join("|", f.Subjects)));
    }

    [Fact]
    public void Options_switch_rules_off_and_change_severity()
    {
        var objectives = Healthy();
        objectives.Add(Obj("o-lone", "chat", null, "Q4", Kr("kr-lone", "chat_csat")));
        var options = new AlignmentOptions();
        options = options with { Severities = options.Severities.SetItem(AlignmentRuleIds.Orphan, FindingSeverity.Error) };
        Assert.Equal(FindingSeverity.Error, Assert.Single(Check(objectives, options: options).Of(AlignmentRuleIds.Orphan)).Severity);

        options = options with { DisabledRules = options.DisabledRules.Add(AlignmentRuleIds.Orphan) };
        Assert.Empty(Check(objectives, options: options).Of(AlignmentRuleIds.Orphan));
    }

    [Fact]
    public void Host_rules_run_after_the_built_in_ones_and_findings_are_ordered()
    {
        var objectives = Healthy();
        objectives.Add(Obj("o-lone", "chat", null, "Q4", Kr("kr-lone", "chat_csat")));
        objectives.Add(Obj("o-lone", "chat", null, "Q4", Kr("kr-lone-2", "chat_csat")));
        var checker = new AlignmentChecker(additionalRules: [new NoTitleShoutingRule()]);
        var report = checker.Check(new CascadeGraph(objectives, Units, [Q4], Metrics, Links));
        Assert.Contains(report.Findings, f => f.Rule == "no-title-shouting");
        var order = report.Findings.Select(f => (f.Severity, f.Rule)).ToList();
        Assert.Equal(order.OrderBy(o => o.Severity).ThenBy(o => o.Rule, StringComparer.Ordinal), order);
        Assert.Equal(report.Findings.Count, report.Errors + report.Warnings + report.Infos);
    }

    [Fact]
    public void Two_rules_with_one_id_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new AlignmentChecker(additionalRules: [new NoTitleShoutingRule(), new NoTitleShoutingRule()]));
    }

    [Fact]
    public void Chain_of_100000_objectives_and_a_long_cycle_check_without_overflowing_the_stack()
    {
        const int depth = 100_000;
        var objectives = new List<Objective>(depth + depth);
        for (var i = 0; i < depth; i++)
        {
            objectives.Add(Obj($"c{i}", "company", i == 0 ? null : $"c{i - 1}"));
        }

        for (var i = 0; i < depth; i++)
        {
            objectives.Add(Obj($"l{i}", "company", $"l{(i + 1) % depth}"));
        }

        var report = new AlignmentChecker().Check(new CascadeGraph(objectives, Units, [Q4]));
        var cycle = Assert.Single(report.Of(AlignmentRuleIds.Cycle));
        Assert.Equal(depth, cycle.Subjects.Count);
    }

    private sealed class NoTitleShoutingRule : IAlignmentRule
    {
        public string Id => "no-title-shouting";

        public FindingSeverity DefaultSeverity => FindingSeverity.Info;

        public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options) =>
            graph.Objectives.Where(o => o.Title.Contains('l', StringComparison.Ordinal)).Select(o => new Finding(Id, DefaultSeverity, [o.Id], $"{o.Title} is fine."));
    }

    [Fact]
    public void Driver_ranking_treats_shares_equal_up_to_rounding_as_ties_ordered_by_id()
    {
        var ranking = new KeyDriverRanking("o", [new("c", 0.2), new("b", 0.33333333333333354), new("a", 0.3333333333333333), new("d", 0.33333333333333326)]);
        Assert.Equal(["a", "b", "d", "c"], ranking.Drivers.Select(d => d.Key));
    }
}
