using CxOkr.Journeys;
using CxOkr.Serialization;
using Npgsql;

namespace CxOkr.Storage.Postgres;

public sealed partial class PostgresOkrStore
{
    /// <summary>The advisory lock that orders writes to metrics and links, so that two valid links written at once cannot close a cycle.</summary>
    private const string JourneyMapLock = "journey-map";

    /// <inheritdoc/>
    public Task<Journey?> GetJourneyAsync(string journeyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(journeyId);
        return QuerySingleAsync($"SELECT definition::text FROM {_s}.cxokr_journeys WHERE id = @id;", [("id", journeyId)], ReadJourney, cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<Journey> ListJourneysAsync(CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT definition::text FROM {_s}.cxokr_journeys ORDER BY seq;", [], ReadJourney, cancellationToken);

    /// <inheritdoc/>
    public Task UpsertJourneyAsync(Journey journey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var definition = new Jsonb(WorkspaceWriter.Write(new Workspace(journeys: [journey])));
        return ExecuteAsync(
            $"INSERT INTO {_s}.cxokr_journeys (id, definition) VALUES (@id, @definition) ON CONFLICT (id) DO UPDATE SET definition = excluded.definition;",
            [("id", journey.Id), ("definition", definition)],
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<MetricDefinition?> GetMetricAsync(string metricId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metricId);
        return QuerySingleAsync($"SELECT definition::text FROM {_s}.cxokr_metrics WHERE id = @id;", [("id", metricId)], ReadMetric, cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<MetricDefinition> ListMetricsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT definition::text FROM {_s}.cxokr_metrics ORDER BY seq;", [], ReadMetric, cancellationToken);

    /// <inheritdoc/>
    public Task UpsertMetricAsync(MetricDefinition metric, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var definition = new Jsonb(WorkspaceWriter.Write(new Workspace(metrics: [metric])));
        return WriteAsync(
            async (connection, transaction) =>
            {
                await LockAsync(connection, transaction, JourneyMapLock, cancellationToken).ConfigureAwait(false);
                var metrics = await ReadAllAsync(connection, transaction, $"SELECT definition::text FROM {_s}.cxokr_metrics ORDER BY seq;", ReadMetric, cancellationToken).ConfigureAwait(false);
                if (metrics.Find(m => string.Equals(m.Id, metric.Id, StringComparison.Ordinal)) is { } old && old.Tier != metric.Tier)
                {
                    var links = await ReadAllAsync(connection, transaction, $"SELECT from_id, to_id, strength FROM {_s}.cxokr_metric_links ORDER BY seq;", ReadLink, cancellationToken).ConfigureAwait(false);
                    StoreRules.CheckMetricLinks(StoreRules.WithMetric(metrics, metric), links);
                }

                await using var command = Command(
                    connection,
                    transaction,
                    $"INSERT INTO {_s}.cxokr_metrics (id, definition) VALUES (@id, @definition) ON CONFLICT (id) DO UPDATE SET definition = excluded.definition;",
                    ("id", metric.Id),
                    ("definition", definition));
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<MetricLink?> GetMetricLinkAsync(string fromMetricId, string toMetricId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromMetricId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toMetricId);
        return QuerySingleAsync(
            $"SELECT from_id, to_id, strength FROM {_s}.cxokr_metric_links WHERE from_id = @from AND to_id = @to;",
            [("from", fromMetricId), ("to", toMetricId)],
            ReadLink,
            cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<MetricLink> ListMetricLinksAsync(string? toMetricId = null, CancellationToken cancellationToken = default) =>
        toMetricId is null
            ? QueryAsync($"SELECT from_id, to_id, strength FROM {_s}.cxokr_metric_links ORDER BY seq;", [], ReadLink, cancellationToken)
            : QueryAsync($"SELECT from_id, to_id, strength FROM {_s}.cxokr_metric_links WHERE to_id = @to ORDER BY seq;", [("to", toMetricId)], ReadLink, cancellationToken);

    /// <inheritdoc/>
    public Task UpsertMetricLinkAsync(MetricLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        return WriteAsync(
            async (connection, transaction) =>
            {
                await LockAsync(connection, transaction, JourneyMapLock, cancellationToken).ConfigureAwait(false);
                var metrics = await ReadAllAsync(connection, transaction, $"SELECT definition::text FROM {_s}.cxokr_metrics ORDER BY seq;", ReadMetric, cancellationToken).ConfigureAwait(false);
                var links = await ReadAllAsync(connection, transaction, $"SELECT from_id, to_id, strength FROM {_s}.cxokr_metric_links ORDER BY seq;", ReadLink, cancellationToken).ConfigureAwait(false);
                StoreRules.CheckMetricLinks(metrics, StoreRules.WithLink(links, link));
                await using var command = Command(
                    connection,
                    transaction,
                    $"INSERT INTO {_s}.cxokr_metric_links (from_id, to_id, strength) VALUES (@from, @to, @strength) ON CONFLICT (from_id, to_id) DO UPDATE SET strength = excluded.strength;",
                    ("from", link.From),
                    ("to", link.To),
                    ("strength", link.Strength));
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private static Journey ReadJourney(NpgsqlDataReader reader) =>
        WorkspaceReader.Read(reader.GetString(0), WorkspaceReadMode.Lenient).Journeys[0];

    private static MetricDefinition ReadMetric(NpgsqlDataReader reader) =>
        WorkspaceReader.Read(reader.GetString(0), WorkspaceReadMode.Lenient).Metrics[0];

    private static MetricLink ReadLink(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), ReadNullableDouble(reader, 2));
}
