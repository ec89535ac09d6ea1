using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.Sqlite;

public sealed class SqliteMemoryOrgStoreTests : OrgStoreContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.MemoryStoreAsync();
}
