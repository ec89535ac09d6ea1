using CxOkr.Okrs;
using CxOkr.Storage;

namespace CxOkr.Services;

/// <summary>
/// Scores the objectives a host keeps in its own stores: reads objectives, check-ins and periods through
/// the store interfaces and scores them with an <see cref="IOkrScorer"/> as of a date (by default today,
/// from the <see cref="TimeProvider"/>).
/// </summary>
/// <threadsafety>Thread-safe as far as the stores, the scorer and the clock it was given are (the built-in ones are): it holds only them, and each call keeps its state in locals.</threadsafety>
public sealed class OkrScoringService
{
    private readonly IObjectiveStore _objectives;
    private readonly ICheckInStore _checkIns;
    private readonly IOrgStore _org;
    private readonly IOkrScorer _scorer;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the service.</summary>
    /// <param name="objectives">The objective store.</param>
    /// <param name="checkIns">The check-in store.</param>
    /// <param name="org">The store of units and periods.</param>
    /// <param name="scorer">The scorer.</param>
    /// <param name="timeProvider">Gives today's date (in its local time zone).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OkrScoringService(IObjectiveStore objectives, ICheckInStore checkIns, IOrgStore org, IOkrScorer scorer, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(objectives);
        ArgumentNullException.ThrowIfNull(checkIns);
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _objectives = objectives;
        _checkIns = checkIns;
        _org = org;
        _scorer = scorer;
        _timeProvider = timeProvider;
    }

    /// <summary>Today's date according to the service's <see cref="TimeProvider"/> (its local time zone).</summary>
    public DateOnly Today => DateOnly.FromDateTime(_timeProvider.GetLocalNow().DateTime);

    /// <summary>Scores the stored objectives of a period and/or unit as of today.</summary>
    /// <param name="periodId">Only objectives of this period; <see langword="null"/> for all.</param>
    /// <param name="unitId">Only objectives of this unit; <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The scorecard, objectives in the store's list order.</returns>
    /// <exception cref="ArgumentException">An objective names a period that is not stored.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task<OkrScorecard> ScoreAsync(string? periodId = null, string? unitId = null, CancellationToken cancellationToken = default) =>
        ScoreAsync(Today, periodId, unitId, cancellationToken);

    /// <summary>Scores the stored objectives of a period and/or unit as of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of date; check-ins after it are not read.</param>
    /// <param name="periodId">Only objectives of this period; <see langword="null"/> for all.</param>
    /// <param name="unitId">Only objectives of this unit; <see langword="null"/> for all. An objective without key results rolls up only the aligned children that pass the filter.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The scorecard, objectives in the store's list order.</returns>
    /// <exception cref="ArgumentException">An objective names a period that is not stored.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<OkrScorecard> ScoreAsync(DateOnly asOf, string? periodId = null, string? unitId = null, CancellationToken cancellationToken = default)
    {
        var periods = new List<OkrPeriod>();
        await foreach (var period in _org.ListPeriodsAsync(cancellationToken).ConfigureAwait(false))
        {
            periods.Add(period);
        }

        var stored = new List<StoredObjective>();
        await foreach (var s in _objectives.ListAsync(periodId, unitId, cancellationToken).ConfigureAwait(false))
        {
            stored.Add(s);
        }

        var objectives = new List<Objective>(stored.Count);
        foreach (var s in stored)
        {
            objectives.Add(await WorkspaceTransfer.WithCheckInsAsync(s.Objective, _checkIns, asOf, cancellationToken).ConfigureAwait(false));
        }

        return _scorer.Score(objectives, periods, asOf);
    }

    /// <summary>Scores one stored objective as of <paramref name="asOf"/> (today when null).</summary>
    /// <param name="objectiveId">The objective's id.</param>
    /// <param name="asOf">The as-of date, or <see langword="null"/> for today.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The objective's score, or <see langword="null"/> when no objective has that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="objectiveId"/> is blank, or the objective's period is not stored.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<ObjectiveScore?> ScoreObjectiveAsync(string objectiveId, DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectiveId);
        var date = asOf ?? Today;
        if (await _objectives.GetAsync(objectiveId, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return null;
        }

        var period = await _org.GetPeriodAsync(stored.Objective.PeriodId, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"Objective '{objectiveId}' names period '{stored.Objective.PeriodId}', which is not stored.", nameof(objectiveId));
        var objective = await WorkspaceTransfer.WithCheckInsAsync(stored.Objective, _checkIns, date, cancellationToken).ConfigureAwait(false);
        return _scorer.Score([objective], [period], date).Objectives[0];
    }
}
