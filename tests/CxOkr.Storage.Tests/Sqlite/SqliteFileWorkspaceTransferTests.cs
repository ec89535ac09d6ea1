using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.Sqlite;

public sealed class SqliteFileWorkspaceTransferTests : WorkspaceTransferContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.FileStoreAsync();
}
