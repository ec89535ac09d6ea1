using System.Text.RegularExpressions;
using Npgsql;

namespace CxOkr.Storage.Postgres;

/// <summary>
/// The schema as an ordered list of migrations. Applied versions are recorded in <c>cxokr_schema_version</c>; a
/// database is brought up to date inside one transaction holding an advisory lock on the schema name, so stores
/// and processes racing to create it do not collide, and a failed migration leaves the previous version whole.
/// Never edit a shipped migration: add the next one.
/// </summary>
/// <remarks>Every table lives in the store's PostgreSQL schema (validated, then quoted) and is prefixed <c>cxokr_</c>.
/// <c>{s}</c> in a migration stands for the quoted schema name.</remarks>
internal static partial class PostgresSchema
{
    private static readonly (int Version, string Description, string Sql)[] Migrations =
    [
        (1, "units, periods, objectives (definition as jsonb), key results, check-ins", """
            CREATE TABLE {s}.cxokr_units (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text NOT NULL UNIQUE,
                name text NOT NULL,
                parent_id text
            );
            CREATE TABLE {s}.cxokr_periods (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text NOT NULL UNIQUE,
                start_date date NOT NULL,
                end_date date NOT NULL
            );
            CREATE TABLE {s}.cxokr_objectives (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text NOT NULL UNIQUE,
                unit_id text NOT NULL,
                period_id text NOT NULL,
                row_version bigint NOT NULL CHECK (row_version >= 1),
                definition jsonb NOT NULL
            );
            CREATE INDEX ix_cxokr_objectives_period ON {s}.cxokr_objectives (period_id, unit_id, seq);
            CREATE INDEX ix_cxokr_objectives_unit ON {s}.cxokr_objectives (unit_id, seq);
            CREATE TABLE {s}.cxokr_key_results (
                id text PRIMARY KEY,
                objective_id text NOT NULL REFERENCES {s}.cxokr_objectives (id) ON DELETE CASCADE,
                kind text NOT NULL
            );
            CREATE INDEX ix_cxokr_key_results_objective ON {s}.cxokr_key_results (objective_id);
            CREATE TABLE {s}.cxokr_check_ins (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                key_result_id text NOT NULL REFERENCES {s}.cxokr_key_results (id) ON DELETE CASCADE,
                date date NOT NULL,
                value double precision NOT NULL,
                confidence double precision,
                note text
            );
            CREATE INDEX ix_cxokr_check_ins_key_result ON {s}.cxokr_check_ins (key_result_id, date, seq);
            """),
        (2, "metrics, metric links, journeys, responses", """
            CREATE TABLE {s}.cxokr_metrics (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text NOT NULL UNIQUE,
                definition jsonb NOT NULL
            );
            CREATE TABLE {s}.cxokr_metric_links (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                from_id text NOT NULL,
                to_id text NOT NULL,
                strength double precision,
                UNIQUE (from_id, to_id)
            );
            CREATE INDEX ix_cxokr_metric_links_to ON {s}.cxokr_metric_links (to_id, seq);
            CREATE TABLE {s}.cxokr_journeys (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text NOT NULL UNIQUE,
                definition jsonb NOT NULL
            );
            CREATE TABLE {s}.cxokr_responses (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                respondent_id text NOT NULL,
                date date NOT NULL,
                journey_id text NOT NULL,
                weight double precision NOT NULL,
                answers json NOT NULL,
                segments jsonb NOT NULL,
                metric_ids text[] NOT NULL,
                UNIQUE (respondent_id, date, journey_id)
            );
            CREATE INDEX ix_cxokr_responses_date ON {s}.cxokr_responses (date, seq);
            CREATE INDEX ix_cxokr_responses_journey ON {s}.cxokr_responses (journey_id, date, seq);
            CREATE INDEX ix_cxokr_responses_metrics ON {s}.cxokr_responses USING gin (metric_ids);
            """),
    ];

    /// <summary>The newest schema version this library knows.</summary>
    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>The schema used when none is given.</summary>
    public const string DefaultSchema = "public";

    /// <summary>Checks a PostgreSQL schema name and returns it quoted for SQL text.</summary>
    /// <exception cref="ArgumentException">The name is not 1 to 63 ASCII letters, digits and underscores starting with a letter or underscore.</exception>
    public static string Quote(string schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);
        if (!SchemaName().IsMatch(schema))
        {
            throw new ArgumentException($"The PostgreSQL schema name '{schema}' is not allowed: use 1 to 63 ASCII letters, digits and underscores, starting with a letter or underscore.", nameof(schema));
        }

        return "\"" + schema + "\"";
    }

    /// <summary>Reads the schema's CxOkr version without locking anything: 0 when it has no CxOkr tables.</summary>
    public static async Task<int> ReadVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string schema, CancellationToken cancellationToken)
    {
        var quoted = Quote(schema);

        // pg_tables is read with this statement's snapshot, so a table another store created while this one waited
        // for the migration lock is seen (to_regclass may answer from a stale catalog cache).
        await using (var exists = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = @schema AND tablename = 'cxokr_schema_version');", connection, transaction))
        {
            exists.Parameters.AddWithValue("schema", schema);
            if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
            {
                return 0;
            }
        }

        await using var read = new NpgsqlCommand($"SELECT COALESCE(MAX(version), 0) FROM {quoted}.cxokr_schema_version;", connection, transaction);
        return Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Refuses a database written by a newer library.</summary>
    /// <exception cref="CxOkrException"><paramref name="version"/> is above <see cref="LatestVersion"/>.</exception>
    public static void ThrowIfNewer(int version, string schema)
    {
        if (version > LatestVersion)
        {
            throw new CxOkrException($"The CxOkr tables in PostgreSQL schema '{schema}' are at schema version {version}, newer than this library knows ({LatestVersion}); upgrade CxOkr.Storage.Postgres. Nothing was changed.");
        }
    }

    /// <summary>
    /// Applies the migrations the schema lacks, up to <paramref name="targetVersion"/>, in order inside one
    /// transaction holding an advisory lock on the schema name, and returns the version reached.
    /// </summary>
    /// <exception cref="CxOkrException">The schema is newer than this library knows.</exception>
    public static async Task<int> MigrateAsync(NpgsqlConnection connection, string schema, int targetVersion, CancellationToken cancellationToken)
    {
        var quoted = Quote(schema);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockSchema = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext(@key));", connection, transaction))
        {
            lockSchema.Parameters.AddWithValue("key", "cxokr.schema:" + schema);
            await lockSchema.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // Read under the lock: another store may have migrated while this one waited.
        var current = await ReadVersionAsync(connection, transaction, schema, cancellationToken).ConfigureAwait(false);
        ThrowIfNewer(current, schema);
        if (current >= targetVersion)
        {
            return current;
        }

        await using (var create = new NpgsqlCommand(
            $"""
            CREATE SCHEMA IF NOT EXISTS {quoted};
            CREATE TABLE IF NOT EXISTS {quoted}.cxokr_schema_version (
                version integer PRIMARY KEY,
                description text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            );
            """,
            connection,
            transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (version, description, sql) in Migrations)
        {
            if (version <= current || version > targetVersion)
            {
                continue;
            }

            await using (var apply = new NpgsqlCommand(sql.Replace("{s}", quoted, StringComparison.Ordinal), connection, transaction))
            {
                await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var record = new NpgsqlCommand($"INSERT INTO {quoted}.cxokr_schema_version (version, description) VALUES (@version, @description);", connection, transaction);
            record.Parameters.AddWithValue("version", version);
            record.Parameters.AddWithValue("description", description);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            current = version;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return current;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaName();
}
