using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.Sqlite;

public sealed class SqliteFileObjectiveStoreTests : ObjectiveStoreContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.FileStoreAsync();
}

public sealed class SqliteFileCheckInStoreTests : CheckInStoreContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.FileStoreAsync();
}

public sealed class SqliteFileOrgStoreTests : OrgStoreContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.FileStoreAsync();
}

public sealed class SqliteFileWorkspaceTransferTests : WorkspaceTransferContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.FileStoreAsync();
}

public sealed class SqliteFileExampleWorkspaceTests : WorkspaceTransferContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.FileStoreAsync();

    protected override Workspace CreateWorkspace() => TestFiles.ExampleWorkspace();

    protected override DateOnly ScoringDate => new(2026, 11, 27);
}
