using CxOkr.Okrs;
using CxOkr.Serialization;

namespace CxOkr.Storage.Testing;

/// <summary>
/// Base of the contract test classes: creates a fresh store before each test (xunit creates a new instance
/// per test) and disposes it afterwards.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private StoreUnderTest? _store;

    /// <summary>The stores under test, fresh and empty for each test.</summary>
    protected StoreUnderTest Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    /// <summary>Creates a fresh, empty store. Called once per test.</summary>
    /// <returns>The stores under test.</returns>
    protected abstract Task<StoreUnderTest> CreateStoreAsync();

    /// <inheritdoc/>
    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    /// <inheritdoc/>
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
    protected static void AssertSame(Objective expected, Objective actual) =>
        Assert.Equal(WorkspaceWriter.Write(new Workspace(objectives: [expected])), WorkspaceWriter.Write(new Workspace(objectives: [actual])));

    /// <summary>Collects an async stream into a list.</summary>
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
