using CxOkr.Okrs;

namespace CxOkr.Tests.Okrs;

/// <summary>The worked examples of docs/scoring.md, each recomputable by hand.</summary>
public sealed class OkrScorerExampleTests
{
    private static readonly OkrPeriod Q4 = new("2026-Q4", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));
    private static readonly DateOnly Nov15 = new(2026, 11, 15);
    private readonly OkrScorer _scorer = new();

    // For the examples about other rules whose check-ins are older than StaleAfterDays: no stale cap (issue 15).
    private readonly OkrScorer _noStaleCap = new(new ScoringOptions { StaleStatusCap = OkrStatus.Achieved });

    private static Objective IssueExample() => new(
        "o-onboard",
        "Onboarding feels effortless",
        "support",
        "2026-Q4",
        [
            KeyResult.Increase("kr-reply", "Reply to 95% of feedback within 24h", 0.60, 0.95, weight: 2, checkIns: [new CheckIn(new DateOnly(2026, 10, 20), 0.70, 0.8, "templates live")]),
            KeyResult.AtLeast("kr-csat", "Keep chat CSAT at or above 4.5", 4.5),
            KeyResult.Milestone("kr-kb", "Publish the help centre"),
        ]);

    [Fact]
    public void Expected_progress_on_nov_15_is_45_of_91_days()
    {
        Assert.Equal(45.0 / 91.0, _scorer.ExpectedProgress(Q4, ObjectiveType.Committed, Nov15), 12);
        Assert.Equal(0.7 * 45.0 / 91.0, _scorer.ExpectedProgress(Q4, ObjectiveType.Aspirational, Nov15), 12);
    }

    [Fact]
    public void Issue_example_scores_as_documented()
    {
        var card = _scorer.Score([IssueExample()], [Q4], Nov15);
        var objective = Assert.Single(card.Objectives);
        var reply = objective.KeyResults[0];

        // progress = (0.70 - 0.60) / (0.95 - 0.60) = 2/7
        Assert.Equal(2.0 / 7.0, reply.Progress, 12);
        Assert.Equal(0.70, reply.Current);

        // gap = 45/91 - 2/7 = 0.2088: above 0.10, within 0.25
        Assert.Equal(OkrStatus.AtRisk, reply.Status);

        // line through (0, 0.60) and (19, 0.70) has slope 0.1/19; at day 91: 0.60 + 9.1/19
        Assert.NotNull(reply.Forecast);
        Assert.Equal(0.60 + (9.1 / 19), reply.Forecast!.Value, 12);
        Assert.Equal((9.1 / 19) / 0.35, reply.Forecast.Progress, 12);
        Assert.Equal(1.0, reply.Forecast.Score);

        Assert.Equal(OkrStatus.OffTrack, objective.KeyResults[1].Status); // no check-in: unmet
        // Not done, period not over: on track, but with no check-in in the 45 days since the period start it is
        // stale and capped at atRisk (issue 15 changed this from onTrack).
        Assert.Equal(OkrStatus.AtRisk, objective.KeyResults[2].Status);
        Assert.True(objective.KeyResults[2].Stale);

        // (2 * 2/7 + 1 * 0 + 1 * 0) / 4 = 1/7
        Assert.Equal(1.0 / 7.0, objective.Score!.Value, 12);
        Assert.Equal(Grade.Red, objective.Grade);
        Assert.Equal(OkrStatus.OffTrack, objective.Status);

        var achievement = Assert.Single(card.Achievements);
        Assert.Equal(new Achievement(new DateOnly(2026, 10, 20), AchievementKind.ProgressMilestone, "kr-reply", 0.25), achievement);
    }

    [Fact]
    public void A_score_on_a_threshold_up_to_rounding_counts_as_on_it()
    {
        // Weights 2, 1, 3, 4 with scores 1, 0, 1, 1 give 0.9, whose gap to the period-end expectation 1.0
        // is 0.09999999999999998 unscaled and 0.10000000000000009 with the weights x 18.95: both onTrack.
        var end = Q4.End;
        foreach (var scale in new[] { 1.0, 701.0 / 37.0 })
        {
            var objective = new Objective("o", "Objective", "u", Q4.Id,
            [
                KeyResult.Milestone("a", "a", weight: 2 * scale, checkIns: [new CheckIn(end, 1)]),
                KeyResult.Milestone("b", "b", weight: 1 * scale),
                KeyResult.Milestone("c", "c", weight: 3 * scale, checkIns: [new CheckIn(end, 1)]),
                KeyResult.Milestone("d", "d", weight: 4 * scale, checkIns: [new CheckIn(end, 1)]),
            ]);
            var score = Assert.Single(_scorer.Score([objective], [Q4], end).Objectives);
            Assert.Equal(0.9, score.Score!.Value, 1e-15);
            Assert.Equal(OkrStatus.OnTrack, score.Status);
        }

        // 0.8 - 0.7 is 0.10000000000000009 in floating point; the gap is still within OnTrackMaxGap 0.10.
        var kr = KeyResult.Increase("k", "k", 0, 10, checkIns: [new CheckIn(Q4.Start, 7)]);
        var scorer = new OkrScorer(new ScoringOptions { CommittedTargetScore = 0.8, StaleStatusCap = OkrStatus.Achieved });
        Assert.Equal(OkrStatus.OnTrack, scorer.ScoreKeyResult(kr, Q4, ObjectiveType.Committed, Q4.End).Status);

        // A score a rounding error below a band's bound is in that band; further below, it is not.
        Assert.Equal(Grade.Green, _scorer.GradeOf(0.7 - 1e-15));
        Assert.Equal(Grade.Yellow, _scorer.GradeOf(0.7 - 1e-6));
        Assert.Equal(Grade.Yellow, _scorer.GradeOf(0.4 - 1e-15));
        Assert.Equal(Grade.Red, _scorer.GradeOf(0.4 - 1e-6));
    }

    [Fact]
    public void Progress_milestones_and_thresholds_reached_up_to_rounding_count()
    {
        // (0.3 - 0.1) / (0.5 - 0.1) is 0.49999999999999994 and (0.6 - 0) / 0.8 is 0.7499999999999999.
        var half = KeyResult.Increase("half", "half", 0.1, 0.5, checkIns: [new CheckIn(new DateOnly(2026, 10, 10), 0.3)]);
        var threeQuarters = KeyResult.Increase("tq", "tq", 0, 0.8, checkIns: [new CheckIn(new DateOnly(2026, 10, 10), 0.6)]);
        var objective = new Objective("o", "Objective", "u", Q4.Id, [half, threeQuarters]);
        var levels = _scorer.Score([objective], [Q4], Q4.End).Achievements
            .Where(a => a.Kind == AchievementKind.ProgressMilestone)
            .Select(a => (a.SubjectId, a.Level!.Value))
            .ToArray();
        Assert.Equal([("half", 0.25), ("half", 0.5), ("tq", 0.25), ("tq", 0.5), ("tq", 0.75)], levels);

        // A measured CSAT of 4.4999999999999991 (a mean of decimal answers) holds "at or above 4.5".
        var csat = KeyResult.AtLeast("csat", "csat", 4.5, checkIns: [new CheckIn(new DateOnly(2026, 10, 10), 4.4999999999999991)]);
        Assert.Equal(OkrStatus.OnTrack, _noStaleCap.ScoreKeyResult(csat, Q4, ObjectiveType.Committed, Q4.End).Status);
        var missed = KeyResult.AtLeast("csat", "csat", 4.5, checkIns: [new CheckIn(new DateOnly(2026, 10, 10), 4.4999)]);
        Assert.Equal(OkrStatus.OffTrack, _scorer.ScoreKeyResult(missed, Q4, ObjectiveType.Committed, Q4.End).Status);
    }

    [Fact]
    public void An_objective_whose_status_is_achieved_gets_its_achieved_event_on_that_date()
    {
        // The mean (1 + 0.9999999985) / 2 reaches 1 within the tolerance although the second key result alone does not.
        var day = new DateOnly(2026, 11, 2);
        var objective = new Objective("o", "Objective", "u", Q4.Id,
        [
            KeyResult.Increase("a", "a", 0, 1, checkIns: [new CheckIn(day, 1)]),
            KeyResult.Increase("b", "b", 0, 1, checkIns: [new CheckIn(day, 0.9999999985)]),
        ]);
        var card = _scorer.Score([objective], [Q4], Q4.End);
        var score = Assert.Single(card.Objectives);
        Assert.Equal(OkrStatus.Achieved, score.Status);
        Assert.NotEqual(OkrStatus.Achieved, score.KeyResults[1].Status);
        Assert.Contains(new Achievement(day, AchievementKind.ObjectiveAchieved, "o"), card.Achievements);
    }

    [Fact]
    public void Decrease_progress_uses_the_signed_distance()
    {
        // Cut response time from 10 h to 5 h; at 8 h the progress is (8 - 10) / (5 - 10) = 0.4.
        var kr = KeyResult.Decrease("kr-time", "Halve response time", 10, 5, checkIns: [new CheckIn(Nov15, 8)]);
        var score = _scorer.ScoreKeyResult(kr, Q4, ObjectiveType.Committed, Nov15);
        Assert.Equal(0.4, score.Progress, 12);
    }

    [Fact]
    public void Over_and_under_achievement_stay_visible_in_progress_but_score_is_clamped()
    {
        var over = KeyResult.Increase("a", "a", 0, 10, checkIns: [new CheckIn(Nov15, 15)]);
        var under = KeyResult.Increase("b", "b", 0, 10, checkIns: [new CheckIn(Nov15, -5)]);
        var o = _scorer.ScoreKeyResult(over, Q4, ObjectiveType.Committed, Nov15);
        var u = _scorer.ScoreKeyResult(under, Q4, ObjectiveType.Committed, Nov15);
        Assert.Equal((1.5, 1.0, OkrStatus.Achieved), (o.Progress, o.Score, o.Status));
        Assert.Equal((-0.5, 0.0), (u.Progress, u.Score));
    }

    [Fact]
    public void Check_ins_after_the_as_of_date_are_ignored()
    {
        var kr = KeyResult.Increase("a", "a", 0, 10, checkIns: [new CheckIn(Nov15, 5), new CheckIn(Nov15.AddDays(1), 10)]);
        Assert.Equal(0.5, _scorer.ScoreKeyResult(kr, Q4, ObjectiveType.Committed, Nov15).Score);
    }

    [Theory]
    [InlineData(0.39, OkrStatus.OffTrack)]
    [InlineData(0.4, OkrStatus.AtRisk)]
    [InlineData(0.69, OkrStatus.AtRisk)]
    [InlineData(0.7, OkrStatus.Achieved)]
    public void Low_confidence_caps_the_status(double confidence, OkrStatus expected)
    {
        var kr = KeyResult.Increase("a", "a", 0, 10, checkIns: [new CheckIn(Nov15, 10, confidence)]);
        Assert.Equal(expected, _scorer.ScoreKeyResult(kr, Q4, ObjectiveType.Committed, Nov15).Status);
    }

    [Fact]
    public void Milestone_not_done_is_off_track_from_the_period_end()
    {
        var kr = KeyResult.Milestone("m", "m");
        Assert.Equal(OkrStatus.OnTrack, _noStaleCap.ScoreKeyResult(kr, Q4, ObjectiveType.Committed, Q4.End.AddDays(-1)).Status);
        Assert.Equal(OkrStatus.AtRisk, _scorer.ScoreKeyResult(kr, Q4, ObjectiveType.Committed, Q4.End.AddDays(-1)).Status); // stale (issue 15)
        Assert.Equal(OkrStatus.OffTrack, _scorer.ScoreKeyResult(kr, Q4, ObjectiveType.Committed, Q4.End).Status);
        var done = kr.WithCheckIn(new CheckIn(Nov15, 1));
        Assert.Equal(OkrStatus.Achieved, _scorer.ScoreKeyResult(done, Q4, ObjectiveType.Committed, Nov15).Status);
    }

    [Fact]
    public void At_most_threshold_is_met_at_or_below_it()
    {
        var kr = KeyResult.AtMost("t", "Handle time at most 300 s", 300, checkIns: [new CheckIn(Nov15, 300)]);
        var score = _scorer.ScoreKeyResult(kr, Q4, ObjectiveType.Committed, Nov15);
        Assert.Equal((1.0, OkrStatus.OnTrack), (score.Score, score.Status));
        var missed = kr.WithCheckIn(new CheckIn(Nov15.AddDays(1), 301));
        Assert.Equal(OkrStatus.OffTrack, _scorer.ScoreKeyResult(missed, Q4, ObjectiveType.Committed, Nov15.AddDays(1)).Status);
    }

    [Fact]
    public void One_day_period_expects_nothing_before_its_end_and_everything_on_it()
    {
        var day = new OkrPeriod("d", Nov15, Nov15);
        Assert.Equal(0, _scorer.ExpectedProgress(day, ObjectiveType.Committed, Nov15.AddDays(-1)));
        Assert.Equal(1, _scorer.ExpectedProgress(day, ObjectiveType.Committed, Nov15));
    }

    [Fact]
    public void Objective_without_key_results_rolls_up_its_children_by_weight()
    {
        var parent = new Objective("p", "Parent", "company", "2026-Q4");
        var a = new Objective("a", "A", "team", "2026-Q4", [KeyResult.Increase("ka", "ka", 0, 10, checkIns: [new CheckIn(Nov15, 10)])], "p", weight: 3);
        var b = new Objective("b", "B", "team", "2026-Q4", [KeyResult.Increase("kb", "kb", 0, 10, checkIns: [new CheckIn(Nov15, 2)])], "p", weight: 1);
        var card = _scorer.Score([parent, a, b], [Q4], Nov15);

        // (3 * 1.0 + 1 * 0.2) / 4 = 0.8
        Assert.Equal(0.8, card.Objectives[0].Score!.Value, 12);
        Assert.Equal(Grade.Green, card.Objectives[0].Grade);
    }

    [Fact]
    public void Objective_with_neither_key_results_nor_children_has_no_score_and_says_why()
    {
        var card = _scorer.Score([new Objective("lonely", "Lonely", "u", "2026-Q4")], [Q4], Nov15);
        var objective = Assert.Single(card.Objectives);
        Assert.Null(objective.Score);
        Assert.Null(objective.Status);
        Assert.Contains("no key results", objective.NoScoreReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Alignment_cycle_of_rolled_up_objectives_gives_no_score_instead_of_looping()
    {
        var a = new Objective("a", "A", "u", "2026-Q4", parentId: "b");
        var b = new Objective("b", "B", "u", "2026-Q4", parentId: "a");
        var card = _scorer.Score([a, b], [Q4], Nov15);
        Assert.All(card.Objectives, o => Assert.Null(o.Score));
    }

    [Fact]
    public void Chain_of_100000_rolled_up_objectives_scores_without_overflowing_the_stack()
    {
        const int depth = 100_000;
        var objectives = new List<Objective>(depth);
        for (var i = 0; i < depth - 1; i++)
        {
            objectives.Add(new Objective($"o{i}", "o", "u", "2026-Q4", parentId: i == 0 ? null : $"o{i - 1}"));
        }

        objectives.Add(new Objective($"o{depth - 1}", "leaf", "u", "2026-Q4", [KeyResult.Increase("k", "k", 0, 4, checkIns: [new CheckIn(Nov15, 1)])], $"o{depth - 2}"));
        var card = _scorer.Score(objectives, [Q4], Nov15);
        Assert.Equal(0.25, card.Objectives[0].Score);
    }

    [Fact]
    public void Achievements_list_each_event_once_on_the_check_in_that_caused_it()
    {
        var days = Enumerable.Range(0, 5).Select(i => Q4.Start.AddDays(7 * (i + 1))).ToArray();
        var kr = KeyResult.Increase("k", "k", 0, 10, checkIns:
        [
            new CheckIn(days[0], 1),
            new CheckIn(days[1], 3),
            new CheckIn(days[2], 8),
            new CheckIn(days[3], 10),
            new CheckIn(days[4], 10),
        ]);
        var objective = new Objective("o", "o", "u", "2026-Q4", [kr]);
        var card = _scorer.Score([objective], [Q4], Nov15);
        var expected = new[]
        {
            new Achievement(days[1], AchievementKind.ProgressMilestone, "k", 0.25),
            new Achievement(days[2], AchievementKind.ProgressMilestone, "k", 0.5),
            new Achievement(days[2], AchievementKind.ProgressMilestone, "k", 0.75),
            new Achievement(days[2], AchievementKind.OnTrackStreak, "k"),
            new Achievement(days[3], AchievementKind.KeyResultAchieved, "k"),
            new Achievement(days[3], AchievementKind.ObjectiveAchieved, "o"),
        };
        Assert.Equal(expected, card.Achievements);
    }

    [Fact]
    public void Same_day_check_ins_keep_the_later_one_in_the_list()
    {
        var kr = KeyResult.Increase("k", "k", 0, 10, checkIns: [new CheckIn(Nov15, 3), new CheckIn(Nov15.AddDays(-3), 1), new CheckIn(Nov15, 7)]);
        Assert.Equal([Nov15.AddDays(-3), Nov15], kr.CheckIns.Select(c => c.Date));
        Assert.Equal(7, kr.CheckIns[1].Value);
    }

    [Fact]
    public void Scorer_refuses_an_objective_whose_period_is_not_given()
    {
        var ex = Assert.Throws<ArgumentException>(() => _scorer.Score([new Objective("o", "o", "u", "2027-Q1")], [Q4], Nov15));
        Assert.Contains("2027-Q1", ex.Message, StringComparison.Ordinal);
    }
}
