namespace CxOkr.Data.Tests;

/// <summary>The PostgreSQL the Postgres tests use: the connection string in CXOKR_TEST_POSTGRES (set by .ci/postgres).</summary>
/// <remarks>Tests needing it carry <c>[Trait("Category", "Postgres")]</c>. Without the variable they fail under CI=true
/// (never skipped silently in CI); locally, leave them out with <c>--filter "Category!=Postgres"</c> or run
/// <c>./.ci/postgres</c>, which starts a throwaway cluster and runs them.</remarks>
internal static class PostgresDatabase
{
    public const string Variable = "CXOKR_TEST_POSTGRES";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set: run ./.ci/postgres (starts a throwaway PostgreSQL and runs these tests), or leave them out with --filter \"Category!=Postgres\".");
}
