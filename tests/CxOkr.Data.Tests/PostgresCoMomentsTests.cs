using CxOkr.Data.Postgres;
using CxOkr.Drivers;
using Npgsql;
using NpgsqlTypes;

namespace CxOkr.Data.Tests;

/// <summary>Co-moments pushed into PostgreSQL equal the exact and in-memory statistics on data far from zero.</summary>
[Trait("Category", "Postgres")]
public sealed class PostgresCoMomentsTests
{
    private readonly FarFromZeroData data = new(5000, 23);

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 0)]
    [InlineData(true, 9)]
    public async Task A_table_gives_the_in_memory_statistics(bool weighted, int buckets)
    {
        var table = await TableAsync();
        var partition = buckets == 0 ? CoMomentPartition.None : CoMomentPartition.ByHash("id", buckets);
        var query = new CoMomentQuery(SqlDialect.PostgreSql, CoMomentSource.Table("public", table), FarFromZeroData.Names, weighted ? "w" : null, partition);
        var pushed = await PostgresCoMoments.ComputeAsync(query, PostgresDatabase.ConnectionString);
        FarFromZeroData.AssertClose(data.Exact(weighted), pushed);
        FarFromZeroData.AssertClose(data.InMemory(weighted), pushed);
    }

    [Fact]
    public async Task A_missing_column_or_a_negative_weight_is_a_data_error()
    {
        var table = await TableAsync();
        await using (var connection = new NpgsqlConnection(PostgresDatabase.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"UPDATE \"{table}\" SET w = -1 WHERE id = 3", connection);
            await command.ExecuteNonQueryAsync();
        }

        var negative = new CoMomentQuery(SqlDialect.PostgreSql, CoMomentSource.Table(table), FarFromZeroData.Names, "w");
        await Assert.ThrowsAsync<DataFormatException>(() => PostgresCoMoments.ComputeAsync(negative, PostgresDatabase.ConnectionString));
        var unknown = new CoMomentQuery(SqlDialect.PostgreSql, CoMomentSource.Table(table), ["y", "x\"; DROP TABLE x; --"]);
        var error = await Assert.ThrowsAsync<DataFormatException>(() => PostgresCoMoments.ComputeAsync(unknown, PostgresDatabase.ConnectionString));
        Assert.Contains("42703", error.Message, StringComparison.Ordinal);   // undefined_column: the name stayed an identifier
    }

    /// <summary>A fresh table <c>responses_N(id, y, x1, x2, x3, w)</c> filled exactly by binary COPY; NULLs in some rows.</summary>
    private async Task<string> TableAsync()
    {
        var table = $"cxokr_comoments_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(PostgresDatabase.ConnectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE TABLE \"{table}\" (id integer, y double precision, x1 double precision, x2 double precision, x3 double precision, w double precision, note text)", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" (id, y, x1, x2, x3, w, note) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < data.Values.Length; i++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(i, NpgsqlDbType.Integer);
                foreach (var v in data.Values[i])
                {
                    await writer.WriteAsync(v, NpgsqlDbType.Double);
                }

                await writer.WriteAsync(data.Weights[i], NpgsqlDbType.Double);
                await writer.WriteAsync("not analysed", NpgsqlDbType.Text);
            }

            // Incomplete rows, left out listwise.
            await writer.StartRowAsync();
            await writer.WriteAsync(-1, NpgsqlDbType.Integer);
            await writer.WriteNullAsync();
            await writer.WriteAsync(1.0, NpgsqlDbType.Double);
            await writer.WriteAsync(1.0, NpgsqlDbType.Double);
            await writer.WriteAsync(1.0, NpgsqlDbType.Double);
            await writer.WriteAsync(1.0, NpgsqlDbType.Double);
            await writer.WriteNullAsync();
            await writer.CompleteAsync();
        }

        return table;
    }
}
