using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.InMemory;

public sealed class InMemoryResponseStoreTests : ResponseStoreContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => Task.FromResult(StoreUnderTest.From(new InMemoryOkrStore()));
}
