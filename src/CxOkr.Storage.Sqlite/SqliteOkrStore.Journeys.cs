using CxOkr.Journeys;
using CxOkr.Serialization;
using Microsoft.Data.Sqlite;

namespace CxOkr.Storage.Sqlite;

public sealed partial class SqliteOkrStore
{
    /// <inheritdoc/>
    public async Task<Journey?> GetJourneyAsync(string journeyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(journeyId);
        await foreach (var journey in QueryAsync("SELECT document FROM cxokr_journeys WHERE id = $id;", [("$id", journeyId)], ReadJourney, cancellationToken).ConfigureAwait(false))
        {
            return journey;
        }

        return null;
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<Journey> ListJourneysAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT document FROM cxokr_journeys ORDER BY seq;", [], ReadJourney, cancellationToken);

    /// <inheritdoc/>
    public Task UpsertJourneyAsync(Journey journey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var document = WorkspaceWriter.Write(new Workspace(journeys: [journey]));
        return WriteAsync(
            async (connection, transaction) =>
            {
                using var command = Command(
                    connection,
                    transaction,
                    "INSERT INTO cxokr_journeys (id, document) VALUES ($id, $document) ON CONFLICT (id) DO UPDATE SET document = excluded.document;",
                    ("$id", journey.Id), ("$document", document));
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<MetricDefinition?> GetMetricAsync(string metricId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metricId);
        await foreach (var metric in QueryAsync("SELECT document FROM cxokr_metrics WHERE id = $id;", [("$id", metricId)], ReadMetric, cancellationToken).ConfigureAwait(false))
        {
            return metric;
        }

        return null;
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<MetricDefinition> ListMetricsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT document FROM cxokr_metrics ORDER BY seq;", [], ReadMetric, cancellationToken);

    /// <inheritdoc/>
    public Task UpsertMetricAsync(MetricDefinition metric, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var document = WorkspaceWriter.Write(new Workspace(metrics: [metric]));
        return WriteAsync(
            async (connection, transaction) =>
            {
                var metrics = await ReadAllAsync(connection, transaction, "SELECT document FROM cxokr_metrics ORDER BY seq;", ReadMetric, cancellationToken).ConfigureAwait(false);
                if (metrics.Find(m => string.Equals(m.Id, metric.Id, StringComparison.Ordinal)) is { } old && old.Tier != metric.Tier)
                {
                    var links = await ReadAllAsync(connection, transaction, "SELECT from_id, to_id, strength FROM cxokr_metric_links ORDER BY seq;", ReadLink, cancellationToken).ConfigureAwait(false);
                    StoreRules.CheckMetricLinks(StoreRules.WithMetric(metrics, metric), links);
                }

                using var command = Command(
                    connection,
                    transaction,
                    "INSERT INTO cxokr_metrics (id, document) VALUES ($id, $document) ON CONFLICT (id) DO UPDATE SET document = excluded.document;",
                    ("$id", metric.Id), ("$document", document));
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<MetricLink?> GetMetricLinkAsync(string fromMetricId, string toMetricId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromMetricId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toMetricId);
        await foreach (var link in QueryAsync(
            "SELECT from_id, to_id, strength FROM cxokr_metric_links WHERE from_id = $from AND to_id = $to;",
            [("$from", fromMetricId), ("$to", toMetricId)],
            ReadLink,
            cancellationToken).ConfigureAwait(false))
        {
            return link;
        }

        return null;
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<MetricLink> ListMetricLinksAsync(string? toMetricId = null, CancellationToken cancellationToken = default) =>
        toMetricId is null
            ? QueryAsync("SELECT from_id, to_id, strength FROM cxokr_metric_links ORDER BY seq;", [], ReadLink, cancellationToken)
            : QueryAsync("SELECT from_id, to_id, strength FROM cxokr_metric_links WHERE to_id = $to ORDER BY seq;", [("$to", toMetricId)], ReadLink, cancellationToken);

    /// <inheritdoc/>
    public Task UpsertMetricLinkAsync(MetricLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        return WriteAsync(
            async (connection, transaction) =>
            {
                var metrics = await ReadAllAsync(connection, transaction, "SELECT document FROM cxokr_metrics ORDER BY seq;", ReadMetric, cancellationToken).ConfigureAwait(false);
                var links = await ReadAllAsync(connection, transaction, "SELECT from_id, to_id, strength FROM cxokr_metric_links ORDER BY seq;", ReadLink, cancellationToken).ConfigureAwait(false);
                StoreRules.CheckMetricLinks(metrics, StoreRules.WithLink(links, link));
                using var command = Command(
                    connection,
                    transaction,
                    "INSERT INTO cxokr_metric_links (from_id, to_id, strength) VALUES ($from, $to, $strength) ON CONFLICT (from_id, to_id) DO UPDATE SET strength = excluded.strength;",
                    ("$from", link.From), ("$to", link.To), ("$strength", link.Strength));
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private static Journey ReadJourney(SqliteDataReader reader) =>
        WorkspaceReader.Read(reader.GetString(0), WorkspaceReadMode.Lenient).Journeys[0];

    private static MetricDefinition ReadMetric(SqliteDataReader reader) =>
        WorkspaceReader.Read(reader.GetString(0), WorkspaceReadMode.Lenient).Metrics[0];

    private static MetricLink ReadLink(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), ReadNullableDouble(reader, 2));

    private static async Task<List<T>> ReadAllAsync<T>(SqliteConnection connection, SqliteTransaction transaction, string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        using var command = Command(connection, transaction, sql);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(map(reader));
        }

        return list;
    }
}
