using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.InMemory;

public sealed class InMemoryJourneyStoreTests : JourneyStoreContract
{
    protected override Task<StoreUnderTest> CreateStoreAsync() => Task.FromResult(StoreUnderTest.From(new InMemoryOkrStore()));
}
