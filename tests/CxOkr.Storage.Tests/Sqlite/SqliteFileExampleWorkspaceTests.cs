using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.Sqlite;

public sealed class SqliteFileExampleWorkspaceTests : WorkspaceTransferContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.FileStoreAsync();

    protected override Workspace CreateWorkspace() => TestFiles.ExampleWorkspace();

    protected override DateOnly ScoringDate => new(2026, 11, 27);
}
