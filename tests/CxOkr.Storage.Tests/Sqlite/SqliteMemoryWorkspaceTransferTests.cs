using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.Sqlite;

public sealed class SqliteMemoryWorkspaceTransferTests : WorkspaceTransferContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.MemoryStoreAsync();
}
