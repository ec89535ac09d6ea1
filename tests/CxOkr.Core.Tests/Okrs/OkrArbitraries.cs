using CxOkr.Okrs;
using FsCheck;
using FsCheck.Fluent;

namespace CxOkr.Tests.Okrs;

/// <summary>Generators of scoring inputs for the property tests.</summary>
internal static class OkrArbitraries
{
    public static readonly OkrPeriod Quarter = new("2026-Q4", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));

    /// <summary>A value on a grid of 0.01 in [-500, 500]: exact enough to compare, wide enough to over- and undershoot.</summary>
    public static Gen<double> Value => Gen.Choose(-50_000, 50_000).Select(static i => i / 100.0);

    public static Gen<double> PositiveStep => Gen.Choose(1, 20_000).Select(static i => i / 100.0);

    public static Gen<DateOnly> DateInQuarter => Gen.Choose(0, Quarter.SpanInDays).Select(static d => Quarter.Start.AddDays(d));

    public static Gen<double?> Confidence => Gen.Frequency(
        (1, Gen.Constant<double?>(null)),
        (3, Gen.Choose(0, 100).Select(static i => (double?)(i / 100.0))));

    public static Gen<CheckIn> CheckInWith(Gen<double> values) =>
        from date in DateInQuarter
        from value in values
        from confidence in Confidence
        select new CheckIn(date, value, confidence);

    /// <summary>An Increase key result with baseline below target and up to 8 check-ins.</summary>
    public static Gen<KeyResult> Increase =>
        from baseline in Value
        from step in PositiveStep
        from checkIns in CheckInWith(Value).ListOf().Select(static l => l.Take(8).ToArray())
        from weight in Gen.Choose(0, 10)
        select KeyResult.Increase("kr", "Increase", baseline, baseline + step, weight + 1, checkIns: checkIns);

    public static Gen<KeyResult> AnyKeyResult => Gen.OneOf(
        Increase,
        from kr in Increase select KeyResult.Decrease(kr.Id, kr.Title, -kr.Baseline!.Value, -kr.Target!.Value, kr.Weight, checkIns: kr.CheckIns.Select(static c => new CheckIn(c.Date, -c.Value, c.Confidence))),
        from threshold in Value from values in CheckInWith(Value).ListOf() select KeyResult.AtLeast("kr", "AtLeast", threshold, checkIns: values.Take(5)),
        from threshold in Value from values in CheckInWith(Value).ListOf() select KeyResult.AtMost("kr", "AtMost", threshold, checkIns: values.Take(5)),
        from values in CheckInWith(Gen.Elements(0.0, 1.0)).ListOf() select KeyResult.Milestone("kr", "Milestone", checkIns: values.Take(5)));

    /// <summary>An objective with 1 to 6 key results of any kind (distinct ids, weights 0..5 with at least one positive).</summary>
    public static Gen<Objective> Objective =>
        from keyResults in AnyKeyResult.NonEmptyListOf().Select(static l => l.Take(6).ToArray())
        from weights in Gen.Choose(0, 5).ArrayOf(6)
        from type in Gen.Elements(ObjectiveType.Committed, ObjectiveType.Aspirational)
        select new Objective(
            "o",
            "Objective",
            "u",
            Quarter.Id,
            keyResults.Select((kr, i) => Rename(kr, $"kr{i}", i == 0 ? weights[i] + 1 : weights[i])),
            type: type);

    public static Gen<DateOnly> AsOf => Gen.Choose(-10, Quarter.SpanInDays + 10).Select(static d => Quarter.Start.AddDays(d));

    public static KeyResult Rename(KeyResult kr, string id, double weight) =>
        new(id, kr.Title, kr.Kind, kr.Baseline, kr.Target, kr.Threshold, weight, kr.MetricId, kr.CheckIns);
}
