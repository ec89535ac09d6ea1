using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.Postgres;

[Trait("Category", "Postgres")]
public sealed class PostgresExampleWorkspaceTests : WorkspaceTransferContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => PostgresTestDatabase.StoreAsync();

    protected override Workspace CreateWorkspace() => TestFiles.ExampleWorkspace();

    protected override DateOnly ScoringDate => new(2026, 11, 27);
}
