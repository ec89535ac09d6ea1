using CxOkr.Journeys;
using CxOkr.Okrs;
using CxOkr.Serialization;
using CxOkr.Services;
using CxOkr.Storage.Postgres;
using CxOkr.Storage.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CxOkr.Storage.Tests.Postgres;

/// <summary>What the PostgreSQL store does beyond the contract kit: everything an objective carries, migrations, DI.</summary>
[Trait("Category", "Postgres")]
public sealed class PostgresOkrStoreTests : IAsyncLifetime
{
    private readonly string _schema = PostgresTestDatabase.NewSchema();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => PostgresTestDatabase.DropSchemaAsync(_schema);

    /// <summary>Objectives using what SQLite schema 2 refuses: several parents with shares, roll-ups, guardrails.</summary>
    public static Objective[] RichObjectives() =>
    [
        new Objective(
            "o-shared",
            "Shared goal",
            "support",
            "2026-Q4",
            [
                new KeyResult("kr-revenue", "Revenue", KeyResultKind.Increase, 0, 100, weight: 2, metricId: "revenue", rollup: KeyResultRollup.Sum),
                new KeyResult("kr-nps", "NPS", KeyResultKind.Increase, 20, 40, metricId: "nps", rollup: KeyResultRollup.TargetWeighted),
                new KeyResult("kr-aht", "Handle time", KeyResultKind.Decrease, 410, 300, guardrailMetricId: "csat", guardrailMargin: 0.25),
                KeyResult.Milestone("kr-bot", "Bot live", weight: 0.5),
            ],
            type: ObjectiveType.Aspirational,
            weight: 1.5,
            parents: [new ObjectiveParent("o-a", 0.6), new ObjectiveParent("o-b", 0.4)]),
        new Objective("o-partial", "Partly aligned", "sales", "2027-Q1", parents: [new ObjectiveParent("o-a", 0.3)]),
    ];

    [Fact]
    public async Task Objectives_with_several_parents_shares_rollups_and_guardrails_round_trip_whole()
    {
        await using var store = new PostgresOkrStore(PostgresTestDatabase.ConnectionString, _schema);
        foreach (var objective in RichObjectives())
        {
            AssertSame(objective, (await store.UpsertAsync(objective, StoredObjective.NewVersion)).Objective);
        }

        // Read back through a second instance (nothing cached), singly and listed.
        await using var other = new PostgresOkrStore(PostgresTestDatabase.ConnectionString, _schema);
        var listed = await ToListAsync(other.ListAsync());
        Assert.Equal(2, listed.Count);
        foreach (var (expected, stored) in RichObjectives().Zip(listed))
        {
            AssertSame(expected, stored.Objective);
            AssertSame(expected, (await other.GetAsync(expected.Id))!.Objective);
        }

        var shared = (await other.GetAsync("o-shared"))!.Objective;
        Assert.Equal([("o-a", 0.6), ("o-b", 0.4)], shared.Parents.Select(static p => (p.ObjectiveId, p.Share)));
        Assert.Equal(KeyResultRollup.Sum, shared.KeyResults[0].Rollup);
        Assert.Equal(("csat", 0.25), (shared.KeyResults[2].GuardrailMetricId, shared.KeyResults[2].GuardrailMargin));

        // Updated with the fields changed, they stay whole; check-ins address the key results as usual.
        await other.AppendAsync("kr-revenue", new CheckIn(new DateOnly(2026, 11, 2), 40));
        var changed = new Objective(shared.Id, shared.Title, shared.UnitId, shared.PeriodId, shared.KeyResults, parents: [new ObjectiveParent("o-b", 1)]);
        Assert.Equal(2, (await store.UpsertAsync(changed, 1)).Version);
        AssertSame(changed, (await other.GetAsync("o-shared"))!.Objective);
        Assert.Single(await ToListAsync(other.ListByKeyResultAsync("kr-revenue")));
        Assert.Equal(["o-partial"], (await ToListAsync(other.ListAsync(periodId: "2027-Q1", unitId: "sales"))).Select(static s => s.Id));
    }

    [Fact]
    public async Task The_definition_is_jsonb_and_the_queried_fields_are_columns()
    {
        await using var store = new PostgresOkrStore(PostgresTestDatabase.ConnectionString, _schema);
        await store.UpsertAsync(RichObjectives()[0], StoredObjective.NewVersion);
        Assert.Equal("jsonb", await PostgresTestDatabase.ScalarAsync(
            $"SELECT data_type FROM information_schema.columns WHERE table_schema = '{_schema}' AND table_name = 'cxokr_objectives' AND column_name = 'definition';"));
        Assert.Equal("0.6", await PostgresTestDatabase.ScalarAsync(
            $"SELECT definition->'objectives'->0->'parentShares'->>0 FROM \"{_schema}\".cxokr_objectives WHERE id = 'o-shared' AND unit_id = 'support' AND period_id = '2026-Q4' AND row_version = 1;"));
    }

    [Fact]
    public async Task A_version_1_database_is_migrated_to_the_latest_keeping_its_data()
    {
        var objective = Samples.Objective("o-support");
        await using (var connection = new NpgsqlConnection(PostgresTestDatabase.ConnectionString))
        {
            await connection.OpenAsync();
            Assert.Equal(1, await PostgresSchema.MigrateAsync(connection, _schema, 1, CancellationToken.None));
            await using var fill = new NpgsqlCommand(
                $"""
                INSERT INTO "{_schema}".cxokr_units (id, name, parent_id) VALUES ('company', 'Company', NULL), ('support', 'Support', 'company');
                INSERT INTO "{_schema}".cxokr_periods (id, start_date, end_date) VALUES ('2026-Q4', '2026-10-01', '2026-12-31');
                INSERT INTO "{_schema}".cxokr_objectives (id, unit_id, period_id, row_version, definition) VALUES ('o-support', 'support', '2026-Q4', 3, @definition::jsonb);
                INSERT INTO "{_schema}".cxokr_key_results (id, objective_id, kind) SELECT kr.id, 'o-support', kr.kind FROM unnest(@ids, @kinds) AS kr (id, kind);
                INSERT INTO "{_schema}".cxokr_check_ins (key_result_id, date, value, confidence, note) VALUES ('o-support-csat', '2026-11-01', 79.5, 0.8, 'v1 check-in');
                """,
                connection);
            fill.Parameters.AddWithValue("definition", WorkspaceWriter.Write(new Workspace(objectives: [objective])));
            fill.Parameters.AddWithValue("ids", objective.KeyResults.Select(static k => k.Id).ToArray());
            fill.Parameters.AddWithValue("kinds", objective.KeyResults.Select(static k => k.Kind.ToString()).ToArray());
            await fill.ExecuteNonQueryAsync();
        }

        Assert.Equal(1, Convert.ToInt32(await PostgresTestDatabase.ScalarAsync($"SELECT MAX(version) FROM \"{_schema}\".cxokr_schema_version;")));
        Assert.Equal(true, await PostgresTestDatabase.ScalarAsync($"SELECT to_regclass('\"{_schema}\".cxokr_responses') IS NULL;"));

        await using (var store = new PostgresOkrStore(PostgresTestDatabase.ConnectionString, _schema))
        {
            Assert.Equal(["company", "support"], (await ToListAsync(store.ListUnitsAsync())).Select(static u => u.Id));
            Assert.Equal(new DateOnly(2026, 12, 31), (await store.GetPeriodAsync("2026-Q4"))!.End);
            var stored = await store.GetAsync("o-support");
            Assert.Equal(3, stored!.Version);
            AssertSame(objective, stored.Objective);
            Assert.Equal("v1 check-in", Assert.Single(await ToListAsync(store.ListByKeyResultAsync("o-support-csat"))).Note);

            // The version-2 tables work on the migrated database, and the old data keeps working.
            foreach (var metric in JourneySamples.Metrics())
            {
                await store.UpsertMetricAsync(metric);
            }

            await store.UpsertMetricLinkAsync(new MetricLink("onboarding_ces", "nps"));
            await store.UpsertJourneyAsync(JourneySamples.Onboarding());
            await store.AppendResponsesAsync([JourneySamples.Response("r1", new DateOnly(2026, 11, 2))]);
            await store.AppendAsync("o-support-csat", new CheckIn(new DateOnly(2026, 11, 3), 80));
            Assert.Equal(4, (await store.UpsertAsync(objective, 3)).Version);
        }

        await using (var reopened = new PostgresOkrStore(PostgresTestDatabase.ConnectionString, _schema))
        {
            Assert.Single(await ToListAsync(reopened.ListResponsesAsync("onboarding", "nps")));
            Assert.Equal(2, (await ToListAsync(reopened.ListByKeyResultAsync("o-support-csat"))).Count);
        }

        Assert.Equal("1,2", await PostgresTestDatabase.ScalarAsync($"SELECT string_agg(version::text, ',' ORDER BY version) FROM \"{_schema}\".cxokr_schema_version;"));
    }

    [Fact]
    public async Task A_database_newer_than_the_library_is_refused_and_left_unchanged()
    {
        await using (var store = new PostgresOkrStore(PostgresTestDatabase.ConnectionString, _schema))
        {
            await store.UpsertAsync(Samples.Simple("o1"), StoredObjective.NewVersion);
        }

        var future = PostgresOkrStore.SchemaVersion + 1;
        await PostgresTestDatabase.ScalarAsync($"INSERT INTO \"{_schema}\".cxokr_schema_version (version, description) VALUES ({future}, 'from a newer library');");

        await using (var store = new PostgresOkrStore(PostgresTestDatabase.ConnectionString, _schema))
        {
            var error = await Assert.ThrowsAsync<CxOkrException>(() => store.GetAsync("o1"));
            Assert.Contains($"schema version {future}, newer than this library knows ({PostgresOkrStore.SchemaVersion})", error.Message, StringComparison.Ordinal);
            Assert.Contains(_schema, error.Message, StringComparison.Ordinal);
            await Assert.ThrowsAsync<CxOkrException>(() => store.UpsertAsync(Samples.Simple("o2"), StoredObjective.NewVersion));
            await Assert.ThrowsAsync<CxOkrException>(() => store.EnsureSchemaAsync());
        }

        Assert.Equal(1L, await PostgresTestDatabase.ScalarAsync($"SELECT COUNT(*) FROM \"{_schema}\".cxokr_objectives;"));
        Assert.Equal(future, Convert.ToInt32(await PostgresTestDatabase.ScalarAsync($"SELECT MAX(version) FROM \"{_schema}\".cxokr_schema_version;")));
    }

    [Fact]
    public async Task Stores_racing_to_create_the_schema_create_it_once()
    {
        var stores = Enumerable.Range(0, 6).Select(_ => new PostgresOkrStore(PostgresTestDatabase.ConnectionString, _schema)).ToArray();
        try
        {
            await Task.WhenAll(stores.Select(static s => Task.Run(() => s.EnsureSchemaAsync())));
            Assert.Equal("1,2", await PostgresTestDatabase.ScalarAsync($"SELECT string_agg(version::text, ',' ORDER BY version) FROM \"{_schema}\".cxokr_schema_version;"));
            await stores[0].UpsertUnitAsync(new OrgUnit("u", "Unit"));
            Assert.Equal("Unit", (await stores[5].GetUnitAsync("u"))!.Name);
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task AddCxOkrPostgres_replaces_the_in_memory_stores_whatever_the_order()
    {
        foreach (var postgresFirst in new[] { true, false })
        {
            var services = new ServiceCollection();
            if (postgresFirst)
            {
                services.AddCxOkrPostgres(PostgresTestDatabase.ConnectionString, static o => o.Scoring = o.Scoring with { GreenFrom = 0.75 }, _schema).AddCxOkr();
            }
            else
            {
                services.AddCxOkr().AddCxOkrPostgres(PostgresTestDatabase.ConnectionString, static o => o.Scoring = o.Scoring with { GreenFrom = 0.75 }, _schema);
            }

            await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
            var store = provider.GetRequiredService<PostgresOkrStore>();
            Assert.Equal(_schema, store.Schema);
            Assert.Same(store, provider.GetRequiredService<IObjectiveStore>());
            Assert.Same(store, provider.GetRequiredService<ICheckInStore>());
            Assert.Same(store, provider.GetRequiredService<IOrgStore>());
            Assert.Same(store, provider.GetRequiredService<IJourneyStore>());
            Assert.Same(store, provider.GetRequiredService<IResponseStore>());
            Assert.Equal(0.75, provider.GetRequiredService<ScoringOptions>().GreenFrom);
            if (postgresFirst)
            {
                await WorkspaceTransfer.ImportAsync(Samples.Workspace(), store);
            }

            // The second provider reads what the first one stored: the data is in PostgreSQL.
            var card = await provider.GetRequiredService<OkrScoringService>().ScoreAsync(new DateOnly(2026, 11, 15), periodId: "2026-Q4");
            Assert.Equal(3, card.Objectives.Count);
        }
    }

    private static void AssertSame(Objective expected, Objective actual) =>
        Assert.Equal(WorkspaceWriter.Write(new Workspace(objectives: [expected])), WorkspaceWriter.Write(new Workspace(objectives: [actual])));

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
