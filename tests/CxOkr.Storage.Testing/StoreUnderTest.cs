namespace CxOkr.Storage.Testing;

/// <summary>
/// The stores a contract test runs against: three views of the same data (a check-in needs its objective,
/// an export needs all three), plus what to do when the test ends (delete a database file, close a connection).
/// </summary>
public sealed class StoreUnderTest : IAsyncDisposable
{
    private readonly Func<ValueTask>? _dispose;

    /// <summary>Creates the stores under test.</summary>
    /// <param name="objectives">The objective store.</param>
    /// <param name="checkIns">The check-in store over the same data.</param>
    /// <param name="org">The unit and period store over the same data.</param>
    /// <param name="dispose">Run when the test ends, or null.</param>
    public StoreUnderTest(IObjectiveStore objectives, ICheckInStore checkIns, IOrgStore org, Func<ValueTask>? dispose = null)
        : this(objectives, checkIns, org, null, null, dispose)
    {
    }

    /// <summary>Creates the stores under test, with the journey map and response stores.</summary>
    /// <param name="objectives">The objective store.</param>
    /// <param name="checkIns">The check-in store over the same data.</param>
    /// <param name="org">The unit and period store over the same data.</param>
    /// <param name="journeys">The journey, metric and metric link store over the same data, or null when the adapter has none.</param>
    /// <param name="responses">The response store over the same data, or null when the adapter has none.</param>
    /// <param name="dispose">Run when the test ends, or null.</param>
    public StoreUnderTest(IObjectiveStore objectives, ICheckInStore checkIns, IOrgStore org, IJourneyStore? journeys, IResponseStore? responses, Func<ValueTask>? dispose = null)
    {
        Journeys = journeys;
        Responses = responses;
        Objectives = objectives ?? throw new ArgumentNullException(nameof(objectives));
        CheckIns = checkIns ?? throw new ArgumentNullException(nameof(checkIns));
        Org = org ?? throw new ArgumentNullException(nameof(org));
        _dispose = dispose;
    }

    /// <summary>The objective store.</summary>
    public IObjectiveStore Objectives { get; }

    /// <summary>The check-in store.</summary>
    public ICheckInStore CheckIns { get; }

    /// <summary>The unit and period store.</summary>
    public IOrgStore Org { get; }

    /// <summary>The journey, metric and metric link store, or null when the adapter has none.</summary>
    public IJourneyStore? Journeys { get; }

    /// <summary>The response store, or null when the adapter has none.</summary>
    public IResponseStore? Responses { get; }

    /// <summary>Creates the stores under test from one object that implements the three OKR interfaces, and <see cref="IJourneyStore"/> and <see cref="IResponseStore"/> if it implements them.</summary>
    /// <typeparam name="TStore">The store's type.</typeparam>
    /// <param name="store">The store.</param>
    /// <param name="dispose">Run when the test ends, or null.</param>
    /// <returns>The stores under test.</returns>
    public static StoreUnderTest From<TStore>(TStore store, Func<ValueTask>? dispose = null)
        where TStore : IObjectiveStore, ICheckInStore, IOrgStore => new(store, store, store, store as IJourneyStore, store as IResponseStore, dispose);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _dispose?.Invoke() ?? ValueTask.CompletedTask;
}
