using CxOkr.Alignment;
using CxOkr.Findings;
using CxOkr.Okrs;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CxOkr.Tests.Alignment.AlignmentFixture;

namespace CxOkr.Tests.Alignment;

public sealed class AlignmentLaws
{
    private static readonly string[] MetricIds = ["nps", "support_sat", "chat_csat", "handle_time", "app_rating"];
    private static readonly string[] UnitIds = ["company", "support", "chat", "sales"];

    /// <summary>A valid tree: unique ids, every parent earlier in the list, one period, no opposing key results.</summary>
    private static Gen<List<Objective>> ValidTrees =>
        from size in Gen.Choose(1, 40)
        from parents in Gen.Choose(0, 1000).ArrayOf(size)
        from units in Gen.Elements(UnitIds).ArrayOf(size)
        from metrics in Gen.Elements(MetricIds).ArrayOf(size)
        from kinds in Gen.Elements(KeyResultKind.Increase, KeyResultKind.Milestone, KeyResultKind.AtLeast).ArrayOf(size)
        select Enumerable.Range(0, size).Select(i => Obj(
            $"o{i}",
            units[i],
            i == 0 ? null : $"o{parents[i] % i}",
            "Q4",
            Kr($"kr{i}", metrics[i], kinds[i]))).ToList();

    [Property(MaxTest = 200)]
    public Property Valid_tree_has_no_error_findings() =>
        Prop.ForAll(ValidTrees.ToArbitrary(), tree =>
            Check(tree).Findings.All(f => f.Severity != FindingSeverity.Error));

    [Property(MaxTest = 200)]
    public Property One_parent_link_that_closes_a_loop_gives_exactly_one_cycle_finding() =>
        Prop.ForAll(
            (from tree in ValidTrees where tree.Count > 1 from pick in Gen.Choose(1, 1000) select (tree, pick)).ToArbitrary(),
            t =>
            {
                var tree = t.tree.ToList();
                var descendant = tree[1 + (t.pick % (tree.Count - 1))];
                var root = tree[0];
                tree[0] = new Objective(root.Id, root.Title, root.UnitId, root.PeriodId, root.KeyResults, descendant.Id);
                var cycles = Check(tree).Of(AlignmentRuleIds.Cycle).ToList();
                return cycles.Count == 1 && cycles[0].Subjects.Contains(root.Id) && cycles[0].Subjects.Contains(descendant.Id);
            });

    [Property(MaxTest = 100)]
    public Property Findings_do_not_depend_on_the_order_of_objectives() =>
        Prop.ForAll(
            (from tree in ValidTrees from seed in Gen.Choose(0, int.MaxValue) select (tree, seed)).ToArbitrary(),
            t =>
            {
                var shuffled = t.tree.ToArray();
                new Random(t.seed).Shuffle(shuffled);
                return Check(t.tree).Findings.SequenceEqual(Check(shuffled).Findings, FindingComparer.Instance);
            });

    private sealed class FindingComparer : IEqualityComparer<Finding>
    {
        public static readonly FindingComparer Instance = new();

        public bool Equals(Finding? x, Finding? y) =>
            x!.Rule == y!.Rule && x.Severity == y.Severity && x.Subjects.SequenceEqual(y.Subjects) && x.Message == y.Message;

        public int GetHashCode(Finding obj) => obj.Rule.GetHashCode(StringComparison.Ordinal);
    }
}
