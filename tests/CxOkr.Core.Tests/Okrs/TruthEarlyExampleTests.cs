using CxOkr.Okrs;

namespace CxOkr.Tests.Okrs;

/// <summary>The worked examples of docs/scoring.md, "Telling the truth early" (issue 15).</summary>
public sealed class TruthEarlyExampleTests
{
    private static readonly OkrPeriod Q4 = new("q4", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));
    private static readonly DateOnly Nov15 = new(2026, 11, 15);

    private static DateOnly Day(int d) => Q4.Start.AddDays(d);

    private static Objective Loyal(ObjectiveType type = ObjectiveType.Committed) => new("o-loyal", "Customers stay", "cx", "q4",
    [
        KeyResult.Increase("kr-nps", "Lift NPS", 20, 35, weight: 2, metricId: "nps", checkIns: [new CheckIn(Day(14), 22, 0.8), new CheckIn(Day(28), 25, 0.8), new CheckIn(Day(42), 26, 0.66)]),
        new KeyResult("kr-aht", "Cut handle time", KeyResultKind.Decrease, 540, 450, metricId: "aht", checkIns: [new CheckIn(Day(9), 530), new CheckIn(Day(24), 505, 0.9)], guardrailMetricId: "fcr", guardrailMargin: 2),
        KeyResult.AtLeast("kr-fcr", "Hold FCR", 70, metricId: "fcr", checkIns: [new CheckIn(Day(0), 74), new CheckIn(Day(44), 71)]),
    ], type: type);

    [Fact]
    public void Worked_example_has_the_documented_fields()
    {
        var objective = new OkrScorer().Score([Loyal()], [Q4], Nov15).Objectives[0];
        var (nps, aht, fcr) = (objective.KeyResults[0], objective.KeyResults[1], objective.KeyResults[2]);

        // R: pt((33.75 - 35) / 1.47902, 2) = 0.2435054
        Assert.Equal(0.2435054, nps.AttainmentProbability!.Value, 6);
        Assert.Equal(0.9131, aht.AttainmentProbability!.Value, 4);
        Assert.Null(fcr.AttainmentProbability);
        Assert.Equal("only increase and decrease key results have a probability of attainment", fcr.NoProbabilityReason);

        Assert.False(nps.Stale);
        Assert.Equal(3, nps.DaysSinceCheckIn);
        Assert.True(aht.Stale);
        Assert.Equal(21, aht.DaysSinceCheckIn);
        Assert.Equal(["kr-aht"], objective.StaleKeyResults);

        Assert.Equal("behind the expected progress by 0.09; confidence 0.66 below 0.7", nps.StatusReason);
        Assert.Equal("behind the expected progress by 0.11; stale for 21 days", aht.StatusReason);
        Assert.Equal("71 at or above the threshold 70", fcr.StatusReason);
        Assert.Equal("ahead of the expected progress by 0.05; 1 of 3 key results stale", objective.StatusReason);

        Assert.Equal(0.66, objective.Confidence);
        Assert.Equal(new GuardrailCheck("fcr", 2, 74, 71, true, "checkIns"), aht.Guardrail);
        Assert.Null(nps.Guardrail);

        // Committed: every key result must reach 1, so p = 0.2435 x 0.9131 x 1 = 0.2223 exactly (error 0).
        Assert.Equal(nps.AttainmentProbability.Value * aht.AttainmentProbability.Value, objective.AttainmentProbability!.Value, 15);
        Assert.Equal(0, objective.AttainmentProbabilityError);

        // The simulation agrees with the product within 3 of its standard errors (committed objective under a roll-up parent is drawn).
        var child = new Objective("c", "c", "cx", "q4", Loyal().KeyResults, parentId: "p");
        var rolled = new OkrScorer().Score([new Objective("p", "p", "cx", "q4"), child], [Q4], Nov15);
        var simulated = rolled.Find("c")!;
        Assert.True(simulated.AttainmentProbabilityError > 0);
        Assert.Equal(objective.AttainmentProbability.Value, simulated.AttainmentProbability!.Value, 3 * simulated.AttainmentProbabilityError!.Value);
        Assert.Equal(Math.Sqrt(simulated.AttainmentProbability.Value * (1 - simulated.AttainmentProbability.Value) / 10_000), simulated.AttainmentProbabilityError.Value, 15);
        Assert.Equal(simulated.AttainmentProbability, rolled.Find("p")!.AttainmentProbability);
    }

    [Fact]
    public void Objective_probability_is_seeded_and_changes_with_the_seed_only_within_its_error()
    {
        var a = new OkrScorer().Score([Loyal(ObjectiveType.Aspirational)], [Q4], Nov15).Objectives[0];
        var b = new OkrScorer().Score([Loyal(ObjectiveType.Aspirational)], [Q4], Nov15).Objectives[0];
        var c = new OkrScorer(new ScoringOptions { SimulationSeed = 7 }).Score([Loyal(ObjectiveType.Aspirational)], [Q4], Nov15).Objectives[0];
        Assert.True(a.AttainmentProbabilityError > 0);
        Assert.Equal(a.AttainmentProbability, b.AttainmentProbability);
        Assert.NotEqual(a.AttainmentProbability, c.AttainmentProbability);
        Assert.True(Math.Abs(a.AttainmentProbability!.Value - c.AttainmentProbability!.Value) < 5 * a.AttainmentProbabilityError!.Value);
    }

    [Theory]
    [InlineData(ConfidenceRollup.Weakest, 0.66)]
    [InlineData(ConfidenceRollup.WeightedMean, (2 * 0.66 + 0.9) / 3)]
    [InlineData(ConfidenceRollup.Product, 0.66 * 0.9)]
    public void Confidence_rolls_up_as_configured(ConfidenceRollup rollup, double expected)
    {
        var objective = new OkrScorer(new ScoringOptions { ConfidenceRollup = rollup }).Score([Loyal()], [Q4], Nov15).Objectives[0];
        Assert.Equal(expected, objective.Confidence!.Value, 12);
    }

    [Fact]
    public void Stale_caps_at_the_configured_status_and_counts_to_the_period_end()
    {
        var kr = KeyResult.AtLeast("t", "t", 70, checkIns: [new CheckIn(Day(10), 75)]);
        var scorer = new OkrScorer();
        Assert.Equal(OkrStatus.OnTrack, scorer.ScoreKeyResult(kr, Q4, ObjectiveType.Committed, Day(24)).Status); // 14 days: not stale
        var stale = scorer.ScoreKeyResult(kr, Q4, ObjectiveType.Committed, Day(25));
        Assert.Equal((true, 15, OkrStatus.AtRisk), (stale.Stale, stale.DaysSinceCheckIn!.Value, stale.Status));
        Assert.Equal("75 at or above the threshold 70; stale for 15 days", stale.StatusReason);
        Assert.Equal(OkrStatus.OffTrack, new OkrScorer(new ScoringOptions { StaleStatusCap = OkrStatus.OffTrack }).ScoreKeyResult(kr, Q4, ObjectiveType.Committed, Day(25)).Status);
        Assert.Equal(OkrStatus.OnTrack, new OkrScorer(new ScoringOptions { StaleAfterDays = 30 }).ScoreKeyResult(kr, Q4, ObjectiveType.Committed, Day(25)).Status);

        // Checked in on the last day: not stale weeks after the period.
        var last = KeyResult.AtLeast("t", "t", 70, checkIns: [new CheckIn(Q4.End, 75)]);
        Assert.False(scorer.ScoreKeyResult(last, Q4, ObjectiveType.Committed, Q4.End.AddDays(40)).Stale);

        // No check-in: stale once 14 days of the period have passed.
        var none = KeyResult.Milestone("m", "m");
        Assert.False(scorer.ScoreKeyResult(none, Q4, ObjectiveType.Committed, Day(13)).Stale);
        var late = scorer.ScoreKeyResult(none, Q4, ObjectiveType.Committed, Day(14));
        Assert.True(late.Stale);
        Assert.Null(late.DaysSinceCheckIn);
        Assert.Equal("not done yet; no check-in in the 14 days since the period start", late.StatusReason);

        // Achieved needs no more check-ins.
        var done = KeyResult.Milestone("m", "m", checkIns: [new CheckIn(Day(1), 1)]);
        Assert.Equal((false, OkrStatus.Achieved), (scorer.ScoreKeyResult(done, Q4, ObjectiveType.Committed, Day(80)).Stale, scorer.ScoreKeyResult(done, Q4, ObjectiveType.Committed, Day(80)).Status));
    }

    [Fact]
    public void Probability_needs_three_points_and_a_spread_of_days()
    {
        var two = KeyResult.Increase("k", "k", 0, 10, checkIns: [new CheckIn(Day(10), 2)]);
        var score = new OkrScorer().ScoreKeyResult(two, Q4, ObjectiveType.Committed, Day(20));
        Assert.Null(score.AttainmentProbability);
        Assert.Contains("2 point(s)", score.NoProbabilityReason, StringComparison.Ordinal);
        var oneDay = KeyResult.Increase("k", "k", 0, 10, checkIns: [new CheckIn(Day(0), 2), new CheckIn(Day(0).AddDays(0), 3)]);
        Assert.Null(OkrScorer.AttainmentProbability(oneDay, Q4, Day(20)));

        // Points on a line: s = 0, so 1 when the line reaches the target at E and 0 when it does not.
        var exact = KeyResult.Increase("k", "k", 0, 91, checkIns: [new CheckIn(Day(10), 10), new CheckIn(Day(20), 20)]);
        Assert.Equal(1, OkrScorer.AttainmentProbability(exact, Q4, Day(20)));
        var short1 = KeyResult.Increase("k", "k", 0, 92, checkIns: [new CheckIn(Day(10), 10), new CheckIn(Day(20), 20)]);
        Assert.Equal(0, OkrScorer.AttainmentProbability(short1, Q4, Day(20)));
    }

    [Fact]
    public void Target_weighted_roll_up_weighs_children_by_their_targets()
    {
        Objective Child(string id, double target, double value) => new(id, id, "u", "q4",
            [KeyResult.Increase(id + "-kr", "revenue", 0, target, metricId: "revenue", checkIns: [new CheckIn(Day(30), value)])], parentId: "p");
        var parent = new Objective("p", "p", "u", "q4", [new KeyResult("p-kr", "revenue", KeyResultKind.Increase, 0, 1000, metricId: "revenue", rollup: KeyResultRollup.TargetWeighted)]);
        var card = new OkrScorer().Score([parent, Child("a", 100_000, 50_000), Child("b", 20_000, 16_000), Child("c", 1_000, 1_000)], [Q4], Day(30));
        var expected = ((100.0 * 0.5) + (20.0 * 0.8) + (1.0 * 1.0)) / 121;
        Assert.Equal(expected, card.Find("p")!.KeyResults[0].Progress, 12);
        Assert.Equal(0.554, Math.Round(expected, 3));
    }

    [Fact]
    public void Multi_parent_child_counts_in_each_parent_with_its_share()
    {
        var child = new Objective("c", "c", "u", "q4", [KeyResult.Milestone("m", "m", checkIns: [new CheckIn(Day(5), 1)])], parents: [new ObjectiveParent("p1", 0.6), new ObjectiveParent("p2", 0.4)]);
        var other = new Objective("d", "d", "u", "q4", [KeyResult.Milestone("n", "n")], parentId: "p1");
        var card = new OkrScorer().Score([new Objective("p1", "p1", "u", "q4"), new Objective("p2", "p2", "u", "q4"), child, other], [Q4], Day(6));

        // p1: (0.6 x 1 + 1 x 0) / (0.6 + 1) = 0.375; p2: only the child, 1.
        Assert.Equal(0.375, card.Find("p1")!.Score!.Value, 12);
        Assert.Equal(1, card.Find("p2")!.Score);
        Assert.Equal("p1", child.ParentId);
        Assert.Throws<ArgumentException>(() => new Objective("c", "c", "u", "q4", parentId: "p1", parents: [new ObjectiveParent("p2", 0.5)]));
        Assert.Throws<ArgumentException>(() => new Objective("c", "c", "u", "q4", parents: [new ObjectiveParent("p2", 0.5), new ObjectiveParent("p2", 0.5)]));
    }

    [Fact]
    public void Suggested_weights_follow_the_drivers_shares()
    {
        var objective = new Objective("o", "o", "u", "q4",
        [
            KeyResult.Increase("a", "a", 0, 1, metricId: "courtesy"),
            KeyResult.Increase("b", "b", 0, 1, metricId: "speed"),
            KeyResult.Increase("c", "c", 0, 1, metricId: "other"),
        ]);
        var evidence = new ScoringEvidence { DriverImportances = [new DriverImportance("sat", [new("courtesy", 0.30), new("speed", 0.10)])] };
        var scores = new OkrScorer().Score([objective], [Q4], Day(5), evidence).Objectives[0].KeyResults;
        Assert.Equal(1.5, scores[0].SuggestedWeight!.Value, 12);
        Assert.Equal(0.5, scores[1].SuggestedWeight!.Value, 12);
        Assert.Null(scores[2].SuggestedWeight);
    }

    [Fact]
    public void Guardrail_reading_from_responses_wins_over_check_ins()
    {
        var evidence = new ScoringEvidence { Guardrails = [new GuardrailReading("fcr", "q4", 74, 73, true)] };
        var aht = new OkrScorer().Score([Loyal()], [Q4], Nov15, evidence).Objectives[0].KeyResults[1];
        Assert.Equal(new GuardrailCheck("fcr", 2, 74, 73, false, "responses"), aht.Guardrail);
    }
}
