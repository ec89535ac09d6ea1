using CxOkr.Storage.Sqlite;
using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.Sqlite;

public sealed class SqliteFileObjectiveStoreTests : ObjectiveStoreContract
{
    private readonly string _folder = SqliteTestDatabase.NewFolder();

    protected override Task<StoreUnderTest> CreateStoreAsync() => SqliteTestDatabase.FileStoreAsync(_folder);

    // Each parallel writer on its own store instance (own connections) over the same file, as separate processes would be.
    protected override Task<StoreUnderTest> OpenWriterStoreAsync(int writer)
    {
        var store = new SqliteOkrStore($"Data Source={Path.Combine(_folder, "okrs.db")}");
        return Task.FromResult(StoreUnderTest.From(store, store.DisposeAsync));
    }
}
