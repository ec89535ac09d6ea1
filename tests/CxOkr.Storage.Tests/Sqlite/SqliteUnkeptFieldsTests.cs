using CxOkr.Okrs;
using CxOkr.Storage.Sqlite;

namespace CxOkr.Storage.Tests.Sqlite;

/// <summary>Fields schema 2 has no column for are refused, never stored with the fields silently dropped.</summary>
public sealed class SqliteUnkeptFieldsTests
{
    public static TheoryData<Objective, string> Objectives => new()
    {
        { new Objective("o", "Grow", "u", "p", parents: [new ObjectiveParent("a", 0.5), new ObjectiveParent("b", 0.5)]), "several parents" },
        { new Objective("o", "Grow", "u", "p", parents: [new ObjectiveParent("a", 0.4)]), "parent shares" },
        { new Objective("o", "Grow", "u", "p", [new KeyResult("kr", "Revenue", KeyResultKind.Increase, 0, 100, metricId: "revenue", rollup: KeyResultRollup.Sum)]), "key result 'kr''s rollup" },
        { new Objective("o", "Grow", "u", "p", [new KeyResult("kr", "Handle time", KeyResultKind.Decrease, 10, 5, guardrailMetricId: "csat")]), "key result 'kr''s guardrail" },
    };

    [Theory]
    [MemberData(nameof(Objectives))]
    public async Task An_objective_with_fields_the_schema_cannot_keep_is_refused_and_nothing_is_written(Objective objective, string expected)
    {
        await using var store = new SqliteOkrStore(":memory:");

        var error = await Assert.ThrowsAsync<CxOkrException>(() => store.UpsertAsync(objective, StoredObjective.NewVersion));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Null(await store.GetAsync("o"));
    }

    [Fact]
    public async Task One_parent_with_full_share_is_kept_as_before()
    {
        await using var store = new SqliteOkrStore(":memory:");

        await store.UpsertAsync(new Objective("o", "Grow", "u", "p", parentId: "a"), StoredObjective.NewVersion);

        Assert.Equal("a", (await store.GetAsync("o"))!.Objective.ParentId);
    }
}
