using System.Diagnostics;
using CxOkr.Okrs;
using CxOkr.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CxOkr.Storage.Tests.Sqlite;

/// <summary>How the store behaves while another connection holds the database's write lock.</summary>
public sealed class SqliteLockTests : IAsyncLifetime
{
    private readonly string _folder = SqliteTestDatabase.NewFolder();

    private string DatabasePath => Path.Combine(_folder, "okrs.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        SqliteTestDatabase.DeleteFolder(_folder);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_new_store_reads_while_another_connection_holds_a_write_transaction()
    {
        await using (var writer = new SqliteOkrStore($"Data Source={DatabasePath}"))
        {
            await writer.UpsertUnitAsync(new OrgUnit("cx", "Customer experience"));
        }

        await using var holder = await HoldWriteLockAsync();
        await using var reader = new SqliteOkrStore($"Data Source={DatabasePath}");
        var clock = Stopwatch.StartNew();
        var units = await ToListAsync(reader.ListUnitsAsync());

        Assert.Equal("cx", Assert.Single(units).Id);

        // The old first-use schema check took the write lock and waited out the 30-second busy timeout here.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the read waited {clock.Elapsed} for the writer");
    }

    [Fact]
    public async Task A_cancelled_token_ends_the_wait_for_another_writer()
    {
        await using var store = new SqliteOkrStore($"Data Source={DatabasePath}");
        await store.EnsureSchemaAsync();
        await using var holder = await HoldWriteLockAsync();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpsertUnitAsync(new OrgUnit("cx", "Customer experience"), cancellation.Token));

        // Before, the wait ran the full 30 seconds and ended in SqliteException "database is locked".
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"cancellation took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_write_waits_for_another_writer_and_then_lands()
    {
        await using var store = new SqliteOkrStore($"Data Source={DatabasePath}");
        await store.EnsureSchemaAsync();
        var holder = await HoldWriteLockAsync();
        var write = store.UpsertUnitAsync(new OrgUnit("cx", "Customer experience"));
        await Task.Delay(1500);
        Assert.False(write.IsCompleted, "the write must wait while the other connection holds the lock");
        await holder.DisposeAsync();

        await write;
        Assert.Equal("cx", Assert.Single(await ToListAsync(store.ListUnitsAsync())).Id);
    }

    [Fact]
    public async Task A_read_only_store_reads_a_current_database()
    {
        await using (var writer = new SqliteOkrStore($"Data Source={DatabasePath}"))
        {
            await writer.UpsertUnitAsync(new OrgUnit("cx", "Customer experience"));
        }

        await using var reader = new SqliteOkrStore($"Data Source={DatabasePath};Mode=ReadOnly");

        Assert.True(reader.IsReadOnly);
        Assert.Equal("cx", Assert.Single(await ToListAsync(reader.ListUnitsAsync())).Id);
    }

    [Fact]
    public async Task A_read_only_store_reads_a_database_in_a_folder_it_may_not_write()
    {
        await using (var writer = new SqliteOkrStore($"Data Source={DatabasePath}"))
        {
            await writer.UpsertUnitAsync(new OrgUnit("cx", "Customer experience"));
        }

        SqliteConnection.ClearAllPools();
        Assert.False(File.Exists(DatabasePath + "-shm"), "the last connection's close removes the WAL index");
        using var readOnly = ReadOnlyFolder.Make(_folder);

        // Before, SQLite could not create okrs.db-shm and the read failed with "unable to open database file".
        await using var reader = new SqliteOkrStore($"Data Source={DatabasePath};Mode=ReadOnly");
        Assert.Equal("cx", Assert.Single(await ToListAsync(reader.ListUnitsAsync())).Id);
        Assert.Equal("cx", Assert.Single(await ToListAsync(reader.ListUnitsAsync())).Id);
    }

    [Fact]
    public async Task A_read_only_store_refuses_a_database_without_the_schema_and_says_how_to_create_it()
    {
        await using (var create = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            await create.OpenAsync();
            using var command = create.CreateCommand();
            command.CommandText = "CREATE TABLE host_table (x INTEGER);";
            await command.ExecuteNonQueryAsync();
        }

        await using var reader = new SqliteOkrStore($"Data Source={DatabasePath};Mode=ReadOnly");

        var error = await Assert.ThrowsAsync<CxOkrException>(() => ToListAsync(reader.ListUnitsAsync()));
        Assert.Contains("no CxOkr tables", error.Message, StringComparison.Ordinal);
        Assert.Contains("without Mode=ReadOnly", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private async Task<WriteLockHolder> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        var transaction = connection.BeginTransaction(deferred: false);
        return new WriteLockHolder(connection, transaction);
    }

    private sealed class WriteLockHolder(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
