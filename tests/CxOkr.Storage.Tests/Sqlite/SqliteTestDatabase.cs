using CxOkr.Storage.Sqlite;
using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.Sqlite;

/// <summary>Creates SQLite stores for tests: a real database file in a fresh temp folder (deleted afterwards) or <c>:memory:</c>.</summary>
internal static class SqliteTestDatabase
{
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cxokr-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A store on <c>okrs.db</c> in <paramref name="folder"/> (a new temp folder when null); the folder is deleted afterwards.</summary>
    public static Task<StoreUnderTest> FileStoreAsync(string? folder = null)
    {
        folder ??= NewFolder();
        var store = new SqliteOkrStore($"Data Source={Path.Combine(folder, "okrs.db")}");
        return Task.FromResult(StoreUnderTest.From(store, async () =>
        {
            await store.DisposeAsync();
            DeleteFolder(folder);
        }));
    }

    public static Task<StoreUnderTest> MemoryStoreAsync()
    {
        var store = new SqliteOkrStore(":memory:");
        return Task.FromResult(StoreUnderTest.From(store, store.DisposeAsync));
    }
}
