using Microsoft.Data.Sqlite;

namespace CxOkr.Storage.Sqlite;

/// <summary>
/// The schema as an ordered list of migrations. Applied migrations are recorded in
/// <c>cxokr_schema_migrations</c>; a database is brought up to date inside one immediate transaction, so
/// processes racing to create it do not collide. Never edit a shipped migration: add the next one.
/// </summary>
internal static class SqliteSchema
{
    private static readonly (int Version, string Description, string Sql)[] Migrations =
    [
        (1, "units, periods, objectives, key results, check-ins", """
            CREATE TABLE cxokr_units (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                parent_id TEXT
            );
            CREATE TABLE cxokr_periods (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                start_date TEXT NOT NULL,
                end_date TEXT NOT NULL
            );
            CREATE TABLE cxokr_objectives (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                unit_id TEXT NOT NULL,
                period_id TEXT NOT NULL,
                parent_id TEXT,
                type TEXT NOT NULL,
                weight REAL NOT NULL,
                version INTEGER NOT NULL
            );
            CREATE INDEX ix_cxokr_objectives_period ON cxokr_objectives (period_id, unit_id);
            CREATE INDEX ix_cxokr_objectives_unit ON cxokr_objectives (unit_id);
            CREATE TABLE cxokr_key_results (
                id TEXT PRIMARY KEY,
                objective_id TEXT NOT NULL,
                position INTEGER NOT NULL,
                title TEXT NOT NULL,
                kind TEXT NOT NULL,
                baseline REAL,
                target REAL,
                threshold REAL,
                weight REAL NOT NULL,
                metric_id TEXT
            );
            CREATE INDEX ix_cxokr_key_results_objective ON cxokr_key_results (objective_id, position);
            CREATE TABLE cxokr_check_ins (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                key_result_id TEXT NOT NULL,
                date TEXT NOT NULL,
                value REAL NOT NULL,
                confidence REAL,
                note TEXT
            );
            CREATE INDEX ix_cxokr_check_ins_key_result ON cxokr_check_ins (key_result_id, date, seq);
            """),
        (2, "metrics, metric links, journeys, responses", """
            CREATE TABLE cxokr_metrics (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                document TEXT NOT NULL
            );
            CREATE TABLE cxokr_metric_links (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                from_id TEXT NOT NULL,
                to_id TEXT NOT NULL,
                strength REAL,
                UNIQUE (from_id, to_id)
            );
            CREATE INDEX ix_cxokr_metric_links_to ON cxokr_metric_links (to_id, seq);
            CREATE TABLE cxokr_journeys (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                document TEXT NOT NULL
            );
            CREATE TABLE cxokr_responses (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                respondent_id TEXT NOT NULL,
                date TEXT NOT NULL,
                journey_id TEXT NOT NULL,
                weight REAL NOT NULL,
                answers TEXT NOT NULL,
                segments TEXT NOT NULL,
                UNIQUE (respondent_id, date, journey_id)
            );
            CREATE INDEX ix_cxokr_responses_date ON cxokr_responses (date, seq);
            CREATE INDEX ix_cxokr_responses_journey ON cxokr_responses (journey_id, date, seq);
            CREATE TABLE cxokr_response_metrics (
                metric_id TEXT NOT NULL,
                response_seq INTEGER NOT NULL,
                PRIMARY KEY (metric_id, response_seq)
            ) WITHOUT ROWID;
            """),
    ];

    /// <summary>The newest schema version this library knows.</summary>
    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>Reads the database's schema version without taking a write lock: 0 when it has no CxOkr tables.</summary>
    public static async Task<int> ReadVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'cxokr_schema_migrations';";
        if (Convert.ToInt64(await SqliteBusyWait.RetryAsync(exists.ExecuteScalar, cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return 0;
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM cxokr_schema_migrations;";
        return Convert.ToInt32(await SqliteBusyWait.RetryAsync(read.ExecuteScalar, cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Refuses a database written by a newer library.</summary>
    /// <exception cref="CxOkrException"><paramref name="version"/> is above <see cref="LatestVersion"/>.</exception>
    public static void ThrowIfNewer(int version)
    {
        if (version > LatestVersion)
        {
            throw new CxOkrException($"The database's CxOkr schema is version {version}, newer than this library knows ({LatestVersion}); upgrade CxOkr.Storage.Sqlite.");
        }
    }

    /// <summary>
    /// Applies the migrations the database lacks, inside one immediate transaction (waiting for other writers
    /// cancellably), and returns its version.
    /// </summary>
    public static async Task<int> MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var transaction = await SqliteBusyWait.BeginImmediateAsync(connection, cancellationToken).ConfigureAwait(false);
        using (var create = connection.CreateCommand())
        {
            create.Transaction = transaction;
            create.CommandText = """
                CREATE TABLE IF NOT EXISTS cxokr_schema_migrations (
                    version INTEGER PRIMARY KEY,
                    description TEXT NOT NULL,
                    applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
                );
                """;
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        int current;
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM cxokr_schema_migrations;";
            current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        ThrowIfNewer(current);

        foreach (var (version, description, sql) in Migrations)
        {
            if (version <= current)
            {
                continue;
            }

            using var apply = connection.CreateCommand();
            apply.Transaction = transaction;
            apply.CommandText = sql;
            await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO cxokr_schema_migrations (version, description) VALUES ($version, $description);";
            record.Parameters.AddWithValue("$version", version);
            record.Parameters.AddWithValue("$description", description);
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            current = version;
        }

        transaction.Commit();
        return current;
    }
}
