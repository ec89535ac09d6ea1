using CxOkr.Storage.Postgres;
using CxOkr.Storage.Testing;
using Npgsql;

namespace CxOkr.Storage.Tests.Postgres;

/// <summary>
/// The PostgreSQL the Postgres store tests use: the connection string in CXOKR_TEST_POSTGRES (set by .ci/postgres).
/// Each test gets its own PostgreSQL schema, dropped afterwards, so tests are isolated and run in parallel.
/// </summary>
/// <remarks>Tests needing it carry <c>[Trait("Category", "Postgres")]</c> and fail (never skip) without the variable;
/// run them with <c>./.ci/postgres dotnet test tests/CxOkr.Storage.Tests/CxOkr.Storage.Tests.csproj --filter Category=Postgres</c>,
/// or leave them out locally with <c>--filter "Category!=Postgres"</c>.</remarks>
internal static class PostgresTestDatabase
{
    public const string Variable = "CXOKR_TEST_POSTGRES";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set: run ./.ci/postgres (starts a throwaway PostgreSQL and runs these tests), or leave them out with --filter \"Category!=Postgres\".");

    /// <summary>A schema name no other test uses.</summary>
    public static string NewSchema() => "cxokr_test_" + Guid.NewGuid().ToString("N");

    /// <summary>A store in a fresh schema; disposing the result disposes the store and drops the schema.</summary>
    public static Task<StoreUnderTest> StoreAsync(string? schema = null)
    {
        schema ??= NewSchema();
        var store = new PostgresOkrStore(ConnectionString, schema);
        return Task.FromResult(StoreUnderTest.From(store, async () =>
        {
            await store.DisposeAsync();
            await DropSchemaAsync(schema);
        }));
    }

    public static async Task DropSchemaAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE;", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public static async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
