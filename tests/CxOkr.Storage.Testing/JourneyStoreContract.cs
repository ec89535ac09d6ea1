using CxOkr.Journeys;
using CxOkr.Serialization;

namespace CxOkr.Storage.Testing;

/// <summary>
/// The contract of <see cref="IJourneyStore"/>: get/list/upsert of journeys, metrics and links, every field
/// round-trips, creation order, invalid links refused with nothing written, cancellation, parallel writers.
/// </summary>
public abstract class JourneyStoreContract : StoreContract
{
    /// <summary>How many writers upsert at once in <see cref="Parallel_writers_lose_no_metric"/>.</summary>
    protected virtual int ParallelWriters => 8;

    /// <summary>How many metrics each writer upserts.</summary>
    protected virtual int MetricsPerWriter => 50;

    /// <summary>The store under test.</summary>
    protected IJourneyStore Journeys => Store.Journeys ?? throw new InvalidOperationException("The StoreUnderTest has no IJourneyStore.");

    /// <summary>Stores <see cref="JourneySamples.Metrics"/> and <see cref="JourneySamples.Links"/>.</summary>
    /// <returns>A task.</returns>
    protected async Task StoreSampleMapAsync()
    {
        foreach (var metric in JourneySamples.Metrics())
        {
            await Journeys.UpsertMetricAsync(metric);
        }

        foreach (var link in JourneySamples.Links())
        {
            await Journeys.UpsertMetricLinkAsync(link);
        }
    }

    /// <summary>Metric definitions round-trip in every field and list in creation order, and getting an unknown metric returns null.</summary>
    [Fact]
    public async Task Metrics_round_trip_every_field_and_list_in_creation_order()
    {
        await StoreSampleMapAsync();
        var expected = JourneySamples.Metrics();
        foreach (var metric in expected)
        {
            Assert.Equal(Doc(metrics: [metric]), Doc(metrics: [(await Journeys.GetMetricAsync(metric.Id))!]));
        }

        Assert.Equal(Doc(metrics: expected), Doc(metrics: await ToListAsync(Journeys.ListMetricsAsync())));
        Assert.Null(await Journeys.GetMetricAsync("no-such-metric"));
    }

    /// <summary>Upserting a metric with a stored id replaces it and keeps its place in the listing.</summary>
    [Fact]
    public async Task Upsert_metric_replaces_it_in_place()
    {
        await StoreSampleMapAsync();
        var ease = JourneySamples.Metrics()[^1];
        var renamed = new MetricDefinition("setup_time", "Renamed", MetricTier.Interaction, MetricScope.ForStage("stage-setup"), DataKind.Operational, Collection.Solicited, Structure.Unstructured, null);
        await Journeys.UpsertMetricAsync(renamed);

        var listed = await ToListAsync(Journeys.ListMetricsAsync());
        Assert.Equal(JourneySamples.Metrics().Select(static m => m.Id), listed.Select(static m => m.Id));
        Assert.Equal(Doc(metrics: [renamed]), Doc(metrics: [listed[3]]));
        Assert.Equal(Doc(metrics: [ease]), Doc(metrics: [listed[4]]));
    }

    /// <summary>Journeys round-trip with their stages, touchpoints and outcomes, list in creation order and are replaced in place by an upsert of the same id; getting an unknown journey returns null.</summary>
    [Fact]
    public async Task Journeys_round_trip_list_in_creation_order_and_replace_in_place()
    {
        await Journeys.UpsertJourneyAsync(JourneySamples.Onboarding());
        await Journeys.UpsertJourneyAsync(JourneySamples.StaffOnboarding());
        Assert.Equal(Doc(journeys: [JourneySamples.Onboarding()]), Doc(journeys: [(await Journeys.GetJourneyAsync("onboarding"))!]));

        await Journeys.UpsertJourneyAsync(JourneySamples.Onboarding("Getting started"));
        var listed = await ToListAsync(Journeys.ListJourneysAsync());
        Assert.Equal(Doc(journeys: [JourneySamples.Onboarding("Getting started"), JourneySamples.StaffOnboarding()]), Doc(journeys: listed));
        Assert.Null(await Journeys.GetJourneyAsync("no-such-journey"));
    }

    /// <summary>Metric links round-trip, list in creation order and filter by target metric, and an upsert of a stored pair replaces its strength (null included) in place; getting an unknown link returns null.</summary>
    [Fact]
    public async Task Links_round_trip_filter_by_target_and_replace_strength_in_place()
    {
        await StoreSampleMapAsync();
        Assert.Equal(Doc(links: JourneySamples.Links()), Doc(links: await ToListAsync(Journeys.ListMetricLinksAsync())));
        Assert.Equal(["setup_time", "ease"], (await ToListAsync(Journeys.ListMetricLinksAsync("onboarding_ces"))).Select(static l => l.From));
        Assert.Empty(await ToListAsync(Journeys.ListMetricLinksAsync("ease")));

        await Journeys.UpsertMetricLinkAsync(new MetricLink("setup_time", "onboarding_ces", null));
        await Journeys.UpsertMetricLinkAsync(new MetricLink("ease", "onboarding_ces", -0.25));
        var links = await ToListAsync(Journeys.ListMetricLinksAsync());
        Assert.Equal(JourneySamples.Links().Select(static l => (l.From, l.To)), links.Select(static l => (l.From, l.To)));
        Assert.Null(links[0].Strength);
        Assert.Equal(-0.25, (await Journeys.GetMetricLinkAsync("ease", "onboarding_ces"))!.Strength);
        Assert.Equal(0.1 + 0.2, (await Journeys.GetMetricLinkAsync("onboarding_csat", "nps"))!.Strength);
        Assert.Null(await Journeys.GetMetricLinkAsync("nps", "onboarding_csat"));
    }

    /// <summary>A link naming an unknown metric at either end, or going from a higher tier down to a lower one, throws <see cref="ArgumentException"/> and writes nothing.</summary>
    /// <param name="from">The metric the link starts at.</param>
    /// <param name="to">The metric the link points to.</param>
    [Theory]
    [InlineData("setup_time", "no-such-metric")]
    [InlineData("no-such-metric", "nps")]
    [InlineData("nps", "onboarding_ces")]
    [InlineData("onboarding_ces", "ease")]
    public async Task Link_with_unknown_end_or_going_down_a_tier_is_refused_and_nothing_written(string from, string to)
    {
        await StoreSampleMapAsync();
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Journeys.UpsertMetricLinkAsync(new MetricLink(from, to)));
        Assert.Equal(Doc(links: JourneySamples.Links()), Doc(links: await ToListAsync(Journeys.ListMetricLinksAsync())));
    }

    /// <summary>A link that would close a cycle throws <see cref="ArgumentException"/> and is not stored.</summary>
    [Fact]
    public async Task Link_closing_a_cycle_is_refused_and_nothing_written()
    {
        await StoreSampleMapAsync();
        await Journeys.UpsertMetricLinkAsync(new MetricLink("onboarding_csat", "onboarding_ces"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Journeys.UpsertMetricLinkAsync(new MetricLink("onboarding_ces", "onboarding_csat")));
        Assert.Null(await Journeys.GetMetricLinkAsync("onboarding_ces", "onboarding_csat"));
        Assert.Equal(JourneySamples.Links().Count + 1, (await ToListAsync(Journeys.ListMetricLinksAsync())).Count);
    }

    /// <summary>Changing a metric's tier so that a stored link would go down a tier throws <see cref="ArgumentException"/> and keeps the stored metric.</summary>
    [Fact]
    public async Task Metric_change_that_would_send_a_stored_link_down_a_tier_is_refused()
    {
        await StoreSampleMapAsync();
        var demoted = new MetricDefinition("nps", "NPS", MetricTier.Interaction, MetricScope.ForStage("stage-setup"), DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Nps);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Journeys.UpsertMetricAsync(demoted));
        Assert.Equal(MetricTier.Relationship, (await Journeys.GetMetricAsync("nps"))!.Tier);
    }

    /// <summary>Blank ids throw <see cref="ArgumentException"/> and a null journey, metric or link throws <see cref="ArgumentNullException"/>.</summary>
    [Fact]
    public async Task Arguments_are_checked()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Journeys.GetJourneyAsync(" "));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Journeys.GetMetricAsync(""));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Journeys.GetMetricLinkAsync("nps", " "));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Journeys.UpsertJourneyAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Journeys.UpsertMetricAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Journeys.UpsertMetricLinkAsync(null!));
    }

    /// <summary>With an already-cancelled token, journey, metric and link upserts throw <see cref="OperationCanceledException"/> and write nothing, and gets and listings throw it too.</summary>
    [Fact]
    public async Task Cancelled_writes_change_nothing_and_cancelled_reads_throw()
    {
        var metric = JourneySamples.Metrics()[0];
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Journeys.UpsertMetricAsync(metric, Cancelled));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Journeys.UpsertJourneyAsync(JourneySamples.Onboarding(), Cancelled));
        await Journeys.UpsertMetricAsync(metric);
        await Journeys.UpsertMetricAsync(JourneySamples.Metrics()[1]);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Journeys.UpsertMetricLinkAsync(new MetricLink("onboarding_ces", "nps"), Cancelled));

        Assert.Equal(2, (await ToListAsync(Journeys.ListMetricsAsync())).Count);
        Assert.Empty(await ToListAsync(Journeys.ListJourneysAsync()));
        Assert.Empty(await ToListAsync(Journeys.ListMetricLinksAsync()));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Journeys.GetMetricAsync("nps", Cancelled));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await ToListAsync(Journeys.ListMetricsAsync(Cancelled)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await ToListAsync(Journeys.ListJourneysAsync(Cancelled)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await ToListAsync(Journeys.ListMetricLinksAsync(null, Cancelled)));
    }

    /// <summary><see cref="ParallelWriters"/> writers upserting <see cref="MetricsPerWriter"/> metrics each at once lose none, and each writer's metrics list in the order it wrote them.</summary>
    [Fact]
    public async Task Parallel_writers_lose_no_metric()
    {
        var tasks = Enumerable.Range(0, ParallelWriters).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < MetricsPerWriter; i++)
            {
                await Journeys.UpsertMetricAsync(new MetricDefinition($"m-{w}-{i}", $"Metric {w}/{i}", MetricTier.Relationship, null, DataKind.Behavioral, Collection.Unsolicited, Structure.Structured, Calculation.Count));
            }
        }));
        await Task.WhenAll(tasks);

        var all = await ToListAsync(Journeys.ListMetricsAsync());
        Assert.Equal(ParallelWriters * MetricsPerWriter, all.Select(static m => m.Id).Distinct().Count());
        for (var w = 0; w < ParallelWriters; w++)
        {
            var prefix = $"m-{w}-";
            Assert.Equal(Enumerable.Range(0, MetricsPerWriter).Select(i => prefix + i), all.Where(m => m.Id.StartsWith(prefix, StringComparison.Ordinal)).Select(static m => m.Id));
        }
    }

    private static string Doc(IEnumerable<MetricDefinition>? metrics = null, IEnumerable<MetricLink>? links = null, IEnumerable<Journey>? journeys = null) =>
        WorkspaceWriter.Write(new Workspace(metrics: metrics, metricLinks: links, journeys: journeys));
}
