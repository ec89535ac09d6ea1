using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.Sqlite;

public sealed class SqliteMemoryObjectiveStoreTests : ObjectiveStoreContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.MemoryStoreAsync();
}
