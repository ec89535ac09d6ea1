using CxOkr.Okrs;

namespace CxOkr.Storage;

/// <summary>
/// Keeps the check-ins of key results, append-only. A check-in must name a key result that the
/// <see cref="IObjectiveStore"/> of the same data holds.
/// </summary>
/// <remarks>
/// Several check-ins may share a key result and a date; they are listed in the order appended, so that
/// when a <see cref="KeyResult"/> is built from them the later one wins, as the domain's rule says.
/// </remarks>
/// <threadsafety>Implementations must be safe to call from several threads at once (AddCxOkr registers stores as singletons); the in-memory and SQLite stores are.</threadsafety>
public interface ICheckInStore
{
    /// <summary>Appends one check-in.</summary>
    /// <param name="keyResultId">The key result's id.</param>
    /// <param name="checkIn">The check-in.</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled write changes nothing.</param>
    /// <returns>A task that completes when the check-in is stored.</returns>
    /// <exception cref="ArgumentException"><paramref name="keyResultId"/> is blank, or the value does not fit the key result (a milestone value other than 0 or 1).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownKeyResultException">No stored objective has that key result.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task AppendAsync(string keyResultId, CheckIn checkIn, CancellationToken cancellationToken = default);

    /// <summary>Appends a batch of check-ins atomically: either all are stored, in the order given, or none.</summary>
    /// <param name="checkIns">The check-ins; may be empty.</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled write changes nothing.</param>
    /// <returns>A task that completes when the batch is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="checkIns"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">A value does not fit its key result; nothing was stored.</exception>
    /// <exception cref="UnknownKeyResultException">A check-in names an unknown key result; nothing was stored.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task AppendBatchAsync(IEnumerable<KeyResultCheckIn> checkIns, CancellationToken cancellationToken = default);

    /// <summary>Streams the check-ins of a key result dated from <paramref name="from"/> to <paramref name="to"/>, both ends included.</summary>
    /// <param name="keyResultId">The key result's id; an unknown id gives no check-ins.</param>
    /// <param name="from">The first date included, or <see langword="null"/> for no lower bound.</param>
    /// <param name="to">The last date included, or <see langword="null"/> for no upper bound.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The check-ins by date, then in the order appended.</returns>
    /// <exception cref="ArgumentException"><paramref name="keyResultId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IAsyncEnumerable<CheckIn> ListByKeyResultAsync(string keyResultId, DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default);
}
