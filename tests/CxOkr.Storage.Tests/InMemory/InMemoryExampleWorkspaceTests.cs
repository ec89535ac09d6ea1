using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.InMemory;

public sealed class InMemoryExampleWorkspaceTests : WorkspaceTransferContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => Task.FromResult(StoreUnderTest.From(new InMemoryOkrStore()));

    protected override Workspace CreateWorkspace() => TestFiles.ExampleWorkspace();

    protected override DateOnly ScoringDate => new(2026, 11, 27);
}
