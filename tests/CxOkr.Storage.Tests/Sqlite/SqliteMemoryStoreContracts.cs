using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.Sqlite;

public sealed class SqliteMemoryObjectiveStoreTests : ObjectiveStoreContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.MemoryStoreAsync();
}

public sealed class SqliteMemoryCheckInStoreTests : CheckInStoreContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.MemoryStoreAsync();
}

public sealed class SqliteMemoryOrgStoreTests : OrgStoreContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.MemoryStoreAsync();
}

public sealed class SqliteMemoryWorkspaceTransferTests : WorkspaceTransferContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.MemoryStoreAsync();
}
