using CxOkr.Okrs;
using CxOkr.Serialization;

namespace CxOkr.Storage.Testing;

/// <summary>
/// Base of the contract test classes: creates a fresh store before each test (xunit creates a new instance
/// per test) and disposes it afterwards. Derive from one of the contract classes (<see cref="ObjectiveStoreContract"/>,
/// <see cref="CheckInStoreContract"/>, <see cref="OrgStoreContract"/>, <see cref="JourneyStoreContract"/>,
/// <see cref="ResponseStoreContract"/>, <see cref="WorkspaceTransferContract"/>), not from this class.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private StoreUnderTest? _store;

    /// <summary>The stores under test, fresh and empty for each test.</summary>
    protected StoreUnderTest Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    /// <summary>
    /// Creates the stores for one test; implement it in your derived class. Called once before each test, and the
    /// result is disposed after it.
    /// </summary>
    /// <remarks>
    /// The stores must be empty (no objectives, check-ins, units, periods, journeys, metrics, links or responses)
    /// and must share no data with the stores of any other test: xunit runs test classes in parallel. The views in
    /// the result must be over the same data, so that a check-in appended through
    /// <see cref="StoreUnderTest.CheckIns"/> is seen by <see cref="StoreUnderTest.Objectives"/>.
    /// <see cref="JourneyStoreContract"/> needs <see cref="StoreUnderTest.Journeys"/> and
    /// <see cref="ResponseStoreContract"/> needs <see cref="StoreUnderTest.Responses"/>; the other contracts may
    /// leave them null. Put clean-up (dropping a schema, deleting a file) in the <c>dispose</c> callback of
    /// <see cref="StoreUnderTest"/>.
    /// </remarks>
    /// <returns>The stores under test, fresh and empty.</returns>
    protected abstract Task<StoreUnderTest> CreateStoreAsync();

    /// <summary>Creates this test's stores with <see cref="CreateStoreAsync"/>; xunit calls it before the test.</summary>
    /// <returns>A task.</returns>
    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    /// <summary>Disposes this test's stores, running their clean-up; xunit calls it after the test.</summary>
    /// <returns>A task.</returns>
    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    /// <summary>A token that is already cancelled.</summary>
    protected static CancellationToken Cancelled => new(canceled: true);

    /// <summary>Asserts that two objectives are equal in every field, by comparing their workspace documents.</summary>
    /// <param name="expected">The objective written.</param>
    /// <param name="actual">The objective read back.</param>
    protected static void AssertSame(Objective expected, Objective actual) =>
        Assert.Equal(WorkspaceWriter.Write(new Workspace(objectives: [expected])), WorkspaceWriter.Write(new Workspace(objectives: [actual])));

    /// <summary>Collects an async stream into a list.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The stream.</param>
    /// <returns>The elements, in the order streamed.</returns>
    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
