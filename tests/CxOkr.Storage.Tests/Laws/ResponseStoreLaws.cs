using CxOkr.Journeys;
using CxOkr.Storage.Sqlite;
using CxOkr.Storage.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Storage.Tests.Laws;

/// <summary>
/// Response laws checked against a simple model, on the in-memory store and on SQLite in memory: a batch is
/// stored whole exactly when none of its identities repeats or is already stored, and a listing equals
/// filtering and stably sorting by date what was stored.
/// </summary>
public sealed class ResponseStoreLaws
{
    private static readonly DateOnly Day0 = new(2026, 10, 1);
    private static readonly string?[] JourneyIds = [null, "a", "b"];

    private static StoreUnderTest Create(string kind)
    {
        if (kind != "sqlite")
        {
            return StoreUnderTest.From(new InMemoryOkrStore());
        }

        var sqlite = new SqliteOkrStore(":memory:");
        return StoreUnderTest.From(sqlite, sqlite.DisposeAsync);
    }

    private static bool ListingEqualsModel(string kind, (int Respondent, int Day, int Journey, bool HasM)[][] batches, int journeyFilter, bool metricFilter, int? from, int? to)
    {
        return Run().GetAwaiter().GetResult();

        async Task<bool> Run()
        {
            await using var store = Create(kind);
            var responses = store.Responses!;
            var model = new List<Response>();
            var serial = 0;
            foreach (var batch in batches)
            {
                var written = batch.Select(b => new Response(
                    $"p{b.Respondent}",
                    Day0.AddDays(b.Day),
                    b.HasM ? new Dictionary<string, double> { ["m"] = serial++, ["n"] = 1 } : new Dictionary<string, double> { ["n"] = serial++ },
                    journeyId: JourneyIds[b.Journey])).ToList();
                var keys = written.Select(StoreRules.ResponseKey).ToList();
                var shouldStore = keys.Distinct().Count() == keys.Count && !keys.Intersect(model.Select(StoreRules.ResponseKey)).Any();
                bool stored;
                try
                {
                    await responses.AppendResponsesAsync(written);
                    stored = true;
                }
                catch (DuplicateResponseException)
                {
                    stored = false;
                }

                if (stored != shouldStore)
                {
                    return false;
                }

                if (stored)
                {
                    model.AddRange(written);
                }
            }

            var (lo, hi) = (from, to) is ({ } f, { } t) && t < f ? (to, from) : (from, to);
            DateOnly? fromDate = lo is { } l ? Day0.AddDays(l) : null;
            DateOnly? toDate = hi is { } h ? Day0.AddDays(h) : null;
            var journey = journeyFilter < 0 ? null : JourneyIds[1 + (journeyFilter % 2)];
            var metric = metricFilter ? "m" : null;
            var expected = model
                .Where(r => (journey is null || r.JourneyId == journey) && (metric is null || r.Values.ContainsKey(metric))
                    && (fromDate is null || r.Date >= fromDate) && (toDate is null || r.Date <= toDate))
                .OrderBy(static r => r.Date) // stable: append order within a date
                .Select(JourneySamples.Describe);
            var actual = new List<string>();
            await foreach (var r in responses.ListResponsesAsync(journey, metric, fromDate, toDate))
            {
                actual.Add(JourneySamples.Describe(r));
            }

            return expected.SequenceEqual(actual);
        }
    }

    private static Arbitrary<(int, int, int, bool)[][]> Batches() =>
        (from respondent in Gen.Choose(0, 6)
         from day in Gen.Choose(0, 8)
         from journey in Gen.Choose(0, 2)
         from hasM in Gen.Elements(true, false)
         select (respondent, day, journey, hasM)).ArrayOf().ArrayOf().ToArbitrary();

    private static Gen<int?> Bound() =>
        Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-1, 9).Select(static d => (int?)d));

    private static Arbitrary<(int Journey, bool Metric, int? From, int? To)> Filters() =>
        (from journey in Gen.Choose(-1, 1)
         from metric in Gen.Elements(true, false)
         from lo in Bound()
         from hi in Bound()
         select (journey, metric, lo, hi)).ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Response_batches_and_listings_follow_the_model_in_memory() =>
        Prop.ForAll(Batches(), Filters(), static (batches, f) => ListingEqualsModel("in-memory", batches, f.Journey, f.Metric, f.From, f.To));

    [Property(MaxTest = 60)]
    public Property Response_batches_and_listings_follow_the_model_in_sqlite() =>
        Prop.ForAll(Batches(), Filters(), static (batches, f) => ListingEqualsModel("sqlite", batches, f.Journey, f.Metric, f.From, f.To));
}
