using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;

namespace CxOkr.Storage.Postgres;

/// <summary>
/// Objectives, key results, check-ins, units, periods, journeys, metrics, metric links and responses in a
/// PostgreSQL database (Npgsql), implementing <see cref="IObjectiveStore"/>, <see cref="ICheckInStore"/>,
/// <see cref="IOrgStore"/>, <see cref="IJourneyStore"/> and <see cref="IResponseStore"/> over the same data.
/// </summary>
/// <remarks>
/// <para>The tables live in one PostgreSQL schema (<c>public</c> unless another is given), are prefixed
/// <c>cxokr_</c> and are created on first use; their version is recorded in <c>cxokr_schema_version</c> and the
/// migrations a database lacks are applied in order in one transaction. A database whose schema is newer than
/// this library is refused with a <see cref="CxOkrException"/> and left unchanged.</para>
/// <para>An objective is kept whole, as its one-item workspace document (the format of
/// <see cref="Serialization.WorkspaceWriter"/>) in a <c>jsonb</c> column, beside the relational columns the store
/// queries (id, unit, period, row version) and one row per key result (id, owner, kind) that check-ins reference:
/// several parents with shares, roll-ups, guardrails and every later field round-trip.</para>
/// <para>Optimistic concurrency: <c>row_version</c> is compared and incremented in the same <c>UPDATE</c>, so of
/// two writers naming one version exactly one succeeds and the other gets a
/// <see cref="ConcurrencyConflictException"/>. Every write runs in one transaction (a refused, failed or
/// cancelled write changes nothing); every value travels as a parameter and the schema name is validated and
/// quoted. Each operation takes a connection from the store's pool; reads stream row by row.</para>
/// </remarks>
/// <threadsafety>Thread-safe: one instance may serve several threads at once, and several instances or processes may share a database; only disposal must not race with other calls.</threadsafety>
public sealed partial class PostgresOkrStore : IObjectiveStore, ICheckInStore, IOrgStore, IJourneyStore, IResponseStore, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;
    private readonly string _s;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;
    private volatile bool _disposed;

    /// <summary>Creates a store; nothing is opened until first use.</summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=…;Database=…;Username=…</c>).</param>
    /// <param name="schema">The PostgreSQL schema that holds the tables (created if missing): 1 to 63 ASCII letters, digits and underscores, starting with a letter or underscore.</param>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank or malformed, or <paramref name="schema"/> is not an allowed name.</exception>
    public PostgresOkrStore(string connectionString, string schema = PostgresSchema.DefaultSchema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _s = PostgresSchema.Quote(schema);
        _schema = schema;
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>The newest schema version this library creates and reads.</summary>
    public static int SchemaVersion => PostgresSchema.LatestVersion;

    /// <summary>The PostgreSQL schema that holds the tables.</summary>
    public string Schema => _schema;

    /// <summary>Creates or upgrades the tables now rather than on first use.</summary>
    /// <param name="cancellationToken">Cancels the upgrade; a cancelled upgrade changes nothing.</param>
    /// <returns>A task that completes when the schema is current.</returns>
    /// <exception cref="CxOkrException">The database's CxOkr schema is newer than this library knows.</exception>
    /// <exception cref="NpgsqlException">The database cannot be reached or refused the statements.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the store's connection pool.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _dataSource.Dispose();
        _schemaGate.Dispose();
    }

    /// <summary>Closes the store's connection pool.</summary>
    /// <returns>A task that completes when the pool is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        _schemaGate.Dispose();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(value switch
            {
                Jsonb json => new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = json.Text },
                null => new NpgsqlParameter(name, DBNull.Value),
                _ => new NpgsqlParameter(name, value),
            });
        }

        return command;
    }

    /// <summary>Opens a pooled connection, bringing the schema up to date first if this store has not yet.</summary>
    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_schemaReady)
            {
                await EnsureSchemaCoreAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task EnsureSchemaCoreAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            // A current database is only read (no lock, no DDL), so a role without CREATE can use it.
            var version = await PostgresSchema.ReadVersionAsync(connection, null, _schema, cancellationToken).ConfigureAwait(false);
            PostgresSchema.ThrowIfNewer(version, _schema);
            if (version < PostgresSchema.LatestVersion)
            {
                await PostgresSchema.MigrateAsync(connection, _schema, PostgresSchema.LatestVersion, cancellationToken).ConfigureAwait(false);
            }

            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction and commits it unless the token was cancelled.</summary>
    private async Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(connection, transaction).ConfigureAwait(false);

        // A write cancelled before it commits rolls back when the transaction is disposed.
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return result;
    }

    /// <summary>Takes a lock on one of this schema's named resources until the transaction ends.</summary>
    private async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string resource, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext(@key));", ("key", "cxokr." + resource + ":" + _schema));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async IAsyncEnumerable<T> QueryAsync<T>(string sql, (string Name, object? Value)[] parameters, Func<NpgsqlDataReader, T> map, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return map(reader);
        }
    }

    private async Task<T?> QuerySingleAsync<T>(string sql, (string Name, object? Value)[] parameters, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
        where T : class
    {
        await foreach (var item in QueryAsync(sql, parameters, map, cancellationToken).ConfigureAwait(false))
        {
            return item;
        }

        return null;
    }

    private static async Task<List<T>> ReadAllAsync<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await using var command = Command(connection, transaction, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(map(reader));
        }

        return list;
    }

    private static double? ReadNullableDouble(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    private static string? ReadNullableString(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateOnly ReadDate(NpgsqlDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    /// <summary>A parameter value sent as <c>jsonb</c>.</summary>
    private sealed record Jsonb(string Text);
}
