using CxOkr.Okrs;
using CxOkr.Serialization;
using CxOkr.Services;

namespace CxOkr.Storage.Testing;

/// <summary>
/// Loads a workspace into the stores and exports it again (must be lossless), and scores through
/// <see cref="OkrScoringService"/> (must equal scoring the workspace directly).
/// </summary>
public abstract class WorkspaceTransferContract : StoreContract
{
    /// <summary>The workspace to round-trip; by default <see cref="Samples.Workspace"/>. Override to use a document of your own.</summary>
    /// <returns>The workspace.</returns>
    protected virtual Workspace CreateWorkspace() => Samples.Workspace();

    /// <summary>The date the scoring test scores on.</summary>
    protected virtual DateOnly ScoringDate => new(2026, 11, 15);

    /// <summary>Importing <see cref="CreateWorkspace"/> into the stores with <see cref="WorkspaceTransfer"/> and exporting it again gives the same document, the journey map included when the adapter has an <see cref="IJourneyStore"/>.</summary>
    [Fact]
    public async Task Import_then_export_is_lossless()
    {
        var workspace = CreateWorkspace();
        await WorkspaceTransfer.ImportAsync(workspace, Store.Org, Store.Objectives, Store.CheckIns, Store.Journeys);
        var exported = await WorkspaceTransfer.ExportAsync(Store.Org, Store.Objectives, Store.CheckIns, Store.Journeys);
        Assert.Equal(WorkspaceWriter.Write(workspace), WorkspaceWriter.Write(exported));
    }

    /// <summary>Importing a workspace one of whose objectives is already stored throws <see cref="ConcurrencyConflictException"/> before writing anything.</summary>
    [Fact]
    public async Task Import_refuses_objectives_already_stored_before_writing_anything()
    {
        var workspace = CreateWorkspace();
        var last = workspace.Objectives[^1];
        await Store.Objectives.UpsertAsync(WorkspaceTransfer.WithoutCheckIns(last), 0);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => WorkspaceTransfer.ImportAsync(workspace, Store.Org, Store.Objectives, Store.CheckIns, Store.Journeys));
        Assert.Empty(await ToListAsync(Store.Org.ListUnitsAsync()));
        Assert.Single(await ToListAsync(Store.Objectives.ListAsync()));
    }

    /// <summary><see cref="OkrScoringService"/> over the imported stores scores on <see cref="ScoringDate"/> exactly as <see cref="OkrScorer"/> scores the workspace itself, finds a single objective by id and returns null for an unknown one.</summary>
    [Fact]
    public async Task Scoring_service_over_the_store_equals_scoring_the_workspace()
    {
        var workspace = CreateWorkspace();
        await WorkspaceTransfer.ImportAsync(workspace, Store.Org, Store.Objectives, Store.CheckIns, Store.Journeys);
        var scorer = new OkrScorer();
        var service = new OkrScoringService(Store.Objectives, Store.CheckIns, Store.Org, scorer, TimeProvider.System);

        var expected = scorer.Score(workspace.Objectives, workspace.Periods, ScoringDate);
        var actual = await service.ScoreAsync(ScoringDate);
        Assert.Equal(Describe(expected), Describe(actual));

        var first = workspace.Objectives[0];
        var one = await service.ScoreObjectiveAsync(first.Id, ScoringDate);
        Assert.NotNull(one);
        Assert.Equal(first.Id, one.ObjectiveId);
        Assert.Null(await service.ScoreObjectiveAsync("no-such-objective", ScoringDate));
    }

    private static string Describe(OkrScorecard card) =>
        string.Join(
            "\n",
            card.Objectives.Select(static o => $"{o.ObjectiveId} {o.Score} {o.Status}")
                .Concat(card.Achievements.Select(static a => a.ToString())));
}
