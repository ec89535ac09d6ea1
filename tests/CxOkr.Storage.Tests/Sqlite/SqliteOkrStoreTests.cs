using CxOkr.Okrs;
using CxOkr.Services;
using CxOkr.Storage.Sqlite;
using CxOkr.Storage.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CxOkr.Storage.Tests.Sqlite;

/// <summary>What the contract cannot say: persistence across instances, the schema table, SQL safety, DI.</summary>
public sealed class SqliteOkrStoreTests : IDisposable
{
    private readonly string _folder = SqliteTestDatabase.NewFolder();

    private string DbPath => Path.Combine(_folder, "okrs.db");

    public void Dispose() => SqliteTestDatabase.DeleteFolder(_folder);

    [Fact]
    public async Task Data_survives_reopening_the_file()
    {
        await using (var store = new SqliteOkrStore(DbPath))
        {
            await WorkspaceTransfer.ImportAsync(Samples.Workspace(), store);
        }

        await using (var reopened = new SqliteOkrStore($"Data Source={DbPath}"))
        {
            var exported = await WorkspaceTransfer.ExportAsync(reopened);
            Assert.Equal(CxOkr.Serialization.WorkspaceWriter.Write(Samples.Workspace()), CxOkr.Serialization.WorkspaceWriter.Write(exported));
            Assert.Equal(1, (await reopened.GetAsync("o-support"))!.Version);
        }
    }

    [Fact]
    public async Task Schema_is_created_on_first_use_and_recorded_in_the_migration_table()
    {
        await using var store = new SqliteOkrStore(DbPath);
        Assert.False(File.Exists(DbPath));
        Assert.Null(await store.GetUnitAsync("u"));
        Assert.Equal(2, SqliteOkrStore.SchemaVersion);

        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(version) FROM cxokr_schema_migrations;";
        Assert.Equal("1,2", await command.ExecuteScalarAsync());

        // A second instance finds the schema current and adds nothing.
        await using (var second = new SqliteOkrStore(DbPath))
        {
            await second.EnsureSchemaAsync();
        }

        command.CommandText = "SELECT count(*) FROM cxokr_schema_migrations;";
        Assert.Equal(2L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_schema_newer_than_the_library_is_refused()
    {
        await using (var store = new SqliteOkrStore(DbPath))
        {
            await store.EnsureSchemaAsync();
        }

        await using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO cxokr_schema_migrations (version, description) VALUES (99, 'from the future');";
            await command.ExecuteNonQueryAsync();
        }

        await using var newer = new SqliteOkrStore(DbPath);
        var ex = await Assert.ThrowsAsync<CxOkrException>(() => newer.GetAsync("o"));
        Assert.Contains("99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ids_that_look_like_sql_are_stored_as_plain_text()
    {
        await using var store = new SqliteOkrStore(":memory:");
        const string evil = "x'); DROP TABLE cxokr_objectives; --";
        await store.UpsertUnitAsync(new OrgUnit(evil, "Robert'); --"));
        var objective = new Objective(evil, "T", evil, "p", [KeyResult.Increase(evil + "kr", "K", 0, 1)]);
        await store.UpsertAsync(objective, 0);
        await store.AppendAsync(evil + "kr", new CheckIn(new DateOnly(2026, 10, 1), 0.5, note: "'; DELETE FROM cxokr_check_ins; --"));

        Assert.Equal("Robert'); --", (await store.GetUnitAsync(evil))!.Name);
        Assert.Equal(evil, (await store.GetAsync(evil))!.Objective.UnitId);
        await foreach (var stored in store.ListAsync(unitId: evil))
        {
            Assert.Equal(evil, stored.Id);
        }

        await foreach (var checkIn in store.ListByKeyResultAsync(evil + "kr"))
        {
            Assert.Equal(0.5, checkIn.Value);
        }
    }

    [Fact]
    public async Task Memory_store_lets_a_caller_use_it_while_enumerating()
    {
        await using var store = new SqliteOkrStore("Data Source=:memory:");
        Assert.True(store.IsInMemory);
        await WorkspaceTransfer.ImportAsync(Samples.Workspace(), store);
        var count = 0;
        await foreach (var stored in store.ListAsync())
        {
            // A nested read and a write while the listing is open must not deadlock.
            await foreach (var _ in store.ListByKeyResultAsync(stored.Objective.KeyResults.FirstOrDefault()?.Id ?? "none"))
            {
                count++;
            }

            await store.UpsertUnitAsync(new OrgUnit($"u-{stored.Id}", "U"));
        }

        Assert.Equal(4, count); // first key results: none, kr-csat (3), kr-rating (1), kr-plan (0)
    }

    [Fact]
    public async Task File_store_lets_a_caller_write_while_enumerating()
    {
        await using var store = new SqliteOkrStore(DbPath);
        Assert.False(store.IsInMemory);
        await WorkspaceTransfer.ImportAsync(Samples.Workspace(), store);
        await foreach (var stored in store.ListAsync())
        {
            await store.UpsertUnitAsync(new OrgUnit($"u-{stored.Id}", "U"));
        }

        Assert.NotNull(await store.GetUnitAsync("u-o-next"));
    }

    [Fact]
    public async Task Two_instances_on_one_file_behave_like_two_processes_no_lost_update()
    {
        await using var a = new SqliteOkrStore(DbPath);
        await using var b = new SqliteOkrStore($"Data Source={DbPath}");
        await a.UpsertAsync(Samples.Simple("o1"), 0);

        var tasks = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var store = w % 2 == 0 ? a : b;
            try
            {
                await store.UpsertAsync(Samples.Simple("o1", unitId: $"writer-{w}"), 1);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        }));
        Assert.Single(await Task.WhenAll(tasks), static won => won);
        Assert.Equal(2, (await b.GetAsync("o1"))!.Version);

        var appends = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var store = w % 2 == 0 ? a : b;
            for (var i = 0; i < 100; i++)
            {
                await store.AppendAsync("o1-kr", new CheckIn(new DateOnly(2026, 10, 1), i, note: $"{w}:{i}"));
            }
        }));
        await Task.WhenAll(appends);
        var count = 0;
        await foreach (var _ in a.ListByKeyResultAsync("o1-kr"))
        {
            count++;
        }

        Assert.Equal(400, count);
    }

    [Fact]
    public async Task Disposed_store_refuses_work()
    {
        var store = new SqliteOkrStore(":memory:");
        await store.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetAsync("o"));
    }

    [Fact]
    public async Task AddCxOkrSqlite_replaces_the_in_memory_stores_whatever_the_order()
    {
        foreach (var sqliteFirst in new[] { true, false })
        {
            var services = new ServiceCollection();
            if (sqliteFirst)
            {
                services.AddCxOkrSqlite(DbPath, static o => o.Scoring = o.Scoring with { GreenFrom = 0.75 }).AddCxOkr();
            }
            else
            {
                services.AddCxOkr().AddCxOkrSqlite(DbPath, static o => o.Scoring = o.Scoring with { GreenFrom = 0.75 });
            }

            await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
            var store = provider.GetRequiredService<SqliteOkrStore>();
            Assert.Same(store, provider.GetRequiredService<IObjectiveStore>());
            Assert.Same(store, provider.GetRequiredService<ICheckInStore>());
            Assert.Same(store, provider.GetRequiredService<IOrgStore>());
            Assert.Same(store, provider.GetRequiredService<IJourneyStore>());
            Assert.Same(store, provider.GetRequiredService<IResponseStore>());
            Assert.NotNull(provider.GetRequiredService<CxOkr.Services.AlignmentService>());
            Assert.NotNull(provider.GetRequiredService<CxOkr.Services.KeyDriverService>());
            Assert.Equal(0.75, provider.GetRequiredService<ScoringOptions>().GreenFrom);

            var service = provider.GetRequiredService<OkrScoringService>();
            if (sqliteFirst)
            {
                await WorkspaceTransfer.ImportAsync(Samples.Workspace(), store);
            }

            var card = await service.ScoreAsync(new DateOnly(2026, 11, 15), periodId: "2026-Q4");
            Assert.Equal(3, card.Objectives.Count);
        }
    }

    [Fact]
    public async Task AddCxOkrSqlite_keeps_a_store_the_host_registered_before_it()
    {
        foreach (var addCxOkrFirst in new[] { true, false })
        {
            var mine = new InMemoryOkrStore();
            var services = new ServiceCollection();
            services.AddSingleton<IObjectiveStore>(mine);
            if (addCxOkrFirst)
            {
                services.AddCxOkr();
            }

            services.AddCxOkrSqlite(DbPath);
            await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
            Assert.Same(mine, provider.GetRequiredService<IObjectiveStore>());
            Assert.Single(services, static d => d.ServiceType == typeof(IObjectiveStore));
            var store = provider.GetRequiredService<SqliteOkrStore>();
            Assert.Same(store, provider.GetRequiredService<ICheckInStore>());
            Assert.Same(store, provider.GetRequiredService<IResponseStore>());
        }
    }
}
