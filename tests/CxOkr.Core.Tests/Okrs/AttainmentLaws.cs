using CxOkr.Okrs;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Tests.Okrs;

/// <summary>The laws of the probability of attainment, value roll-ups and multi-parent shares (issue 15).</summary>
public sealed class AttainmentLaws
{
    private static readonly OkrPeriod Q = OkrArbitraries.Quarter;

    /// <summary>An increase key result with 2 to 8 check-ins on distinct days, and an as-of date after them.</summary>
    private static Gen<(double Baseline, double Step, (int Day, double Value)[] Points)> Line =>
        from baseline in OkrArbitraries.Value
        from step in OkrArbitraries.PositiveStep
        from count in Gen.Choose(2, 8)
        from days in Gen.Choose(1, Q.SpanInDays).ArrayOf(count)
        from values in OkrArbitraries.Value.ArrayOf(count)
        select (baseline, step, days.Distinct().Order().Select((d, i) => (d, values[i])).ToArray());

    private static KeyResult Increase((double Baseline, double Step, (int Day, double Value)[] Points) t, double target, double shift = 0) =>
        KeyResult.Increase("k", "k", t.Baseline + shift, target + shift, checkIns: t.Points.Select(p => new CheckIn(Q.Start.AddDays(p.Day), p.Value + shift)));

    [Property(MaxTest = 300)]
    public Property Probability_never_rises_as_the_target_rises() =>
        Prop.ForAll(
            (from t in Line from more in OkrArbitraries.PositiveStep select (t, more)).ToArbitrary(),
            x =>
            {
                var low = OkrScorer.AttainmentProbability(Increase(x.t, x.t.Baseline + x.t.Step), Q, Q.End);
                var high = OkrScorer.AttainmentProbability(Increase(x.t, x.t.Baseline + x.t.Step + x.more), Q, Q.End);
                return (low is null && high is null) || (low >= high && low is >= 0 and <= 1 && high is >= 0 and <= 1);
            });

    [Property(MaxTest = 300)]
    public Property Decrease_with_values_negated_has_the_same_probability() =>
        Prop.ForAll(
            Line.ToArbitrary(),
            t =>
            {
                var increase = Increase(t, t.Baseline + t.Step);
                var decrease = KeyResult.Decrease("k", "k", -t.Baseline, -(t.Baseline + t.Step), checkIns: t.Points.Select(p => new CheckIn(Q.Start.AddDays(p.Day), -p.Value)));
                return OkrScorer.AttainmentProbability(increase, Q, Q.End) == OkrScorer.AttainmentProbability(decrease, Q, Q.End);
            });

    [Property(MaxTest = 300)]
    public Property Shifting_all_values_and_the_target_leaves_the_probability() =>
        Prop.ForAll(
            (from t in Line from shift in OkrArbitraries.Value select (t, shift)).ToArbitrary(),
            x =>
            {
                var a = OkrScorer.AttainmentProbability(Increase(x.t, x.t.Baseline + x.t.Step), Q, Q.End);
                var b = OkrScorer.AttainmentProbability(Increase(x.t, x.t.Baseline + x.t.Step, x.shift), Q, Q.End);

                // Shifting changes the last bits of the fit; a probability within 1e-9 of 1 or 0 may round across.
                return (a is null && b is null) || Math.Abs(a!.Value - b!.Value) <= 1e-6;
            });

    [Property(MaxTest = 200)]
    public Property Roll_up_by_sum_is_additive() =>
        Prop.ForAll(
            (from a in OkrArbitraries.Value.ArrayOf(3)
             from b in OkrArbitraries.Value.ArrayOf(2)
             from day in Gen.Choose(0, Q.SpanInDays)
             select (a, b, day)).ToArbitrary(),
            t =>
            {
                var asOf = Q.Start.AddDays(t.day);
                Objective Child(string id, string parent, double[] values) => new(id, id, "u", Q.Id,
                [
                    KeyResult.Increase(id + "-kr", "kr", 0, 1000, metricId: "revenue",
                        checkIns: values.Select((v, i) => new CheckIn(Q.Start.AddDays(i * 30), v))),
                ], parentId: parent);
                var parent = new Objective("p", "p", "u", Q.Id, [new KeyResult("p-kr", "total", KeyResultKind.Increase, 0, 5000, metricId: "revenue", rollup: KeyResultRollup.Sum)]);
                var card = new OkrScorer().Score([parent, Child("a", "p", t.a), Child("b", "p", t.b)], [Q], asOf);
                var total = card.Find("p")!.KeyResults[0];
                var parts = card.Find("a")!.KeyResults[0].Current!.Value + card.Find("b")!.KeyResults[0].Current!.Value;
                var anyCheckIn = card.Find("a")!.KeyResults[0].HasCheckIn || card.Find("b")!.KeyResults[0].HasCheckIn;
                return anyCheckIn ? total.Current == parts : total.Current == 0;
            });

    [Property(MaxTest = 200)]
    public Property Multi_parent_shares_above_1_are_refused() =>
        Prop.ForAll(
            (from a in Gen.Choose(1, 1000) from b in Gen.Choose(1, 1000) select (a / 1000.0, b / 1000.0)).ToArbitrary(),
            t =>
            {
                var parents = new[] { new ObjectiveParent("p1", t.Item1), new ObjectiveParent("p2", t.Item2) };
                var build = () => new Objective("c", "c", "u", Q.Id, parents: parents);
                if (t.Item1 + t.Item2 > 1 + 1e-9)
                {
                    return Record.Exception(build) is ArgumentException e && e.Message.Contains("more than 1", StringComparison.Ordinal);
                }

                return build().Parents.Count == 2;
            });
}
