using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.InMemory;

public sealed class InMemoryCheckInStoreTests : CheckInStoreContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => Task.FromResult(StoreUnderTest.From(new InMemoryOkrStore()));
}
