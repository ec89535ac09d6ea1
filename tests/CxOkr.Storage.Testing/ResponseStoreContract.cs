using CxOkr.Journeys;

namespace CxOkr.Storage.Testing;

/// <summary>
/// The contract of <see cref="IResponseStore"/>: every field round-trips, order by date then append order,
/// journey, metric and inclusive date-range filters, failed batches leave nothing behind, cancellation,
/// parallel writers losing nothing.
/// </summary>
public abstract class ResponseStoreContract : StoreContract
{
    /// <summary>How many writers append at once in <see cref="Parallel_writers_lose_no_response"/>.</summary>
    protected virtual int ParallelWriters => 8;

    /// <summary>How many single-response batches each writer appends.</summary>
    protected virtual int ResponsesPerWriter => 500;

    /// <summary>The store under test.</summary>
    protected IResponseStore Responses => Store.Responses ?? throw new InvalidOperationException("The StoreUnderTest has no IResponseStore.");

    private static DateOnly Day(int day) => new(2026, 11, day);

    /// <summary>Every field of a response round-trips: respondent, date, journey or none, weight, values (extreme and inexact doubles included) and segments (quotes and non-ASCII text included).</summary>
    [Fact]
    public async Task Every_field_round_trips()
    {
        var withJourney = JourneySamples.Response("r1", Day(3));
        var without = new Response("r2", Day(4), new Dictionary<string, double>(), journeyId: null);
        await Responses.AppendResponsesAsync([withJourney, without]);

        var listed = await ToListAsync(Responses.ListResponsesAsync());
        Assert.Equal([JourneySamples.Describe(withJourney), JourneySamples.Describe(without)], listed.Select(JourneySamples.Describe));
        Assert.Equal(0.1 + 0.2, listed[0].Values["onboarding_ces"]);
        Assert.Equal(1e-300, listed[0].Values["ease"]);
    }

    /// <summary>Responses list by date and, within a date, in the order appended across batches; an empty batch is accepted.</summary>
    [Fact]
    public async Task Responses_list_by_date_then_in_the_order_appended()
    {
        await Responses.AppendResponsesAsync([JourneySamples.Response("a", Day(5)), JourneySamples.Response("b", Day(3)), JourneySamples.Response("c", Day(5))]);
        await Responses.AppendResponsesAsync([JourneySamples.Response("d", Day(4)), JourneySamples.Response("e", Day(5)), JourneySamples.Response("f", Day(3))]);
        await Responses.AppendResponsesAsync([]);

        var ids = (await ToListAsync(Responses.ListResponsesAsync())).Select(static r => r.RespondentId);
        Assert.Equal(["b", "f", "d", "a", "c", "e"], ids);
    }

    /// <summary>Listing filters by journey, by metric answered and by a date range that includes both ends and may be open at either, alone or combined.</summary>
    [Fact]
    public async Task Filters_by_journey_metric_and_inclusive_date_range()
    {
        await Responses.AppendResponsesAsync(
        [
            JourneySamples.Response("a", Day(1)),
            JourneySamples.Response("b", Day(2), journeyId: null),
            JourneySamples.Response("c", Day(3), journeyId: "renewal"),
            new Response("d", Day(4), new Dictionary<string, double> { ["csat"] = 4 }, journeyId: "onboarding"),
            JourneySamples.Response("e", Day(5)),
        ]);

        async Task<string> Ids(string? journey = null, string? metric = null, DateOnly? from = null, DateOnly? to = null) =>
            string.Concat((await ToListAsync(Responses.ListResponsesAsync(journey, metric, from, to))).Select(static r => r.RespondentId));

        Assert.Equal("abcde", await Ids());
        Assert.Equal("ade", await Ids("onboarding"));
        Assert.Equal("c", await Ids("renewal"));
        Assert.Equal(string.Empty, await Ids("no-such-journey"));
        Assert.Equal("abce", await Ids(metric: "nps"));
        Assert.Equal("ae", await Ids("onboarding", "nps"));
        Assert.Equal("d", await Ids(metric: "csat"));
        Assert.Equal("bcd", await Ids(from: Day(2), to: Day(4)));
        Assert.Equal("c", await Ids(from: Day(3), to: Day(3)));
        Assert.Equal("abc", await Ids(to: Day(3)));
        Assert.Equal("cde", await Ids(from: Day(3)));
        Assert.Equal("de", await Ids("onboarding", from: Day(4), to: Day(5)));
        Assert.Equal(string.Empty, await Ids(from: Day(6)));
    }

    /// <summary>Ids holding quotes and SQL fragments round-trip and filter as plain values.</summary>
    [Fact]
    public async Task Awkward_ids_round_trip_and_filter_as_plain_values()
    {
        const string journey = "o'brien\"; DELETE FROM responses; --";
        const string metric = "m'1 OR 1=1";
        var response = new Response("r' --", Day(1), new Dictionary<string, double> { [metric] = -0.0, ["nps"] = double.MaxValue }, journeyId: journey);
        await Responses.AppendResponsesAsync([response, JourneySamples.Response("other", Day(1))]);

        var listed = await ToListAsync(Responses.ListResponsesAsync(journey, metric));
        Assert.Equal(JourneySamples.Describe(response), JourneySamples.Describe(Assert.Single(listed)));
        Assert.Equal(2, (await ToListAsync(Responses.ListResponsesAsync())).Count);
    }

    /// <summary>A reversed date range throws <see cref="ArgumentOutOfRangeException"/> and a blank journey or metric filter throws <see cref="ArgumentException"/>.</summary>
    [Fact]
    public async Task Bad_filters_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await ToListAsync(Responses.ListResponsesAsync(from: Day(2), to: Day(1))));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await ToListAsync(Responses.ListResponsesAsync(journeyId: " ")));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await ToListAsync(Responses.ListResponsesAsync(metricId: "")));
    }

    /// <summary>The same respondent and date in another journey, or with no journey, is a different response and is stored alongside.</summary>
    [Fact]
    public async Task Same_respondent_and_date_in_another_journey_is_a_different_response()
    {
        await Responses.AppendResponsesAsync(
        [
            JourneySamples.Response("a", Day(1)),
            JourneySamples.Response("a", Day(1), journeyId: "renewal"),
            JourneySamples.Response("a", Day(1), journeyId: null),
            JourneySamples.Response("a", Day(2)),
        ]);
        Assert.Equal(4, (await ToListAsync(Responses.ListResponsesAsync())).Count);
    }

    /// <summary>A batch repeating a respondent, date and journey throws <see cref="DuplicateResponseException"/> naming them and stores none of the batch.</summary>
    [Fact]
    public async Task Duplicate_within_a_batch_fails_the_whole_batch()
    {
        var ex = await Assert.ThrowsAsync<DuplicateResponseException>(() => Responses.AppendResponsesAsync(
            [JourneySamples.Response("a", Day(1)), JourneySamples.Response("b", Day(1)), JourneySamples.Response("a", Day(1), nps: 3)]));
        Assert.Equal("a", ex.RespondentId);
        Assert.Equal(Day(1), ex.Date);
        Assert.Equal("onboarding", ex.JourneyId);
        Assert.Empty(await ToListAsync(Responses.ListResponsesAsync()));
    }

    /// <summary>A batch repeating a stored response's respondent, date and journey (or lack of one) throws <see cref="DuplicateResponseException"/>, stores none of the batch and keeps the stored response as it was.</summary>
    /// <param name="journeyId">The journey of the stored response and its duplicate, or null for none.</param>
    [Theory]
    [InlineData("onboarding")]
    [InlineData(null)]
    public async Task Duplicate_of_a_stored_response_fails_the_whole_batch(string? journeyId)
    {
        await Responses.AppendResponsesAsync([JourneySamples.Response("a", Day(1), journeyId: journeyId)]);
        await Assert.ThrowsAsync<DuplicateResponseException>(() => Responses.AppendResponsesAsync(
            [JourneySamples.Response("b", Day(1)), JourneySamples.Response("c", Day(2)), JourneySamples.Response("a", Day(1), nps: 0, journeyId: journeyId)]));
        var listed = await ToListAsync(Responses.ListResponsesAsync());
        Assert.Equal("a", Assert.Single(listed).RespondentId);
        Assert.Equal(9, listed[0].Values["nps"]);
    }

    /// <summary>A null batch or a null element throws <see cref="ArgumentNullException"/> and stores none of the batch.</summary>
    [Fact]
    public async Task Null_response_fails_the_whole_batch()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Responses.AppendResponsesAsync([JourneySamples.Response("a", Day(1)), null!]));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Responses.AppendResponsesAsync(null!));
        Assert.Empty(await ToListAsync(Responses.ListResponsesAsync()));
    }

    /// <summary>With an already-cancelled token, appends and listings throw <see cref="OperationCanceledException"/> and nothing is written; cancelling during a listing stops it before the next response.</summary>
    [Fact]
    public async Task Cancellation_is_honoured()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Responses.AppendResponsesAsync([JourneySamples.Response("a", Day(1))], Cancelled));
        Assert.Empty(await ToListAsync(Responses.ListResponsesAsync()));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await ToListAsync(Responses.ListResponsesAsync(cancellationToken: Cancelled)));

        await Responses.AppendResponsesAsync(Enumerable.Range(1, 20).Select(i => JourneySamples.Response($"r{i}", Day(i))));
        using var cts = new CancellationTokenSource();
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var response in Responses.ListResponsesAsync().WithCancellation(cts.Token))
            {
                seen++;
                cts.Cancel();
            }
        });
        Assert.Equal(1, seen);
    }

    /// <summary><see cref="ParallelWriters"/> writers appending <see cref="ResponsesPerWriter"/> single-response batches each at once lose none, and each writer's responses keep its append order.</summary>
    [Fact]
    public async Task Parallel_writers_lose_no_response()
    {
        var tasks = Enumerable.Range(0, ParallelWriters).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < ResponsesPerWriter; i++)
            {
                await Responses.AppendResponsesAsync([JourneySamples.Response($"w{w}-{i}", Day(1 + (w % 3)))]);
            }
        }));
        await Task.WhenAll(tasks);

        var all = await ToListAsync(Responses.ListResponsesAsync());
        Assert.Equal(ParallelWriters * ResponsesPerWriter, all.Select(static r => r.RespondentId).Distinct().Count());
        for (var w = 0; w < ParallelWriters; w++)
        {
            var prefix = $"w{w}-";
            Assert.Equal(Enumerable.Range(0, ResponsesPerWriter).Select(i => prefix + i), all.Where(r => r.RespondentId.StartsWith(prefix, StringComparison.Ordinal)).Select(static r => r.RespondentId));
        }
    }
}
