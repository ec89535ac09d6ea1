using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace CxOkr.Storage.Sqlite;

/// <summary>
/// Waits for another connection's lock the way a caller can stop: SQLite itself waits only briefly
/// (<see cref="NativeWaitMilliseconds"/> per attempt, and Microsoft.Data.Sqlite retries for at most
/// <see cref="DriverRetrySeconds"/> second), and this loop retries between attempts until
/// <see cref="Limit"/> has passed or the caller's token is cancelled, which ends the wait at once with an
/// <see cref="OperationCanceledException"/>.
/// </summary>
/// <remarks>
/// SQLite's own busy handler sleeps inside the native call, where a <see cref="CancellationToken"/> cannot
/// reach it; with the 30-second native wait the store used before, a cancelled write still waited the full
/// 30 seconds and then failed with "database is locked".
/// </remarks>
internal static class SqliteBusyWait
{
    /// <summary>How long SQLite waits natively in one attempt (<c>PRAGMA busy_timeout</c>).</summary>
    public const int NativeWaitMilliseconds = 100;

    /// <summary>How long Microsoft.Data.Sqlite retries a busy statement before it throws (its <c>DefaultTimeout</c>).</summary>
    public const int DriverRetrySeconds = 1;

    /// <summary>How long a write waits in all for another connection's lock before it fails.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>Runs <paramref name="attempt"/> until it does not fail for a lock, the limit passes or the token is cancelled.</summary>
    /// <typeparam name="T">The attempt's result.</typeparam>
    /// <param name="attempt">One try; it must change nothing when it fails for a lock (a statement that did not start).</param>
    /// <param name="cancellationToken">Ends the wait with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The first successful attempt's result.</returns>
    /// <exception cref="SqliteException">Still locked after <see cref="Limit"/>, or any other SQLite error.</exception>
    public static async Task<T> RetryAsync<T>(Func<T> attempt, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var pause = 10;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return attempt();
            }
            catch (SqliteException ex) when (IsLock(ex) && clock.Elapsed < Limit)
            {
                await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
                pause = Math.Min(pause * 2, 200);
            }
        }
    }

    /// <summary>Begins an immediate (write) transaction, waiting for other writers as <see cref="RetryAsync"/> does.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="cancellationToken">Ends the wait with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The transaction, holding the database's write lock.</returns>
    public static Task<SqliteTransaction> BeginImmediateAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        RetryAsync(() => connection.BeginTransaction(deferred: false), cancellationToken);

    private static bool IsLock(SqliteException ex) => ex.SqliteErrorCode is SqliteBusy or SqliteLocked;
}
