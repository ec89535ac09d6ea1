using CxOkr.Okrs;

namespace CxOkr.Storage.Testing;

/// <summary>The contract of <see cref="IOrgStore"/>: derive, implement <see cref="StoreContract.CreateStoreAsync"/>, run.</summary>
public abstract class OrgStoreContract : StoreContract
{
    private IOrgStore Org => Store.Org;

    /// <summary>Units round-trip, list in creation order, are replaced in place by an upsert of the same id, and delete returning whether they existed; a unit created again moves to the end.</summary>
    [Fact]
    public async Task Units_round_trip_keep_creation_order_and_replace_in_place()
    {
        Assert.Null(await Org.GetUnitAsync("company"));
        await Org.UpsertUnitAsync(new OrgUnit("support", "Support", "company"));
        await Org.UpsertUnitAsync(new OrgUnit("company", "Acme"));
        await Org.UpsertUnitAsync(new OrgUnit("app", "App", "company"));
        await Org.UpsertUnitAsync(new OrgUnit("support", "Customer Support", "app"));

        Assert.Equal(new OrgUnit("support", "Customer Support", "app"), await Org.GetUnitAsync("support"));
        Assert.Equal(new OrgUnit("company", "Acme"), await Org.GetUnitAsync("company"));
        Assert.Equal(["support", "company", "app"], (await ToListAsync(Org.ListUnitsAsync())).Select(static u => u.Id));

        Assert.True(await Org.DeleteUnitAsync("company"));
        Assert.False(await Org.DeleteUnitAsync("company"));
        Assert.Null(await Org.GetUnitAsync("company"));
        await Org.UpsertUnitAsync(new OrgUnit("company", "Acme"));
        Assert.Equal(["support", "app", "company"], (await ToListAsync(Org.ListUnitsAsync())).Select(static u => u.Id));
    }

    /// <summary>Periods round-trip (dates at the ends of <see cref="DateOnly"/> included), list in creation order, are replaced in place by an upsert of the same id, and delete returning whether they existed.</summary>
    [Fact]
    public async Task Periods_round_trip_keep_creation_order_and_replace_in_place()
    {
        Assert.Null(await Org.GetPeriodAsync("2026-Q4"));
        await Org.UpsertPeriodAsync(Samples.Q1);
        await Org.UpsertPeriodAsync(Samples.Q4);
        var oneDay = new OkrPeriod("launch-day", DateOnly.MaxValue, DateOnly.MaxValue);
        await Org.UpsertPeriodAsync(oneDay);
        var longer = new OkrPeriod("2027-Q1", new DateOnly(1, 1, 2), new DateOnly(2027, 4, 30)); // the earliest date a period may start: 0001-01-01 is default(DateOnly), refused
        await Org.UpsertPeriodAsync(longer);

        Assert.Equal(longer, await Org.GetPeriodAsync("2027-Q1"));
        Assert.Equal(oneDay, await Org.GetPeriodAsync("launch-day"));
        Assert.Equal([longer, Samples.Q4, oneDay], await ToListAsync(Org.ListPeriodsAsync()));

        Assert.True(await Org.DeletePeriodAsync("2026-Q4"));
        Assert.False(await Org.DeletePeriodAsync("2026-Q4"));
        Assert.Equal([longer, oneDay], await ToListAsync(Org.ListPeriodsAsync()));
    }

    /// <summary>With an already-cancelled token, unit and period upserts, gets and listings throw <see cref="OperationCanceledException"/> and nothing is written.</summary>
    [Fact]
    public async Task Cancelled_token_is_honoured_and_writes_nothing()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Org.UpsertUnitAsync(new OrgUnit("u", "U"), Cancelled));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Org.UpsertPeriodAsync(Samples.Q4, Cancelled));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Org.GetUnitAsync("u", Cancelled));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Org.GetPeriodAsync("2026-Q4", Cancelled));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToListAsync(Org.ListUnitsAsync(Cancelled)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ToListAsync(Org.ListPeriodsAsync(Cancelled)));
        Assert.Empty(await ToListAsync(Org.ListUnitsAsync()));
        Assert.Empty(await ToListAsync(Org.ListPeriodsAsync()));
    }

    /// <summary>A null unit or period throws <see cref="ArgumentNullException"/> and a blank id throws <see cref="ArgumentException"/>.</summary>
    [Fact]
    public async Task Bad_arguments_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Org.UpsertUnitAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Org.UpsertPeriodAsync(null!));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Org.GetUnitAsync(""));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Org.DeletePeriodAsync(" "));
    }

    /// <summary>Eight writers upserting 50 distinct units each at once lose none.</summary>
    [Fact]
    public async Task Parallel_writers_lose_no_unit()
    {
        var tasks = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                await Org.UpsertUnitAsync(new OrgUnit($"u-{w}-{i}", $"Unit {w} {i}"));
            }
        }));
        await Task.WhenAll(tasks);
        Assert.Equal(400, (await ToListAsync(Org.ListUnitsAsync())).Select(static u => u.Id).Distinct().Count());
    }
}
