using CxOkr.Okrs;
using CxOkr.Serialization;
using CxOkr.Tests.Okrs;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Tests.Serialization;

public sealed class WorkspaceRoundTripLaws
{
    internal static Gen<Workspace> Workspaces =>
        from objectives in OkrArbitraries.Objective.NonEmptyListOf().Select(l => l.Take(5).ToArray())
        from notes in Gen.Elements<string?>(null, "", "émoji ✓ \"quoted\"", "line\nbreak").ArrayOf(5)
        select new Workspace(
            [new OrgUnit("u", "Unit"), new OrgUnit("t", "Team", "u")],
            [OkrArbitraries.Quarter],
            objectives.Select((o, i) => new Objective(
                $"o{i}",
                o.Title + notes[i],
                i % 2 == 0 ? "u" : "t",
                o.PeriodId,
                o.KeyResults.Select(kr => new KeyResult($"o{i}-{kr.Id}", kr.Title, kr.Kind, kr.Baseline, kr.Target, kr.Threshold, kr.Weight / 3.0, i % 2 == 0 ? "metric" : null, kr.CheckIns.Select(c => new CheckIn(c.Date, kr.Kind == KeyResultKind.Milestone ? c.Value : c.Value / 7.0, c.Confidence, notes[i])))),
                i == 0 ? null : "o0",
                o.Type,
                (i + 1) / 3.0)));

    [Property(MaxTest = 100)]
    public Property Json_round_trip_is_lossless() =>
        Prop.ForAll(Workspaces.ToArbitrary(), workspace =>
        {
            var json = WorkspaceWriter.Write(workspace);
            var back = WorkspaceReader.Read(json);
            var asOf = OkrArbitraries.Quarter.Start.AddDays(40);
            var scorer = new OkrScorer();
            var before = scorer.Score(workspace.Objectives, workspace.Periods, asOf);
            var after = scorer.Score(back.Objectives, back.Periods, asOf);
            return WorkspaceWriter.Write(back) == json
                && Same(workspace, back)
                && before.Objectives.Select(o => o.Score).SequenceEqual(after.Objectives.Select(o => o.Score))
                && before.Achievements.SequenceEqual(after.Achievements);
        });

    private static bool Same(Workspace a, Workspace b) =>
        a.Units.SequenceEqual(b.Units)
        && a.Periods.SequenceEqual(b.Periods)
        && a.Objectives.Count == b.Objectives.Count
        && a.Objectives.Zip(b.Objectives).All(p =>
            p.First.Id == p.Second.Id && p.First.Title == p.Second.Title && p.First.UnitId == p.Second.UnitId
            && p.First.PeriodId == p.Second.PeriodId && p.First.ParentId == p.Second.ParentId
            && p.First.Type == p.Second.Type && p.First.Weight == p.Second.Weight
            && p.First.KeyResults.Zip(p.Second.KeyResults).All(k =>
                k.First.Id == k.Second.Id && k.First.Kind == k.Second.Kind && k.First.Baseline == k.Second.Baseline
                && k.First.Target == k.Second.Target && k.First.Threshold == k.Second.Threshold
                && k.First.Weight == k.Second.Weight && k.First.MetricId == k.Second.MetricId
                && k.First.CheckIns.SequenceEqual(k.Second.CheckIns)));
}
