using CxOkr.Okrs;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Tests.Okrs;

/// <summary>The scoring rules of docs/scoring.md stated as laws.</summary>
public sealed class OkrScoringLaws
{
    private const double Tolerance = 1e-12;
    private static readonly OkrScorer Scorer = new();
    private static readonly OkrPeriod Q = OkrArbitraries.Quarter;

    [Property(MaxTest = 300)]
    public Property Key_result_score_lies_in_0_1() =>
        Prop.ForAll(
            (from kr in OkrArbitraries.AnyKeyResult from asOf in OkrArbitraries.AsOf select (kr, asOf)).ToArbitrary(),
            t =>
            {
                var s = Scorer.ScoreKeyResult(t.kr, Q, ObjectiveType.Committed, t.asOf);
                return s.Score >= 0 && s.Score <= 1 && double.IsFinite(s.Progress);
            });

    [Property(MaxTest = 300)]
    public Property Moving_the_value_toward_the_target_never_lowers_the_score() =>
        Prop.ForAll(
            (from baseline in OkrArbitraries.Value
             from step in OkrArbitraries.PositiveStep
             from v1 in OkrArbitraries.Value
             from v2 in OkrArbitraries.Value
             from decrease in Gen.Elements(false, true)
             select (baseline, step, lo: Math.Min(v1, v2), hi: Math.Max(v1, v2), decrease)).ToArbitrary(),
            t =>
            {
                var day = Q.Start.AddDays(30);
                KeyResult At(double v) => t.decrease
                    ? KeyResult.Decrease("k", "k", t.baseline, t.baseline - t.step, checkIns: [new CheckIn(day, v)])
                    : KeyResult.Increase("k", "k", t.baseline, t.baseline + t.step, checkIns: [new CheckIn(day, v)]);

                // For a decrease key result the lower value is the one nearer the target.
                var (far, near) = t.decrease ? (t.hi, t.lo) : (t.lo, t.hi);
                var farScore = Scorer.ScoreKeyResult(At(far), Q, ObjectiveType.Committed, day);
                var nearScore = Scorer.ScoreKeyResult(At(near), Q, ObjectiveType.Committed, day);
                return nearScore.Score >= farScore.Score && nearScore.Status <= farScore.Status;
            });

    [Property(MaxTest = 300)]
    public Property Decrease_key_result_scores_like_the_increase_with_values_negated() =>
        Prop.ForAll(
            (from kr in OkrArbitraries.Increase from asOf in OkrArbitraries.AsOf select (kr, asOf)).ToArbitrary(),
            t =>
            {
                var inc = t.kr;
                var dec = KeyResult.Decrease("kr", "Decrease", -inc.Baseline!.Value, -inc.Target!.Value, inc.Weight, checkIns: inc.CheckIns.Select(c => new CheckIn(c.Date, -c.Value, c.Confidence)));
                var a = Scorer.ScoreKeyResult(inc, Q, ObjectiveType.Committed, t.asOf);
                var b = Scorer.ScoreKeyResult(dec, Q, ObjectiveType.Committed, t.asOf);
                return Close(a.Progress, b.Progress) && Close(a.Score, b.Score) && a.Status == b.Status
                    && (a.Forecast is null) == (b.Forecast is null)
                    && (a.Forecast is null || (Close(a.Forecast.Progress, b.Forecast!.Progress) && Close(a.Forecast.Value, -b.Forecast.Value)));
            });

    [Property(MaxTest = 300)]
    public Property Objective_score_lies_between_its_lowest_and_highest_key_result_score() =>
        Prop.ForAll(
            (from o in OkrArbitraries.Objective from asOf in OkrArbitraries.AsOf select (o, asOf)).ToArbitrary(),
            t =>
            {
                var card = Scorer.Score([t.o], [Q], t.asOf).Objectives[0];
                var positive = card.KeyResults.Where((_, i) => t.o.KeyResults[i].Weight > 0).Select(k => k.Score).ToArray();
                return card.Score >= positive.Min() - Tolerance && card.Score <= positive.Max() + Tolerance;
            });

    [Property(MaxTest = 1000)]
    public Property Scaling_weights_or_reordering_key_results_leaves_the_objective_score_grade_and_status_unchanged() =>
        Prop.ForAll(
            (from o in OkrArbitraries.Objective
             from c in Gen.Choose(1, 1000).Select(i => i / 37.0)
             from seed in Gen.Choose(0, int.MaxValue)
             from asOf in OkrArbitraries.AsOf
             select (o, c, seed, asOf)).ToArbitrary(),
            t =>
            {
                var shuffled = t.o.KeyResults.ToArray();
                new Random(t.seed).Shuffle(shuffled);
                var scaled = new Objective("o", "Objective", "u", Q.Id, shuffled.Select(kr => OkrArbitraries.Rename(kr, kr.Id, kr.Weight * t.c)), type: t.o.Type);
                var before = Scorer.Score([t.o], [Q], t.asOf).Objectives[0];
                var after = Scorer.Score([scaled], [Q], t.asOf).Objectives[0];
                return Close(before.Score!.Value, after.Score!.Value) && before.Status == after.Status && before.Grade == after.Grade;
            });

    [Property(MaxTest = 300)]
    public Property An_achieved_objective_has_its_achieved_event_on_or_before_the_as_of_date() =>
        Prop.ForAll(
            (from o in OkrArbitraries.Objective from asOf in OkrArbitraries.AsOf select (o, asOf)).ToArbitrary(),
            t =>
            {
                var card = Scorer.Score([t.o], [Q], t.asOf);
                var achieved = card.Objectives[0].Status == OkrStatus.Achieved;
                var events = card.Achievements.Count(a => a.Kind == AchievementKind.ObjectiveAchieved && a.SubjectId == t.o.Id && a.Date <= t.asOf);
                return (!achieved || events == 1).Label($"status {card.Objectives[0].Status}, {events} event(s)");
            });

    [Property(MaxTest = 300)]
    public Property Status_never_improves_when_progress_falls() =>
        Prop.ForAll(
            (from kr in OkrArbitraries.Increase
             from v1 in OkrArbitraries.Value
             from v2 in OkrArbitraries.Value
             from confidence in OkrArbitraries.Confidence
             from day in OkrArbitraries.DateInQuarter
             from aspirational in Gen.Elements(false, true)
             select (kr, v1, v2, confidence, day, aspirational)).ToArbitrary(),
            t =>
            {
                var type = t.aspirational ? ObjectiveType.Aspirational : ObjectiveType.Committed;
                var high = t.kr.WithCheckIn(new CheckIn(t.day, Math.Max(t.v1, t.v2), t.confidence));
                var low = t.kr.WithCheckIn(new CheckIn(t.day, Math.Min(t.v1, t.v2), t.confidence));
                var h = Scorer.ScoreKeyResult(high, Q, type, t.day);
                var l = Scorer.ScoreKeyResult(low, Q, type, t.day);
                return l.Progress <= h.Progress && l.Status >= h.Status;
            });

    [Property(MaxTest = 300)]
    public Property Forecast_of_check_ins_on_a_line_is_that_lines_value_at_the_period_end() =>
        Prop.ForAll(
            (from baseline in OkrArbitraries.Value
             from slope in Gen.Choose(-1000, 1000).Select(i => i / 250.0)
             from days in Gen.Choose(1, Q.SpanInDays).ListOf().Select(l => l.Distinct().Take(10).ToArray())
             where days.Length > 0
             select (baseline, slope, days)).ToArbitrary(),
            t =>
            {
                var checkIns = t.days.Select(d => new CheckIn(Q.Start.AddDays(d), t.baseline + (t.slope * d)));
                var kr = KeyResult.Increase("k", "k", t.baseline, t.baseline + 1, checkIns: checkIns);
                var forecast = Scorer.ScoreKeyResult(kr, Q, ObjectiveType.Committed, Q.End).Forecast!;
                var expected = t.baseline + (t.slope * Q.SpanInDays);
                return Math.Abs(forecast.Value - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected));
            });

    private static bool Close(double a, double b) => Math.Abs(a - b) <= Tolerance * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
