using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Services;
using CxOkr.Storage.Testing;

namespace CxOkr.Storage.Tests.Services;

public sealed class KeyDriverServiceTests
{
    private static readonly DateOnly Start = new(2026, 10, 1);

    // 300 onboarding responses over 60 days (5 a day, appended in date order so the store lists them in
    // append order), some without 'ease'; plus renewal responses and responses without the outcome, which
    // the service must not read. Seeded, so every run sees the same data.
    private static List<Response> Generate()
    {
        var random = new Random(20261124);
        var responses = new List<Response>();
        for (var i = 0; i < 300; i++)
        {
            var date = Start.AddDays(i / 5);
            var setup = 100 + (500 * random.NextDouble());
            var ease = random.Next(1, 6);
            var effort = 1 + (0.004 * setup) + (0.3 * ease) + random.NextDouble(); // within the 1-7 scale of onboarding_ces
            var values = new Dictionary<string, double> { ["onboarding_ces"] = effort, ["setup_time"] = setup, ["nps"] = random.Next(0, 11) };
            if (i % 7 != 3)
            {
                values["ease"] = ease;
            }

            responses.Add(new Response($"r{i}", date, values, weight: 0.5 + random.NextDouble(), journeyId: "onboarding"));
            if (i % 10 == 0)
            {
                responses.Add(new Response($"r{i}", date, new Dictionary<string, double> { ["onboarding_ces"] = 100, ["setup_time"] = 1, ["ease"] = 5 }, journeyId: "renewal"));
                responses.Add(new Response($"x{i}", date, new Dictionary<string, double> { ["setup_time"] = 1, ["ease"] = 5 }, journeyId: "onboarding"));
            }
        }

        return responses;
    }

    private static async Task<InMemoryOkrStore> StoreAsync()
    {
        var store = new InMemoryOkrStore();
        foreach (var metric in JourneySamples.Metrics())
        {
            await store.UpsertMetricAsync(metric);
        }

        foreach (var link in JourneySamples.Links())
        {
            await store.UpsertMetricLinkAsync(link);
        }

        await store.AppendResponsesAsync(Generate());
        return store;
    }

    private static KeyDriverResult Direct(IEnumerable<Response> rows, IReadOnlyList<string> drivers)
    {
        var list = rows.ToList();
        var names = new List<string> { "onboarding_ces" };
        names.AddRange(drivers);
        var columns = names.Select(n => list.Select(r => r.Values.TryGetValue(n, out var v) ? v : double.NaN).ToArray()).ToList();
        names.Add("weight");
        columns.Add(list.Select(static r => r.Weight).ToArray());
        return new KeyDriverAnalyzer().Analyze(ColumnTable.FromColumns(names, columns), new KeyDriverSpecification("onboarding_ces", drivers, "weight"));
    }

    private static string Describe(KeyDriverResult result) =>
        $"{result.NUsed} {result.RSquared:R} {result.Intercept:R} " + string.Join(" ", result.Drivers.Select(static d => $"{d.Name}:{d.Coefficient:R}:{d.ShapleyShare:R}"));

    [Fact]
    public async Task Without_drivers_uses_the_metrics_linked_into_the_outcome_and_equals_the_analyzer_on_the_same_rows()
    {
        var store = await StoreAsync();
        var service = new KeyDriverService(store, store, new KeyDriverAnalyzer());

        var result = await service.AnalyzeAsync("onboarding", "onboarding_ces");

        var rows = Generate().Where(static r => r.JourneyId == "onboarding" && r.Values.ContainsKey("onboarding_ces"));
        var expected = Direct(rows, ["setup_time", "ease"]);
        Assert.Equal(Describe(expected), Describe(result));
        Assert.Equal(["setup_time", "ease"], result.Drivers.Select(static d => d.Name));
        Assert.Equal(300 - 43, result.NUsed);
        Assert.Equal(0.004, result.Drivers[0].Coefficient, 0.002);
        Assert.Equal(0.3, result.Drivers[1].Coefficient, 0.1);
    }

    [Fact]
    public async Task Named_drivers_and_an_inclusive_date_range_are_respected()
    {
        var store = await StoreAsync();
        var service = new KeyDriverService(store, store, new KeyDriverAnalyzer());
        var from = Start.AddDays(10);
        var to = Start.AddDays(29);

        var result = await service.AnalyzeAsync("onboarding", "onboarding_ces", from, to, ["ease"]);

        var rows = Generate().Where(r => r.JourneyId == "onboarding" && r.Values.ContainsKey("onboarding_ces") && r.Date >= from && r.Date <= to);
        Assert.Equal(Describe(Direct(rows, ["ease"])), Describe(result));
        Assert.Equal(100 - 14, result.NUsed);
    }

    [Fact]
    public async Task Fewer_complete_responses_than_the_minimum_are_refused()
    {
        var store = await StoreAsync();
        var service = new KeyDriverService(store, store, new KeyDriverAnalyzer());

        // Five days hold 25 responses: enough for the regression (3 rows), not for a key-driver analysis.
        var error = await Assert.ThrowsAsync<DataFormatException>(() => service.AnalyzeAsync("onboarding", "onboarding_ces", Start, Start.AddDays(4), ["setup_time"]));
        Assert.Contains($"needs at least {DriverTable.MinimumCompleteResponses}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_off_its_metric_scale_is_refused_or_excluded_under_the_exclude_policy()
    {
        var store = await StoreAsync();
        await store.AppendResponsesAsync([new Response("bad", Start, new Dictionary<string, double> { ["onboarding_ces"] = 3, ["setup_time"] = 200, ["ease"] = 500 }, journeyId: "onboarding")]);
        var refused = await Assert.ThrowsAsync<CxOkr.Measures.OutOfRangeValueException>(() => new KeyDriverService(store, store, new KeyDriverAnalyzer()).AnalyzeAsync("onboarding", "onboarding_ces"));
        Assert.Equal(("ease", "bad"), (refused.MetricId, refused.RespondentId));

        var exclude = new CxOkr.Measures.MeasureOptions(outOfRange: CxOkr.Measures.OutOfRangePolicy.Exclude);
        var result = await new KeyDriverService(store, store, new KeyDriverAnalyzer(), exclude).AnalyzeAsync("onboarding", "onboarding_ces");
        Assert.Equal(300 - 43, result.NUsed);
        Assert.Equal(301, result.Rows!.RowsRead);
    }

    [Fact]
    public async Task Rank_orders_drivers_by_shapley_share()
    {
        var store = await StoreAsync();
        var service = new KeyDriverService(store, store, new KeyDriverAnalyzer());
        var ranking = await service.RankAsync("onboarding", "onboarding_ces");
        Assert.Equal("onboarding_ces", ranking.OutcomeMetricId);
        Assert.Equal(2, ranking.Drivers.Count);
        Assert.True(ranking.Drivers[0].Value >= ranking.Drivers[1].Value);
    }

    [Fact]
    public async Task Refuses_when_no_driver_is_named_or_linked_and_honours_cancellation()
    {
        var store = await StoreAsync();
        var service = new KeyDriverService(store, store, new KeyDriverAnalyzer());
        await Assert.ThrowsAnyAsync<ArgumentException>(() => service.AnalyzeAsync("onboarding", "ease"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => service.AnalyzeAsync(" ", "onboarding_ces"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => service.AnalyzeAsync("onboarding", "onboarding_ces", drivers: ["ease", "onboarding_ces"]));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => service.AnalyzeAsync("onboarding", "onboarding_ces", drivers: ["ease", "ease"]));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => service.AnalyzeAsync("onboarding", "onboarding_ces", drivers: [" "]));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => service.AnalyzeAsync("onboarding", "onboarding_ces", Start.AddDays(2), Start));
        await Assert.ThrowsAsync<DataFormatException>(() => service.AnalyzeAsync("no-such-journey", "onboarding_ces", drivers: ["ease"]));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => service.AnalyzeAsync("onboarding", "onboarding_ces", cancellationToken: new CancellationToken(true)));
    }
}
