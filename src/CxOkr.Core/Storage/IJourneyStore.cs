using CxOkr.Journeys;

namespace CxOkr.Storage;

/// <summary>
/// Keeps the journey map: journeys, metric definitions and the links between metrics. Writes are
/// create-or-replace (the last writer wins); every write keeps the stored links valid.
/// </summary>
/// <remarks>
/// The links a store holds always pass <see cref="MetricLinkValidator"/> against the metrics it holds: a
/// link naming an unknown metric, going down a tier or closing a cycle is refused with
/// <see cref="ArgumentException"/>, and so is a metric change that would make a stored link go down a tier;
/// a refused write changes nothing. Journeys and metrics are not checked against each other (an outcome
/// naming an unknown metric is for the listening-plan check to report). Everything lists in the order first
/// created; replacing an item keeps its place.
/// </remarks>
/// <threadsafety>Implementations must be safe to call from several threads at once (AddCxOkr registers stores as singletons); the in-memory and SQLite stores are.</threadsafety>
public interface IJourneyStore
{
    /// <summary>Gets a journey by id.</summary>
    /// <param name="journeyId">The journey's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The journey, or <see langword="null"/> when there is none with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="journeyId"/> is null or blank.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task<Journey?> GetJourneyAsync(string journeyId, CancellationToken cancellationToken = default);

    /// <summary>Streams every journey in the order first created.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The journeys.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IAsyncEnumerable<Journey> ListJourneysAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a journey (stages, touchpoints and outcomes with it).</summary>
    /// <param name="journey">The journey.</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled write changes nothing.</param>
    /// <returns>A task that completes when the journey is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="journey"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task UpsertJourneyAsync(Journey journey, CancellationToken cancellationToken = default);

    /// <summary>Gets a metric definition by id.</summary>
    /// <param name="metricId">The metric's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The metric, or <see langword="null"/> when there is none with that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="metricId"/> is null or blank.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task<MetricDefinition?> GetMetricAsync(string metricId, CancellationToken cancellationToken = default);

    /// <summary>Streams every metric definition in the order first created.</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IAsyncEnumerable<MetricDefinition> ListMetricsAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a metric definition.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled write changes nothing.</param>
    /// <returns>A task that completes when the metric is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    /// <exception cref="ArgumentException">The new tier would make a stored link go down a tier; nothing was changed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task UpsertMetricAsync(MetricDefinition metric, CancellationToken cancellationToken = default);

    /// <summary>Gets the link from one metric to another.</summary>
    /// <param name="fromMetricId">The id of the metric that feeds.</param>
    /// <param name="toMetricId">The id of the metric it feeds.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The link, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="ArgumentException">An id is null or blank.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task<MetricLink?> GetMetricLinkAsync(string fromMetricId, string toMetricId, CancellationToken cancellationToken = default);

    /// <summary>Streams the metric links in the order first created, optionally only those into one metric.</summary>
    /// <param name="toMetricId">Only links feeding this metric (its drivers); <see langword="null"/> for every link.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The links.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    IAsyncEnumerable<MetricLink> ListMetricLinksAsync(string? toMetricId = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a link, or replaces the strength of the stored link with the same ends.</summary>
    /// <param name="link">The link.</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled write changes nothing.</param>
    /// <returns>A task that completes when the link is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="link"/> is null.</exception>
    /// <exception cref="ArgumentException">An end is not a stored metric, the link goes down a tier, or it closes a cycle (see <see cref="MetricLinkValidator"/>); nothing was changed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task UpsertMetricLinkAsync(MetricLink link, CancellationToken cancellationToken = default);
}
