using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.Postgres;

[Trait("Category", "Postgres")]
public sealed class PostgresOrgStoreTests : OrgStoreContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => PostgresTestDatabase.StoreAsync();
}
