using System.Data.Common;
using CxOkr.Drivers;
using Npgsql;

namespace CxOkr.Data.Postgres;

/// <summary>Runs a <see cref="CoMomentQuery"/> in PostgreSQL and merges the per-partition partials.</summary>
/// <remarks>The rows stay in the database: only one row of partial co-moments per partition comes back.
/// See docs/engines.md.</remarks>
/// <threadsafety>Thread-safe: static and stateless; each call opens its own connection (pooled by Npgsql).</threadsafety>
public static class PostgresCoMoments
{
    /// <summary>Runs the query and returns the merged co-moments of its columns.</summary>
    /// <param name="query">A query in the <see cref="SqlDialect.PostgreSql"/> dialect.</param>
    /// <param name="connectionString">The Npgsql connection string (keep it out of command lines and logs).</param>
    /// <param name="cancellationToken">Cancels the query (PostgreSQL cancels it server-side).</param>
    /// <returns>The accumulator (empty when no row is complete).</returns>
    /// <exception cref="ArgumentException">The query is not in the PostgreSQL dialect.</exception>
    /// <exception cref="DataFormatException">PostgreSQL refused the query (a missing table or column, a value that
    /// is not a number) or the data holds a negative weight or a non-finite value.</exception>
    public static async Task<CovarianceAccumulator> ComputeAsync(CoMomentQuery query, string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (query.Dialect != SqlDialect.PostgreSql)
        {
            throw new ArgumentException($"the query is written for {query.Dialect}, not PostgreSQL.", nameof(query));
        }

        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(query.Sql, connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await query.ReadAsync(reader, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException ex)
        {
            throw new DataFormatException($"PostgreSQL could not compute the co-moments: {ex.MessageText} (SQLSTATE {ex.SqlState})", ex);
        }
        catch (DbException ex) when (ex is not PostgresException)
        {
            throw new DataFormatException($"PostgreSQL could not be reached or failed: {ex.Message}", ex);
        }
    }
}
