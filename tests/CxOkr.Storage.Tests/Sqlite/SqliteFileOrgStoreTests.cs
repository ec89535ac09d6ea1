using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.Sqlite;

public sealed class SqliteFileOrgStoreTests : OrgStoreContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.FileStoreAsync();
}
