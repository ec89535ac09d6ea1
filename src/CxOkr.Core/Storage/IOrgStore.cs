using CxOkr.Okrs;

namespace CxOkr.Storage;

/// <summary>Keeps the organisation's units and the OKR periods. Writes replace by id (last writer wins); lists keep creation order.</summary>
/// <threadsafety>Implementations must be safe to call from several threads at once (AddCxOkr registers stores as singletons); the in-memory and SQLite stores are.</threadsafety>
public interface IOrgStore
{
    /// <summary>Gets a unit by id.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The unit, or <see langword="null"/> when there is none with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="unitId"/> is null or blank.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task<OrgUnit?> GetUnitAsync(string unitId, CancellationToken cancellationToken = default);

    /// <summary>Streams every unit in the order first created.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The units.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IAsyncEnumerable<OrgUnit> ListUnitsAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a unit or replaces the unit with the same id (keeping its place in the list).</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled write changes nothing.</param>
    /// <returns>A task that completes when the unit is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task UpsertUnitAsync(OrgUnit unit, CancellationToken cancellationToken = default);

    /// <summary>Deletes a unit (objectives naming it are kept).</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns><see langword="true"/> when a unit was deleted; <see langword="false"/> when there was none.</returns>
    /// <exception cref="ArgumentException"><paramref name="unitId"/> is null or blank.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task<bool> DeleteUnitAsync(string unitId, CancellationToken cancellationToken = default);

    /// <summary>Gets a period by id.</summary>
    /// <param name="periodId">The period's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The period, or <see langword="null"/> when there is none with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="periodId"/> is null or blank.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task<OkrPeriod?> GetPeriodAsync(string periodId, CancellationToken cancellationToken = default);

    /// <summary>Streams every period in the order first created.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The periods.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IAsyncEnumerable<OkrPeriod> ListPeriodsAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a period or replaces the period with the same id (keeping its place in the list).</summary>
    /// <param name="period">The period.</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled write changes nothing.</param>
    /// <returns>A task that completes when the period is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task UpsertPeriodAsync(OkrPeriod period, CancellationToken cancellationToken = default);

    /// <summary>Deletes a period (objectives naming it are kept).</summary>
    /// <param name="periodId">The period's id.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns><see langword="true"/> when a period was deleted; <see langword="false"/> when there was none.</returns>
    /// <exception cref="ArgumentException"><paramref name="periodId"/> is null or blank.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task<bool> DeletePeriodAsync(string periodId, CancellationToken cancellationToken = default);
}
