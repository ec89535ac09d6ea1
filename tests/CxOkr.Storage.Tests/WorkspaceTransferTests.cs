using CxOkr.Journeys;
using CxOkr.Serialization;
using CxOkr.Services;
using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests;

/// <summary>What WorkspaceTransfer does beyond the contract: the journey map is never dropped silently, and invalid links are refused up front.</summary>
public sealed class WorkspaceTransferTests
{
    [Fact]
    public async Task Import_without_a_journey_store_refuses_a_workspace_with_a_journey_map_before_writing()
    {
        var store = new InMemoryOkrStore();
        var workspace = TestFiles.ExampleWorkspace();
        await Assert.ThrowsAnyAsync<ArgumentException>(() => WorkspaceTransfer.ImportAsync(workspace, store, store, store));
        Assert.Empty(await Collect(store.ListAsync()));
        Assert.Empty(await Collect(store.ListUnitsAsync()));

        // Without a journey map the three-store overload still works.
        await WorkspaceTransfer.ImportAsync(Samples.Workspace(), store, store, store);
        Assert.Equal(WorkspaceWriter.Write(Samples.Workspace()), WorkspaceWriter.Write(await WorkspaceTransfer.ExportAsync(store, store, store)));
    }

    [Fact]
    public async Task Import_refuses_invalid_metric_links_before_writing()
    {
        var store = new InMemoryOkrStore();
        var workspace = new Workspace(
            units: Samples.Workspace().Units,
            metrics: JourneySamples.Metrics(),
            metricLinks: [new MetricLink("nps", "onboarding_ces")]);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => WorkspaceTransfer.ImportAsync(workspace, store));
        Assert.Empty(await Collect(store.ListUnitsAsync()));
        Assert.Empty(await Collect(store.ListMetricsAsync()));
    }

    private static async Task<List<T>> Collect<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
