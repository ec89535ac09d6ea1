using CxOkr.Storage.Postgres;
using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.Postgres;

[Trait("Category", "Postgres")]
public sealed class PostgresObjectiveStoreTests : ObjectiveStoreContract
{
    private readonly string _schema = PostgresTestDatabase.NewSchema();

    protected override Task<StoreUnderTest> CreateStoreAsync() => PostgresTestDatabase.StoreAsync(_schema);

    // Each parallel writer on its own store instance (own connection pool) over the same schema, as separate processes would be.
    protected override Task<StoreUnderTest> OpenWriterStoreAsync(int writer)
    {
        var store = new PostgresOkrStore(PostgresTestDatabase.ConnectionString, _schema);
        return Task.FromResult(StoreUnderTest.From(store, store.DisposeAsync));
    }
}
