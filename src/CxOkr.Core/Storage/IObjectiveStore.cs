using CxOkr.Okrs;

namespace CxOkr.Storage;

/// <summary>
/// Keeps objectives and their key results, with optimistic concurrency: every stored objective carries a
/// version, and a write naming a stale version fails with <see cref="ConcurrencyConflictException"/> and
/// changes nothing.
/// </summary>
/// <remarks>
/// Key result ids are unique across the store, because check-ins address key results by id alone. The
/// store does not check that the units, periods or parent objectives an objective names exist: dangling
/// references are for alignment checks to report. Check-ins are kept by the <see cref="ICheckInStore"/>;
/// key results handed to <see cref="UpsertAsync"/> must carry none.
/// </remarks>
/// <threadsafety>Implementations must be safe to call from several threads at once (AddCxOkr registers stores as singletons); the in-memory and SQLite stores are.</threadsafety>
public interface IObjectiveStore
{
    /// <summary>Gets an objective by id.</summary>
    /// <param name="objectiveId">The objective's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The stored objective, or <see langword="null"/> when there is none with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="objectiveId"/> is null or blank.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task<StoredObjective?> GetAsync(string objectiveId, CancellationToken cancellationToken = default);

    /// <summary>Streams the objectives of a period and/or a unit, in the order they were first created.</summary>
    /// <param name="periodId">Only objectives of this period; <see langword="null"/> for every period.</param>
    /// <param name="unitId">Only objectives owned by this unit; <see langword="null"/> for every unit.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The matching objectives; an update keeps an objective's place, a delete and re-create moves it to the end.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IAsyncEnumerable<StoredObjective> ListAsync(string? periodId = null, string? unitId = null, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces an objective, provided the stored version is the one expected.</summary>
    /// <param name="objective">The objective; its key results must carry no check-ins.</param>
    /// <param name="expectedVersion"><see cref="StoredObjective.NewVersion"/> (0) to create an objective that must not exist yet; otherwise the version last read.</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled write changes nothing.</param>
    /// <returns>The stored objective with its new version (1 when created, the expected version + 1 when replaced).</returns>
    /// <remarks>Check-ins of key results that the new objective no longer has are deleted with them.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    /// <exception cref="ArgumentException">A key result carries check-ins, or a key result changed to a milestone has stored check-ins other than 0 or 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative.</exception>
    /// <exception cref="ConcurrencyConflictException">The stored version is not <paramref name="expectedVersion"/>; nothing was changed.</exception>
    /// <exception cref="KeyResultIdConflictException">A key result id is used by another objective; nothing was changed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task<StoredObjective> UpsertAsync(Objective objective, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes an objective with its key results and their check-ins.</summary>
    /// <param name="objectiveId">The objective's id.</param>
    /// <param name="expectedVersion">The version last read, or <see langword="null"/> to delete whatever version is stored.</param>
    /// <param name="cancellationToken">Cancels the delete; a cancelled delete changes nothing.</param>
    /// <returns><see langword="true"/> when an objective was deleted; <see langword="false"/> when there was none and no version was expected.</returns>
    /// <exception cref="ArgumentException"><paramref name="objectiveId"/> is null or blank.</exception>
    /// <exception cref="ConcurrencyConflictException">A version was expected and the stored one differs (or the objective is gone); nothing was changed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task<bool> DeleteAsync(string objectiveId, long? expectedVersion = null, CancellationToken cancellationToken = default);
}
