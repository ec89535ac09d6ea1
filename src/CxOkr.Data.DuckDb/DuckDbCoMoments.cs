using System.Data.Common;
using CxOkr.Drivers;
using DuckDB.NET.Data;

namespace CxOkr.Data.DuckDb;

/// <summary>Runs a <see cref="CoMomentQuery"/> in embedded DuckDB and merges the per-partition partials.</summary>
/// <remarks>DuckDB scans Parquet and CSV files (globs included) in parallel and out of core, so the rows never
/// enter .NET: only one row of partial co-moments per partition comes back. See docs/engines.md.</remarks>
/// <threadsafety>Thread-safe: static and stateless; each call opens its own connection.</threadsafety>
public static class DuckDbCoMoments
{
    /// <summary>An in-memory DuckDB database, enough to read files.</summary>
    public const string InMemory = "Data Source=:memory:";

    /// <summary>Runs the query and returns the merged co-moments of its columns.</summary>
    /// <param name="query">A query in the <see cref="SqlDialect.DuckDb"/> dialect.</param>
    /// <param name="connectionString">The DuckDB connection string; default <see cref="InMemory"/>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The accumulator (empty when no row is complete).</returns>
    /// <exception cref="ArgumentException">The query is not in the DuckDB dialect.</exception>
    /// <exception cref="DataFormatException">DuckDB refused the query (a missing file or column, a value that is
    /// not a number) or the data holds a negative weight or a non-finite value.</exception>
    public static async Task<CovarianceAccumulator> ComputeAsync(CoMomentQuery query, string connectionString = InMemory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (query.Dialect != SqlDialect.DuckDb)
        {
            throw new ArgumentException($"the query is written for {query.Dialect}, not DuckDB.", nameof(query));
        }

        try
        {
            await using var connection = new DuckDBConnection(connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = query.Sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await query.ReadAsync(reader, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            throw new DataFormatException($"DuckDB could not compute the co-moments: {FirstLine(ex.Message)}", ex);
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
