using CxOkr.Alignment;
using CxOkr.Storage;

namespace CxOkr.Services;

/// <summary>
/// Checks the alignment of the OKRs a host keeps in its own stores: reads objectives, units, periods,
/// metrics and metric links through the store interfaces, builds a <see cref="CascadeGraph"/> and runs an
/// <see cref="IAlignmentChecker"/> (whose <see cref="AlignmentOptions"/> decide which rules run and how severe they are).
/// </summary>
/// <remarks>
/// The whole store is read: alignment rules look across periods and units (a parent in another period, a
/// unit's ancestors), so filtering first would report references as dangling that are not.
/// </remarks>
/// <threadsafety>Thread-safe as far as the stores and the checker it was given are (the built-in ones are): it holds only them, and each call keeps its state in locals.</threadsafety>
public sealed class AlignmentService
{
    private readonly IObjectiveStore _objectives;
    private readonly IOrgStore _org;
    private readonly IJourneyStore _journeys;
    private readonly IAlignmentChecker _checker;

    /// <summary>Creates the service.</summary>
    /// <param name="objectives">The objective store.</param>
    /// <param name="org">The store of units and periods.</param>
    /// <param name="journeys">The store of metrics and metric links.</param>
    /// <param name="checker">The checker, configured with the alignment options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AlignmentService(IObjectiveStore objectives, IOrgStore org, IJourneyStore journeys, IAlignmentChecker checker)
    {
        ArgumentNullException.ThrowIfNull(objectives);
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(journeys);
        ArgumentNullException.ThrowIfNull(checker);
        _objectives = objectives;
        _org = org;
        _journeys = journeys;
        _checker = checker;
    }

    /// <summary>Builds the cascade graph of everything stored.</summary>
    /// <param name="driverRankings">Key-driver rankings per outcome metric for the <c>uncovered-driver</c> rule (see <see cref="KeyDriverService.RankAsync"/>), or null for none.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The graph: objectives (without check-ins), units, periods, metrics and links in the stores' list order.</returns>
    /// <exception cref="ArgumentException">A ranking is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<CascadeGraph> BuildGraphAsync(IEnumerable<KeyDriverRanking>? driverRankings = null, CancellationToken cancellationToken = default)
    {
        var rankings = (driverRankings ?? []).ToArray();
        if (Array.IndexOf(rankings, null) is var i and >= 0)
        {
            throw new ArgumentException($"driverRankings[{i}] is null.", nameof(driverRankings));
        }

        var objectives = new List<Okrs.Objective>();
        await foreach (var stored in _objectives.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            objectives.Add(stored.Objective);
        }

        var units = await ToListAsync(_org.ListUnitsAsync(cancellationToken)).ConfigureAwait(false);
        var periods = await ToListAsync(_org.ListPeriodsAsync(cancellationToken)).ConfigureAwait(false);
        var metrics = await ToListAsync(_journeys.ListMetricsAsync(cancellationToken)).ConfigureAwait(false);
        var links = await ToListAsync(_journeys.ListMetricLinksAsync(null, cancellationToken)).ConfigureAwait(false);
        return new CascadeGraph(objectives, units, periods, metrics, links, rankings);
    }

    /// <summary>Runs the alignment checks over everything stored.</summary>
    /// <param name="driverRankings">Key-driver rankings per outcome metric for the <c>uncovered-driver</c> rule, or null for none.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The report; the same as running the checker on a <see cref="CascadeGraph"/> of the same data.</returns>
    /// <exception cref="ArgumentException">A ranking is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<AlignmentReport> CheckAsync(IEnumerable<KeyDriverRanking>? driverRankings = null, CancellationToken cancellationToken = default)
    {
        var graph = await BuildGraphAsync(driverRankings, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return _checker.Check(graph);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source.ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }
}
