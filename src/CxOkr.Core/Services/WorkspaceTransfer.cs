using CxOkr.Journeys;
using CxOkr.Okrs;
using CxOkr.Storage;

namespace CxOkr.Services;

/// <summary>
/// Loads a <see cref="Workspace"/> into stores and exports stores to a workspace. Exporting what was
/// imported gives the same workspace back: units, periods and objectives in the same order, key results in
/// the same order, check-ins by date, and metrics, metric links and journeys in the same order.
/// </summary>
/// <remarks>Responses are not part of a workspace document and are not transferred.</remarks>
/// <threadsafety>Thread-safe: stateless; two transfers into the same stores at once interleave as those stores' writes do.</threadsafety>
public static class WorkspaceTransfer
{
    /// <summary>
    /// Loads a workspace into a store that implements the three OKR store interfaces (as the shipped stores do);
    /// when the store also implements <see cref="IJourneyStore"/>, the journey map goes with it.
    /// </summary>
    /// <typeparam name="TStore">The store's type.</typeparam>
    /// <param name="workspace">The workspace.</param>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>A task that completes when everything is stored.</returns>
    /// <exception cref="ConcurrencyConflictException">An objective of the workspace is already stored; nothing was written.</exception>
    /// <exception cref="KeyResultIdConflictException">Two objectives share a key result id (a leniently read document).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task ImportAsync<TStore>(Workspace workspace, TStore store, CancellationToken cancellationToken = default)
        where TStore : IOrgStore, IObjectiveStore, ICheckInStore =>
        ImportAsync(workspace, store, store, store, store as IJourneyStore, cancellationToken);

    /// <summary>
    /// Loads a workspace into stores: units and periods are created or replaced; objectives are created
    /// without check-ins, then every check-in is appended in one atomic batch.
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="orgStore">Receives units and periods.</param>
    /// <param name="objectiveStore">Receives objectives and key results; none of the workspace's objectives may be stored already.</param>
    /// <param name="checkInStore">Receives the check-ins.</param>
    /// <param name="cancellationToken">Cancels the import; a cancelled import may have written some units, periods or objectives.</param>
    /// <returns>A task that completes when everything is stored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ConcurrencyConflictException">An objective of the workspace is already stored; found before anything was written.</exception>
    /// <exception cref="KeyResultIdConflictException">Two objectives share a key result id (a leniently read document).</exception>
    /// <exception cref="ArgumentException">The workspace has metrics, metric links or journeys, which need an <see cref="IJourneyStore"/>: use the overload that takes one.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task ImportAsync(Workspace workspace, IOrgStore orgStore, IObjectiveStore objectiveStore, ICheckInStore checkInStore, CancellationToken cancellationToken = default) =>
        ImportAsync(workspace, orgStore, objectiveStore, checkInStore, null, cancellationToken);

    /// <summary>
    /// Loads a workspace into stores: units and periods are created or replaced; metrics, metric links and
    /// journeys are created or replaced; objectives are created without check-ins, then every check-in is
    /// appended in one atomic batch.
    /// </summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="orgStore">Receives units and periods.</param>
    /// <param name="objectiveStore">Receives objectives and key results; none of the workspace's objectives may be stored already.</param>
    /// <param name="checkInStore">Receives the check-ins.</param>
    /// <param name="journeyStore">Receives metrics, metric links and journeys; may be null only when the workspace has none.</param>
    /// <param name="cancellationToken">Cancels the import; a cancelled import may have written some of the workspace.</param>
    /// <returns>A task that completes when everything is stored.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The workspace's metric links are invalid (unknown metric, down a tier, cycle), or it has a journey map and <paramref name="journeyStore"/> is null; found before anything was written.</exception>
    /// <exception cref="ConcurrencyConflictException">An objective of the workspace is already stored; found before anything was written.</exception>
    /// <exception cref="KeyResultIdConflictException">Two objectives share a key result id (a leniently read document).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task ImportAsync(Workspace workspace, IOrgStore orgStore, IObjectiveStore objectiveStore, ICheckInStore checkInStore, IJourneyStore? journeyStore, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(orgStore);
        ArgumentNullException.ThrowIfNull(objectiveStore);
        ArgumentNullException.ThrowIfNull(checkInStore);
        if (journeyStore is null && (workspace.Metrics.Count > 0 || workspace.MetricLinks.Count > 0 || workspace.Journeys.Count > 0))
        {
            throw new ArgumentException("The workspace has metrics, metric links or journeys; pass an IJourneyStore to import them.", nameof(journeyStore));
        }

        if (workspace.MetricLinks.Count > 0)
        {
            StoreRules.CheckMetricLinks(workspace.Metrics, workspace.MetricLinks);
        }

        foreach (var objective in workspace.Objectives)
        {
            if (await objectiveStore.GetAsync(objective.Id, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                throw new ConcurrencyConflictException(objective.Id, StoredObjective.NewVersion, existing.Version);
            }
        }

        foreach (var unit in workspace.Units)
        {
            await orgStore.UpsertUnitAsync(unit, cancellationToken).ConfigureAwait(false);
        }

        foreach (var period in workspace.Periods)
        {
            await orgStore.UpsertPeriodAsync(period, cancellationToken).ConfigureAwait(false);
        }

        if (journeyStore is not null)
        {
            foreach (var metric in workspace.Metrics)
            {
                await journeyStore.UpsertMetricAsync(metric, cancellationToken).ConfigureAwait(false);
            }

            foreach (var link in workspace.MetricLinks)
            {
                await journeyStore.UpsertMetricLinkAsync(link, cancellationToken).ConfigureAwait(false);
            }

            foreach (var journey in workspace.Journeys)
            {
                await journeyStore.UpsertJourneyAsync(journey, cancellationToken).ConfigureAwait(false);
            }
        }

        var checkIns = new List<KeyResultCheckIn>();
        foreach (var objective in workspace.Objectives)
        {
            await objectiveStore.UpsertAsync(WithoutCheckIns(objective), StoredObjective.NewVersion, cancellationToken).ConfigureAwait(false);
            foreach (var kr in objective.KeyResults)
            {
                checkIns.AddRange(kr.CheckIns.Select(c => new KeyResultCheckIn(kr.Id, c)));
            }
        }

        await checkInStore.AppendBatchAsync(checkIns, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Exports a store that implements the three OKR store interfaces to a workspace; when the store also
    /// implements <see cref="IJourneyStore"/>, the journey map goes with it.
    /// </summary>
    /// <typeparam name="TStore">The store's type.</typeparam>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The workspace.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task<Workspace> ExportAsync<TStore>(TStore store, CancellationToken cancellationToken = default)
        where TStore : IOrgStore, IObjectiveStore, ICheckInStore =>
        ExportAsync(store, store, store, store as IJourneyStore, cancellationToken);

    /// <summary>Exports stores to a workspace: every unit, period and objective, with each key result's check-ins attached.</summary>
    /// <param name="orgStore">Gives units and periods.</param>
    /// <param name="objectiveStore">Gives objectives.</param>
    /// <param name="checkInStore">Gives check-ins; of two on the same date the later appended wins, as in <see cref="KeyResult"/>.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The workspace, with everything in the stores' list order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task<Workspace> ExportAsync(IOrgStore orgStore, IObjectiveStore objectiveStore, ICheckInStore checkInStore, CancellationToken cancellationToken = default) =>
        ExportAsync(orgStore, objectiveStore, checkInStore, null, cancellationToken);

    /// <summary>Exports stores to a workspace: every unit, period and objective with each key result's check-ins attached, and the journey map.</summary>
    /// <param name="orgStore">Gives units and periods.</param>
    /// <param name="objectiveStore">Gives objectives.</param>
    /// <param name="checkInStore">Gives check-ins; of two on the same date the later appended wins, as in <see cref="KeyResult"/>.</param>
    /// <param name="journeyStore">Gives metrics, metric links and journeys; null exports none.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>The workspace, with everything in the stores' list order.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<Workspace> ExportAsync(IOrgStore orgStore, IObjectiveStore objectiveStore, ICheckInStore checkInStore, IJourneyStore? journeyStore, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orgStore);
        ArgumentNullException.ThrowIfNull(objectiveStore);
        ArgumentNullException.ThrowIfNull(checkInStore);

        var units = new List<OrgUnit>();
        await foreach (var unit in orgStore.ListUnitsAsync(cancellationToken).ConfigureAwait(false))
        {
            units.Add(unit);
        }

        var periods = new List<OkrPeriod>();
        await foreach (var period in orgStore.ListPeriodsAsync(cancellationToken).ConfigureAwait(false))
        {
            periods.Add(period);
        }

        var stored = new List<StoredObjective>();
        await foreach (var objective in objectiveStore.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            stored.Add(objective);
        }

        var objectives = new List<Objective>(stored.Count);
        foreach (var s in stored)
        {
            objectives.Add(await WithCheckInsAsync(s.Objective, checkInStore, null, cancellationToken).ConfigureAwait(false));
        }

        var metrics = new List<MetricDefinition>();
        var links = new List<MetricLink>();
        var journeys = new List<Journey>();
        if (journeyStore is not null)
        {
            await foreach (var metric in journeyStore.ListMetricsAsync(cancellationToken).ConfigureAwait(false))
            {
                metrics.Add(metric);
            }

            await foreach (var link in journeyStore.ListMetricLinksAsync(null, cancellationToken).ConfigureAwait(false))
            {
                links.Add(link);
            }

            await foreach (var journey in journeyStore.ListJourneysAsync(cancellationToken).ConfigureAwait(false))
            {
                journeys.Add(journey);
            }
        }

        return new Workspace(units, periods, objectives, metrics, links, journeys);
    }

    /// <summary>Returns the objective with each key result's stored check-ins up to <paramref name="to"/> attached.</summary>
    /// <param name="objective">An objective as stored (key results without check-ins).</param>
    /// <param name="checkInStore">The check-in store.</param>
    /// <param name="to">The last date included, or <see langword="null"/> for all check-ins.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>A new objective; the argument is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<Objective> WithCheckInsAsync(Objective objective, ICheckInStore checkInStore, DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(checkInStore);
        var keyResults = new List<KeyResult>(objective.KeyResults.Count);
        foreach (var kr in objective.KeyResults)
        {
            var checkIns = new List<CheckIn>(kr.CheckIns);
            await foreach (var c in checkInStore.ListByKeyResultAsync(kr.Id, null, to, cancellationToken).ConfigureAwait(false))
            {
                checkIns.Add(c);
            }

            keyResults.Add(kr.WithCheckIns(checkIns));
        }

        return objective.WithKeyResults(keyResults);
    }

    /// <summary>Returns the objective with every key result's check-ins removed, as <see cref="IObjectiveStore.UpsertAsync"/> wants it.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The objective itself when no key result has check-ins; otherwise a copy without them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    public static Objective WithoutCheckIns(Objective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (objective.KeyResults.All(static kr => kr.CheckIns.Count == 0))
        {
            return objective;
        }

        return objective.WithKeyResults(objective.KeyResults.Select(static kr => kr.WithCheckIns([])));
    }
}
