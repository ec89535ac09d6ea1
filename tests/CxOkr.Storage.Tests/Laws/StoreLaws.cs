using CxOkr.Okrs;
using CxOkr.Storage.Sqlite;
using CxOkr.Storage.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Storage.Tests.Laws;

/// <summary>Laws checked against a simple model, on the in-memory store and on SQLite in memory.</summary>
public sealed class StoreLaws
{
    private static readonly DateOnly Day0 = new(2026, 10, 1);

    private static StoreUnderTest Create(string kind)
    {
        if (kind != "sqlite")
        {
            return StoreUnderTest.From(new InMemoryOkrStore());
        }

        var sqlite = new SqliteOkrStore(":memory:");
        return StoreUnderTest.From(sqlite, sqlite.DisposeAsync);
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

    private static bool ListingEqualsModel(string kind, (int Day, int Value, bool Batched)[] appends, int? from, int? to)
    {
        return Run().GetAwaiter().GetResult();

        async Task<bool> Run()
        {
            await using var store = Create(kind);
            await store.Objectives.UpsertAsync(Samples.Simple("o"), 0);
            var written = appends.Select((a, i) => new CheckIn(Day0.AddDays(a.Day), a.Value, note: i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

            // Consecutive appends flagged "batched" go in one batch; the rest one by one.
            var pending = new List<KeyResultCheckIn>();
            for (var i = 0; i < written.Length; i++)
            {
                pending.Add(new KeyResultCheckIn("o-kr", written[i]));
                if (!appends[i].Batched || i == written.Length - 1)
                {
                    await store.CheckIns.AppendBatchAsync(pending);
                    pending.Clear();
                }
            }

            var (lo, hi) = (from, to) is ({ } f, { } t) && t < f ? (to, from) : (from, to);
            DateOnly? fromDate = lo is { } l ? Day0.AddDays(l) : null;
            DateOnly? toDate = hi is { } h ? Day0.AddDays(h) : null;
            var expected = written
                .Where(c => (fromDate is null || c.Date >= fromDate) && (toDate is null || c.Date <= toDate))
                .OrderBy(static c => c.Date) // stable: append order within a date
                .ToArray();
            var actual = await ToListAsync(store.CheckIns.ListByKeyResultAsync("o-kr", fromDate, toDate));
            return expected.SequenceEqual(actual);
        }
    }

    [Property(MaxTest = 60)]
    public Property Check_in_listing_equals_filtering_and_stably_sorting_what_was_appended_in_memory() =>
        Prop.ForAll(Appends(), Bound(), Bound(), (appends, from, to) => ListingEqualsModel("in-memory", appends, from, to));

    [Property(MaxTest = 60)]
    public Property Check_in_listing_equals_filtering_and_stably_sorting_what_was_appended_in_sqlite() =>
        Prop.ForAll(Appends(), Bound(), Bound(), (appends, from, to) => ListingEqualsModel("sqlite", appends, from, to));

    private static Arbitrary<(int Day, int Value, bool Batched)[]> Appends() =>
        (from day in Gen.Choose(0, 15)
         from value in Gen.Choose(-1000, 1000)
         from batched in Gen.Elements(true, false)
         select (day, value, batched)).ArrayOf().ToArbitrary();

    private static Arbitrary<int?> Bound() =>
        Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-2, 17).Select(static d => (int?)d)).ToArbitrary();

    private static bool VersionsFollowModel(string kind, int[] expectedVersions)
    {
        return Run().GetAwaiter().GetResult();

        async Task<bool> Run()
        {
            await using var store = Create(kind);
            long? model = null; // the stored version, or null when absent
            for (var i = 0; i < expectedVersions.Length; i++)
            {
                var expected = expectedVersions[i];
                var shouldWin = expected == (model ?? 0);
                bool won;
                try
                {
                    var stored = await store.Objectives.UpsertAsync(Samples.Simple("o", unitId: $"u{i}"), expected);
                    won = stored.Version == expected + 1;
                }
                catch (ConcurrencyConflictException ex)
                {
                    won = false;
                    if (ex.ActualVersion != model)
                    {
                        return false;
                    }
                }

                if (won != shouldWin)
                {
                    return false;
                }

                if (won)
                {
                    model = expected + 1;
                }
            }

            var read = await store.Objectives.GetAsync("o");
            return read?.Version == model;
        }
    }

    [Property(MaxTest = 60)]
    public Property Upserts_succeed_exactly_when_they_name_the_stored_version() =>
        Prop.ForAll(
            Gen.Choose(0, 4).ArrayOf().ToArbitrary(),
            Gen.Elements("in-memory", "sqlite").ToArbitrary(),
            static (versions, kind) => VersionsFollowModel(kind, versions));
}
