using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace CxOkr.Storage.Sqlite;

/// <summary>
/// Objectives, key results, check-ins, units, periods, journeys, metrics, metric links and responses in a
/// SQLite database, implementing <see cref="IObjectiveStore"/>, <see cref="ICheckInStore"/>, <see cref="IOrgStore"/>,
/// <see cref="IJourneyStore"/> and <see cref="IResponseStore"/> over the same data.
/// </summary>
/// <remarks>
/// <para>The schema is created on first use and versioned in <c>cxokr_schema_migrations</c>; tables are
/// prefixed <c>cxokr_</c> so they can live beside a host's own. Every write runs in one immediate
/// transaction (a refused, failed or cancelled write changes nothing); every statement is parameterised.</para>
/// <para>With a file, each operation takes a pooled connection, reads stream row by row, the database is
/// switched to write-ahead logging, and writes from this instance are queued in-process (a write waits up to
/// 30 seconds for a writer in another connection or process, and a cancelled token ends that wait with an
/// <see cref="OperationCanceledException"/>). Reads take no write lock, the first one included (the schema
/// check only reads), so a store reads while another connection writes, and opens a database read-only
/// with <c>Mode=ReadOnly</c>, also in a folder it may not write (SQLite cannot create the write-ahead log's
/// shared-memory file there, so such a database is then opened with SQLite's <c>immutable=1</c>: no process can
/// write it in that folder, so nothing can change under the reader). With <c>:memory:</c> (or <c>Mode=Memory</c>) the store
/// keeps one open connection, which holds the database, and serialises every operation on it; reads then
/// buffer their rows before yielding them, so a caller may use the store while enumerating.</para>
/// <para>Schema version 2 added the journey map and responses; a version-1 database is upgraded in place on
/// first use. Journeys and metric definitions are kept as one-item workspace documents (the format of
/// <see cref="Serialization.WorkspaceWriter"/>); a response's values and segments as JSON objects.</para>
/// </remarks>
/// <threadsafety>Thread-safe: one instance may serve several threads at once (see the remarks); only disposal must not race with other calls.</threadsafety>
public sealed partial class SqliteOkrStore : IObjectiveStore, ICheckInStore, IOrgStore, IJourneyStore, IResponseStore, IAsyncDisposable, IDisposable
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>SQLITE_CANTOPEN.</summary>
    private const int CantOpen = 14;

    private readonly string? _immutableConnectionString;
    private volatile string _connectionString;
    private readonly SqliteConnection? _shared;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;
    private volatile bool _disposed;

    /// <summary>Creates a store; nothing is opened until first use.</summary>
    /// <param name="connectionString">
    /// A Microsoft.Data.Sqlite connection string (<c>Data Source=okr.db</c>, <c>Data Source=:memory:</c>), or a
    /// bare file path or <c>:memory:</c> (a value without <c>=</c> is taken as the data source).
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank or malformed.</exception>
    public SqliteOkrStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = connectionString.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(connectionString)
            : new SqliteConnectionStringBuilder { DataSource = connectionString };
        IsInMemory = builder.DataSource is ":memory:" or "" || builder.Mode == SqliteOpenMode.Memory;
        IsReadOnly = builder.Mode == SqliteOpenMode.ReadOnly;

        // The store waits for other connections' locks itself, so that a cancelled token ends the wait (SqliteBusyWait).
        builder.DefaultTimeout = SqliteBusyWait.DriverRetrySeconds;
        _connectionString = builder.ToString();
        if (IsReadOnly && !IsInMemory)
        {
            // A WAL database in a folder nobody may write cannot be opened read-only (SQLite cannot create the
            // -shm file); no writer can change it there either, so it is then read as immutable (see LeaseAsync).
            builder.DataSource = "file:" + UriPath(Path.GetFullPath(builder.DataSource)) + "?immutable=1";
            _immutableConnectionString = builder.ToString();
        }

        if (IsInMemory)
        {
            _shared = new SqliteConnection(_connectionString);
        }
    }

    /// <summary>The newest schema version this library creates and reads.</summary>
    public static int SchemaVersion => SqliteSchema.LatestVersion;

    /// <summary>Whether the database lives in memory (one connection, gone when the store is disposed).</summary>
    public bool IsInMemory { get; }

    /// <summary>
    /// Whether the connection string opens the database read-only (<c>Mode=ReadOnly</c>): reads work without
    /// taking a write lock, and a database whose schema is missing or older than <see cref="SchemaVersion"/> is
    /// refused with a <see cref="CxOkrException"/> instead of being upgraded.
    /// </summary>
    public bool IsReadOnly { get; }

    /// <summary>Creates or upgrades the schema now rather than on first use.</summary>
    /// <param name="cancellationToken">Cancels the upgrade.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    /// <exception cref="CxOkrException">The database's schema is newer than this library knows, or it is opened read-only and its schema is missing or older.</exception>
    /// <exception cref="SqliteException">The database cannot be opened, or another connection held its write lock for longer than 30 seconds.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (also while waiting for another connection's lock).</exception>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var lease = await LeaseAsync(write: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the in-memory connection (dropping its data) or clears this file's connection pool.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_shared is not null)
        {
            _shared.Dispose();
        }
        else
        {
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    /// <summary>Closes the in-memory connection (dropping its data) or clears this file's connection pool.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly ReadDate(SqliteDataReader reader, int ordinal) =>
        DateOnly.ParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture);

    private static double? ReadNullableDouble(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    private static string? ReadNullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private async Task<Lease> LeaseAsync(bool write, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        SemaphoreSlim? held = null;
        if (write || IsInMemory)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            held = _gate;
        }

        SqliteConnection? owned = null;
        try
        {
            SqliteConnection connection;
            if (_shared is not null)
            {
                if (_shared.State != System.Data.ConnectionState.Open)
                {
                    await _shared.OpenAsync(cancellationToken).ConfigureAwait(false);
                }

                connection = _shared;
            }
            else
            {
                try
                {
                    owned = connection = await OpenFileAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (SqliteException e) when (e.SqliteErrorCode == CantOpen && _immutableConnectionString is { } immutable && !ReferenceEquals(_connectionString, immutable))
                {
                    // Read-only and the folder is not writable: read the file as immutable from now on.
                    _connectionString = immutable;
                    owned = connection = await OpenFileAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            if (!_schemaReady)
            {
                await EnsureSchemaCoreAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return new Lease(connection, owned, held);
        }
        catch
        {
            owned?.Dispose();
            held?.Release();
            throw;
        }
    }

    /// <summary>Percent-encodes a file path for an SQLite URI filename (every byte but unreserved ones and '/').</summary>
    private static string UriPath(string path)
    {
        var text = new System.Text.StringBuilder();
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(path.Replace('\\', '/')))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' or (byte)'/')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Opens a pooled connection to the file and reads the schema version on it, so a database that cannot be
    /// opened (SQLite opens lazily) fails here.
    /// </summary>
    private async Task<SqliteConnection> OpenFileAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Per connection: wait briefly for other processes' locks (SqliteBusyWait retries, cancellably),
            // and with WAL commit without an fsync per transaction (durable at checkpoints).
            using var pragma = Command(connection, null, $"PRAGMA busy_timeout = {SqliteBusyWait.NativeWaitMilliseconds}; PRAGMA synchronous = NORMAL;");
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (IsReadOnly && !_schemaReady)
            {
                await SqliteSchema.ReadVersionAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task EnsureSchemaCoreAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            // A read of the version takes no write lock, so a new store reads while another connection writes,
            // and a read-only database can be read at all; only a database that needs the schema takes the lock.
            var version = await SqliteSchema.ReadVersionAsync(connection, cancellationToken).ConfigureAwait(false);
            SqliteSchema.ThrowIfNewer(version);
            if (version < SqliteSchema.LatestVersion)
            {
                if (IsReadOnly)
                {
                    throw new CxOkrException(version == 0
                        ? "The database opened read-only (Mode=ReadOnly) has no CxOkr tables; create them by opening it once without Mode=ReadOnly."
                        : $"The database opened read-only (Mode=ReadOnly) has CxOkr schema version {version}, older than this library's {SqliteSchema.LatestVersion}; upgrade it by opening it once without Mode=ReadOnly.");
                }

                if (!IsInMemory)
                {
                    using var wal = Command(connection, null, "PRAGMA journal_mode = WAL;");
                    await SqliteBusyWait.RetryAsync(wal.ExecuteNonQuery, cancellationToken).ConfigureAwait(false);
                }

                await SqliteSchema.MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var lease = await LeaseAsync(write: true, cancellationToken).ConfigureAwait(false);
        using var transaction = await SqliteBusyWait.BeginImmediateAsync(lease.Connection, cancellationToken).ConfigureAwait(false);
        var result = await work(lease.Connection, transaction).ConfigureAwait(false);

        // A write cancelled before it commits rolls back when the transaction is disposed.
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        return result;
    }

    private async IAsyncEnumerable<T> QueryAsync<T>(string sql, (string Name, object? Value)[] parameters, Func<SqliteDataReader, T> map, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (IsInMemory)
        {
            // The single connection must not stay busy while the caller works between items.
            var buffer = new List<T>();
            await using (var lease = await LeaseAsync(write: false, cancellationToken).ConfigureAwait(false))
            {
                using var command = Command(lease.Connection, null, sql, parameters);
                using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    buffer.Add(map(reader));
                }
            }

            foreach (var item in buffer)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }
        else
        {
            await using var lease = await LeaseAsync(write: false, cancellationToken).ConfigureAwait(false);
            using var command = Command(lease.Connection, null, sql, parameters);
            using var reader = await SqliteBusyWait.RetryAsync(command.ExecuteReader, cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return map(reader);
            }
        }
    }

    private sealed class Lease(SqliteConnection connection, SqliteConnection? owned, SemaphoreSlim? held) : IAsyncDisposable
    {
        public SqliteConnection Connection { get; } = connection;

        public async ValueTask DisposeAsync()
        {
            if (owned is not null)
            {
                await owned.DisposeAsync().ConfigureAwait(false);
            }

            held?.Release();
        }
    }
}
