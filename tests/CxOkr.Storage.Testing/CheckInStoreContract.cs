using CxOkr.Okrs;

namespace CxOkr.Storage.Testing;

/// <summary>The contract of <see cref="ICheckInStore"/>: derive, implement <see cref="StoreContract.CreateStoreAsync"/>, run.</summary>
public abstract class CheckInStoreContract : StoreContract
{
    private ICheckInStore CheckIns => Store.CheckIns;

    /// <summary>How many writers append at once in <see cref="Parallel_writers_lose_no_check_in"/>.</summary>
    protected virtual int ParallelWriters => 8;

    /// <summary>How many check-ins each writer appends, one call each.</summary>
    protected virtual int CheckInsPerWriter => 500;

    private static DateOnly D(int month, int day) => new(2026, month, day);

    private async Task SeedAsync()
    {
        await Store.Objectives.UpsertAsync(Samples.Objective("o1"), 0);
        await Store.Objectives.UpsertAsync(Samples.Simple("o2"), 0);
    }

    /// <summary>Appending a check-in for an unknown key result throws <see cref="UnknownKeyResultException"/> (a <see cref="CxOkrException"/> naming the key result) and stores nothing.</summary>
    [Fact]
    public async Task Append_to_unknown_key_result_throws_and_stores_nothing()
    {
        await SeedAsync();
        var ex = await Assert.ThrowsAsync<UnknownKeyResultException>(() => CheckIns.AppendAsync("ghost", new CheckIn(D(10, 1), 1)));
        Assert.Equal("ghost", ex.KeyResultId);
        Assert.IsAssignableFrom<CxOkrException>(ex);
        Assert.Empty(await ToListAsync(CheckIns.ListByKeyResultAsync("ghost")));
    }

    /// <summary>Date, value, confidence and note of each check-in come back exactly as appended, including extreme and inexact doubles, a missing confidence, an empty note and a note with quotes, non-ASCII letters and a newline.</summary>
    [Fact]
    public async Task Every_field_round_trips()
    {
        await SeedAsync();
        CheckIn[] written =
        [
            new(D(10, 1), 0.1 + 0.2, 0.35, "note with 'quotes', ünïcode and\nnewline"),
            new(D(10, 2), -1e-300),
            new(D(10, 3), 1.7976931348623157E+308, 0, string.Empty),
            new(D(10, 4), 42, 1),
        ];
        foreach (var c in written)
        {
            await CheckIns.AppendAsync("o1-csat", c);
        }

        Assert.Equal(written, await ToListAsync(CheckIns.ListByKeyResultAsync("o1-csat")));
    }

    /// <summary>Listing returns only the given key result's check-ins, ordered by date and, within a date, in the order they were appended.</summary>
    [Fact]
    public async Task List_orders_by_date_then_append_order_and_separates_key_results()
    {
        await SeedAsync();
        await CheckIns.AppendAsync("o1-csat", new CheckIn(D(11, 3), 3));
        await CheckIns.AppendAsync("o1-csat", new CheckIn(D(10, 1), 1));
        await CheckIns.AppendAsync("o2-kr", new CheckIn(D(10, 2), 99));
        await CheckIns.AppendAsync("o1-csat", new CheckIn(D(11, 3), 4, note: "later same day"));
        await CheckIns.AppendAsync("o1-csat", new CheckIn(D(10, 15), 2));

        var list = await ToListAsync(CheckIns.ListByKeyResultAsync("o1-csat"));
        Assert.Equal([1.0, 2, 3, 4], list.Select(static c => c.Value));
        Assert.Equal([99.0], (await ToListAsync(CheckIns.ListByKeyResultAsync("o2-kr"))).Select(static c => c.Value));
    }

    /// <summary>A date range includes both of its ends, either end may be open (null), and ranges reaching <see cref="DateOnly.MinValue"/> or <see cref="DateOnly.MaxValue"/> work.</summary>
    [Fact]
    public async Task Date_range_includes_both_ends()
    {
        await SeedAsync();
        await CheckIns.AppendBatchAsync(Enumerable.Range(1, 10).Select(day => new KeyResultCheckIn("o1-csat", new CheckIn(D(10, day), day))));

        async Task<double[]> Values(DateOnly? from, DateOnly? to) => [.. (await ToListAsync(CheckIns.ListByKeyResultAsync("o1-csat", from, to))).Select(static c => c.Value)];
        Assert.Equal(new double[] { 3.0, 4, 5 }, await Values(D(10, 3), D(10, 5)));
        Assert.Equal(new double[] { 7.0 }, await Values(D(10, 7), D(10, 7)));
        Assert.Equal(new double[] { 1.0, 2 }, await Values(null, D(10, 2)));
        Assert.Equal(new double[] { 9.0, 10 }, await Values(D(10, 9), null));
        Assert.Equal(10, (await Values(null, null)).Length);
        Assert.Equal(10, (await Values(D(9, 30), D(10, 10))).Length);
        Assert.Empty(await Values(D(10, 11), D(12, 31)));
        Assert.Empty(await Values(D(1, 1), D(9, 30)));
        Assert.Equal(new double[] { 1.0 }, await Values(DateOnly.MinValue, D(10, 1)));
        Assert.Equal(new double[] { 10.0 }, await Values(D(10, 10), DateOnly.MaxValue));
    }

    /// <summary>Listing with a start date after the end date throws <see cref="ArgumentOutOfRangeException"/>.</summary>
    [Fact]
    public async Task Reversed_range_is_refused() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ToListAsync(CheckIns.ListByKeyResultAsync("o1-csat", D(10, 2), D(10, 1))));

    /// <summary>Listing the check-ins of an unknown key result yields nothing instead of throwing.</summary>
    [Fact]
    public async Task List_of_unknown_key_result_is_empty() =>
        Assert.Empty(await ToListAsync(CheckIns.ListByKeyResultAsync("nobody")));

    /// <summary>A milestone key result accepts check-in values 0 and 1 only; any other value throws <see cref="ArgumentException"/> and is not stored.</summary>
    [Fact]
    public async Task Milestone_accepts_only_0_and_1()
    {
        await SeedAsync();
        await CheckIns.AppendAsync("o1-bot", new CheckIn(D(10, 1), 0));
        await CheckIns.AppendAsync("o1-bot", new CheckIn(D(10, 2), 1));
        await Assert.ThrowsAsync<ArgumentException>(() => CheckIns.AppendAsync("o1-bot", new CheckIn(D(10, 3), 0.5)));
        Assert.Equal(2, (await ToListAsync(CheckIns.ListByKeyResultAsync("o1-bot"))).Count);
    }

    /// <summary>A batch append stores every check-in under its own key result, in batch order; an empty batch is accepted.</summary>
    [Fact]
    public async Task Batch_is_stored_whole_in_order()
    {
        await SeedAsync();
        await CheckIns.AppendBatchAsync(
        [
            new("o1-csat", new CheckIn(D(10, 1), 1)),
            new("o2-kr", new CheckIn(D(10, 1), 2)),
            new("o1-csat", new CheckIn(D(10, 1), 3)),
        ]);
        Assert.Equal([1.0, 3], (await ToListAsync(CheckIns.ListByKeyResultAsync("o1-csat"))).Select(static c => c.Value));
        Assert.Single(await ToListAsync(CheckIns.ListByKeyResultAsync("o2-kr")));
        await CheckIns.AppendBatchAsync([]);
    }

    /// <summary>A batch naming an unknown key result throws <see cref="UnknownKeyResultException"/> and stores none of its check-ins, not even those before the bad one.</summary>
    [Fact]
    public async Task Failed_batch_with_unknown_key_result_leaves_nothing_behind()
    {
        await SeedAsync();
        await CheckIns.AppendAsync("o1-csat", new CheckIn(D(10, 1), 1));
        var batch = Enumerable.Range(2, 50).Select(day => new KeyResultCheckIn("o1-csat", new CheckIn(D(10, 1).AddDays(day), day)))
            .Append(new KeyResultCheckIn("ghost", new CheckIn(D(12, 1), 0)))
            .Append(new KeyResultCheckIn("o2-kr", new CheckIn(D(12, 1), 0)));
        await Assert.ThrowsAsync<UnknownKeyResultException>(() => CheckIns.AppendBatchAsync(batch));

        Assert.Single(await ToListAsync(CheckIns.ListByKeyResultAsync("o1-csat")));
        Assert.Empty(await ToListAsync(CheckIns.ListByKeyResultAsync("o2-kr")));
    }

    /// <summary>A batch holding a milestone value other than 0 or 1 throws <see cref="ArgumentException"/> and stores none of its check-ins.</summary>
    [Fact]
    public async Task Failed_batch_with_bad_milestone_value_leaves_nothing_behind()
    {
        await SeedAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => CheckIns.AppendBatchAsync(
        [
            new("o1-csat", new CheckIn(D(10, 1), 1)),
            new("o1-bot", new CheckIn(D(10, 1), 2)),
        ]));
        Assert.Empty(await ToListAsync(CheckIns.ListByKeyResultAsync("o1-csat")));
        Assert.Empty(await ToListAsync(CheckIns.ListByKeyResultAsync("o1-bot")));
    }

    /// <summary>A null check-in, a null batch or a null batch element throws <see cref="ArgumentNullException"/>, and a blank key result id throws <see cref="ArgumentException"/>.</summary>
    [Fact]
    public async Task Null_arguments_are_refused()
    {
        await SeedAsync();
        await Assert.ThrowsAsync<ArgumentNullException>(() => CheckIns.AppendAsync("o1-csat", null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => CheckIns.AppendBatchAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => CheckIns.AppendBatchAsync([null!]));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => CheckIns.AppendAsync(" ", new CheckIn(D(10, 1), 1)));
    }

    /// <summary>With an already-cancelled token, appends, batch appends and listings throw <see cref="OperationCanceledException"/> and nothing is written.</summary>
    [Fact]
    public async Task Cancelled_token_is_honoured_and_writes_nothing()
    {
        await SeedAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CheckIns.AppendAsync("o1-csat", new CheckIn(D(10, 1), 1), Cancelled));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CheckIns.AppendBatchAsync([new("o1-csat", new CheckIn(D(10, 1), 1))], Cancelled));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToListAsync(CheckIns.ListByKeyResultAsync("o1-csat", cancellationToken: Cancelled)));
        Assert.Empty(await ToListAsync(CheckIns.ListByKeyResultAsync("o1-csat")));
    }

    /// <summary><see cref="ParallelWriters"/> writers appending <see cref="CheckInsPerWriter"/> check-ins each to one key result at once lose none, the listing stays ordered by date, and within a date each writer's check-ins keep its append order.</summary>
    [Fact]
    public async Task Parallel_writers_lose_no_check_in()
    {
        await SeedAsync();
        using var start = new ManualResetEventSlim();
        var tasks = Enumerable.Range(0, ParallelWriters).Select(w => Task.Run(async () =>
        {
            start.Wait();
            for (var i = 0; i < CheckInsPerWriter; i++)
            {
                // Writers share a key result and dates so that they really contend.
                await CheckIns.AppendAsync("o1-csat", new CheckIn(D(10, 1).AddDays(i % 30), (w * CheckInsPerWriter) + i, note: $"{w}:{i}"));
            }
        })).ToArray();
        start.Set();
        await Task.WhenAll(tasks);

        var all = await ToListAsync(CheckIns.ListByKeyResultAsync("o1-csat"));
        Assert.Equal(ParallelWriters * CheckInsPerWriter, all.Count);
        Assert.Equal(ParallelWriters * CheckInsPerWriter, all.Select(static c => c.Note).Distinct().Count());
        Assert.True(all.Zip(all.Skip(1)).All(static p => p.First.Date <= p.Second.Date), "check-ins are listed by date");

        // Within a date, each writer's check-ins keep the order it appended them.
        foreach (var group in all.GroupBy(static c => (c.Date, Writer: c.Note!.Split(':')[0])))
        {
            var indexes = group.Select(static c => int.Parse(c.Note!.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(indexes.Order(), indexes);
        }
    }
}
