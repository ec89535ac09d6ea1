using System.Runtime.CompilerServices;
using CxOkr.Journeys;

namespace CxOkr.Storage;

public sealed partial class InMemoryOkrStore
{
    private readonly Dictionary<string, (Journey Journey, long Seq)> _journeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (MetricDefinition Metric, long Seq)> _metrics = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), (MetricLink Link, long Seq)> _links = [];

    /// <inheritdoc/>
    public Task<Journey?> GetJourneyAsync(string journeyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(journeyId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_journeys.TryGetValue(journeyId, out var e) ? e.Journey : null);
        }
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<Journey> ListJourneysAsync(CancellationToken cancellationToken = default)
    {
        return Stream(() => _journeys.Values.OrderBy(static e => e.Seq).Select(static e => e.Journey).ToArray(), cancellationToken);
    }

    /// <inheritdoc/>
    public Task UpsertJourneyAsync(Journey journey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journey);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _journeys[journey.Id] = (journey, _journeys.TryGetValue(journey.Id, out var e) ? e.Seq : ++_seq);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<MetricDefinition?> GetMetricAsync(string metricId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metricId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_metrics.TryGetValue(metricId, out var e) ? e.Metric : null);
        }
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<MetricDefinition> ListMetricsAsync(CancellationToken cancellationToken = default)
    {
        return Stream(() => _metrics.Values.OrderBy(static e => e.Seq).Select(static e => e.Metric).ToArray(), cancellationToken);
    }

    /// <inheritdoc/>
    public Task UpsertMetricAsync(MetricDefinition metric, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metric);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var existing = _metrics.TryGetValue(metric.Id, out var e) ? e : default;
            if (existing.Metric is { } old && old.Tier != metric.Tier)
            {
                StoreRules.CheckMetricLinks(StoreRules.WithMetric(_metrics.Values.Select(static m => m.Metric), metric), _links.Values.Select(static l => l.Link));
            }

            _metrics[metric.Id] = (metric, existing.Metric is null ? ++_seq : existing.Seq);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<MetricLink?> GetMetricLinkAsync(string fromMetricId, string toMetricId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromMetricId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toMetricId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_links.TryGetValue((fromMetricId, toMetricId), out var e) ? e.Link : null);
        }
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<MetricLink> ListMetricLinksAsync(string? toMetricId = null, CancellationToken cancellationToken = default)
    {
        return Stream(
            () => _links.Values
                .Where(e => toMetricId is null || string.Equals(e.Link.To, toMetricId, StringComparison.Ordinal))
                .OrderBy(static e => e.Seq)
                .Select(static e => e.Link)
                .ToArray(),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task UpsertMetricLinkAsync(MetricLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var ordered = _links.Values.OrderBy(static e => e.Seq).Select(static e => e.Link);
            StoreRules.CheckMetricLinks(_metrics.Values.Select(static m => m.Metric), StoreRules.WithLink(ordered, link));
            _links[(link.From, link.To)] = (link, _links.TryGetValue((link.From, link.To), out var e) ? e.Seq : ++_seq);
        }

        return Task.CompletedTask;
    }

    // Copies under the lock when enumeration starts (as the other lists do) and streams the copy.
    private async IAsyncEnumerable<T> Stream<T>(Func<T[]> snapshot, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        T[] items;
        lock (_gate)
        {
            items = snapshot();
        }

        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
