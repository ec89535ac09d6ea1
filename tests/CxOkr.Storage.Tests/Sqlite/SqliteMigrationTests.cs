using CxOkr.Journeys;
using CxOkr.Okrs;
using CxOkr.Storage.Sqlite;
using CxOkr.Storage.Testing;
using Microsoft.Data.Sqlite;

namespace CxOkr.Storage.Tests.Sqlite;

/// <summary>A database written by schema version 1 (the first release) is upgraded to version 2 in place, keeping its data.</summary>
public sealed class SqliteMigrationTests : IDisposable
{
    // Schema version 1 exactly as it shipped, frozen here so that the upgrade is tested against what hosts have on disk.
    private const string Version1 = """
        CREATE TABLE cxokr_schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);
        CREATE TABLE cxokr_units (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, parent_id TEXT);
        CREATE TABLE cxokr_periods (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, start_date TEXT NOT NULL, end_date TEXT NOT NULL);
        CREATE TABLE cxokr_objectives (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, unit_id TEXT NOT NULL, period_id TEXT NOT NULL, parent_id TEXT, type TEXT NOT NULL, weight REAL NOT NULL, version INTEGER NOT NULL);
        CREATE INDEX ix_cxokr_objectives_period ON cxokr_objectives (period_id, unit_id);
        CREATE INDEX ix_cxokr_objectives_unit ON cxokr_objectives (unit_id);
        CREATE TABLE cxokr_key_results (id TEXT PRIMARY KEY, objective_id TEXT NOT NULL, position INTEGER NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL, baseline REAL, target REAL, threshold REAL, weight REAL NOT NULL, metric_id TEXT);
        CREATE INDEX ix_cxokr_key_results_objective ON cxokr_key_results (objective_id, position);
        CREATE TABLE cxokr_check_ins (seq INTEGER PRIMARY KEY AUTOINCREMENT, key_result_id TEXT NOT NULL, date TEXT NOT NULL, value REAL NOT NULL, confidence REAL, note TEXT);
        CREATE INDEX ix_cxokr_check_ins_key_result ON cxokr_check_ins (key_result_id, date, seq);
        INSERT INTO cxokr_schema_migrations (version, description) VALUES (1, 'units, periods, objectives, key results, check-ins');
        INSERT INTO cxokr_units (id, name, parent_id) VALUES ('company', 'Company', NULL), ('support', 'Support', 'company');
        INSERT INTO cxokr_periods (id, start_date, end_date) VALUES ('2026-Q4', '2026-10-01', '2026-12-31');
        INSERT INTO cxokr_objectives (id, title, unit_id, period_id, parent_id, type, weight, version) VALUES ('o-support', 'Help is fast', 'support', '2026-Q4', NULL, 'Committed', 1, 3);
        INSERT INTO cxokr_key_results (id, objective_id, position, title, kind, baseline, target, threshold, weight, metric_id) VALUES ('kr-csat', 'o-support', 0, 'Lift CSAT', 'Increase', 70, 85, NULL, 1, 'chat_csat');
        INSERT INTO cxokr_check_ins (key_result_id, date, value, confidence, note) VALUES ('kr-csat', '2026-11-01', 79.5, 0.8, 'v1 check-in');
        """;

    private readonly string _folder = SqliteTestDatabase.NewFolder();

    private string DbPath => Path.Combine(_folder, "okrs.db");

    public void Dispose() => SqliteTestDatabase.DeleteFolder(_folder);

    [Fact]
    public async Task Version_1_database_is_upgraded_in_place_keeping_its_data()
    {
        await using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = Version1;
            await command.ExecuteNonQueryAsync();
        }

        await using (var store = new SqliteOkrStore(DbPath))
        {
            Assert.Equal(["company", "support"], (await ToListAsync(store.ListUnitsAsync())).Select(static u => u.Id));
            var stored = await store.GetAsync("o-support");
            Assert.Equal(3, stored!.Version);
            Assert.Equal("chat_csat", stored.Objective.KeyResults[0].MetricId);
            var checkIn = Assert.Single(await ToListAsync(store.ListByKeyResultAsync("kr-csat")));
            Assert.Equal("v1 check-in", checkIn.Note);

            // The version-2 tables work on the upgraded database.
            foreach (var metric in JourneySamples.Metrics())
            {
                await store.UpsertMetricAsync(metric);
            }

            await store.UpsertMetricLinkAsync(new MetricLink("onboarding_ces", "nps"));
            await store.UpsertJourneyAsync(JourneySamples.Onboarding());
            await store.AppendResponsesAsync([JourneySamples.Response("r1", new DateOnly(2026, 11, 2))]);
            await store.AppendAsync("kr-csat", new CheckIn(new DateOnly(2026, 11, 3), 80));
        }

        await using (var reopened = new SqliteOkrStore(DbPath))
        {
            Assert.Equal(5, (await ToListAsync(reopened.ListMetricsAsync())).Count);
            Assert.Single(await ToListAsync(reopened.ListMetricLinksAsync()));
            Assert.NotNull(await reopened.GetJourneyAsync("onboarding"));
            Assert.Single(await ToListAsync(reopened.ListResponsesAsync("onboarding", "nps")));
            Assert.Equal(2, (await ToListAsync(reopened.ListByKeyResultAsync("kr-csat"))).Count);
        }

        await using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT group_concat(version) FROM (SELECT version FROM cxokr_schema_migrations ORDER BY version);";
            Assert.Equal("1,2", await command.ExecuteScalarAsync());
        }
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
