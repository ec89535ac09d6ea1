using CxOkr.Findings;

namespace CxOkr.Journeys;

/// <summary>
/// The connected measurement system: journeys, metric definitions and the links between metrics, with
/// look-ups for printing a journey map and the listening-plan check.
/// </summary>
/// <remarks>
/// Construction checks identity only (journey ids, stage ids, touchpoint ids and metric ids each unique
/// across the map); gaps and link problems are findings from <see cref="Check"/>, so a plan under
/// construction can still be shown.
/// </remarks>
/// <threadsafety>Thread-safe: immutable once built.</threadsafety>
public sealed class JourneyMap
{
    private readonly Dictionary<string, MetricDefinition> _metricsById;

    /// <summary>Creates a map.</summary>
    /// <param name="journeys">The journeys.</param>
    /// <param name="metrics">The metric definitions.</param>
    /// <param name="links">The metric links.</param>
    /// <exception cref="ArgumentException">An element is null, or a journey, stage, touchpoint or metric id is used twice.</exception>
    public JourneyMap(IEnumerable<Journey> journeys, IEnumerable<MetricDefinition> metrics, IEnumerable<MetricLink> links)
    {
        Journeys = Copy(journeys, nameof(journeys));
        Metrics = Copy(metrics, nameof(metrics));
        Links = Copy(links, nameof(links));
        _metricsById = MetricLinkValidator.IndexById(Metrics);
        Unique(Journeys.Select(j => j.Id), "journey", nameof(journeys));
        Unique(Journeys.SelectMany(j => j.Stages).Select(s => s.Id), "stage", nameof(journeys));
        Unique(Journeys.SelectMany(j => j.Stages).SelectMany(s => s.Touchpoints).Select(t => t.Id), "touchpoint", nameof(journeys));
    }

    /// <summary>The journeys, in the order given.</summary>
    public IReadOnlyList<Journey> Journeys { get; }

    /// <summary>The metric definitions, in the order given.</summary>
    public IReadOnlyList<MetricDefinition> Metrics { get; }

    /// <summary>The metric links, in the order given.</summary>
    public IReadOnlyList<MetricLink> Links { get; }

    /// <summary>The metric with the given id, or null.</summary>
    /// <param name="metricId">A metric id.</param>
    /// <returns>The definition, or null when unknown.</returns>
    public MetricDefinition? FindMetric(string metricId) =>
        _metricsById.TryGetValue(Utilities.Guard.NotNull(metricId), out var metric) ? metric : null;

    /// <summary>The metrics of a tier, in the order given.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The metrics.</returns>
    public IReadOnlyList<MetricDefinition> MetricsOfTier(MetricTier tier) => Metrics.Where(m => m.Tier == tier).ToList().AsReadOnly();

    /// <summary>The journey-tier metrics scoped to <paramref name="journey"/>.</summary>
    /// <param name="journey">A journey of the map.</param>
    /// <returns>The metrics.</returns>
    public IReadOnlyList<MetricDefinition> JourneyMetrics(Journey journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return Metrics.Where(m => m.Tier == MetricTier.Journey && m.Scope.JourneyId == journey.Id).ToList().AsReadOnly();
    }

    /// <summary>The interaction metrics scoped to <paramref name="stage"/> or to one of its touchpoints.</summary>
    /// <param name="stage">A stage of the map.</param>
    /// <returns>The metrics.</returns>
    public IReadOnlyList<MetricDefinition> StageMetrics(JourneyStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var touchpoints = stage.Touchpoints.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return Metrics.Where(m => m.Tier == MetricTier.Interaction
                && (m.Scope.StageId == stage.Id || (m.Scope.TouchpointId is { } t && touchpoints.Contains(t))))
            .ToList()
            .AsReadOnly();
    }

    /// <summary>The links leaving the metric with the given id.</summary>
    /// <param name="metricId">A metric id.</param>
    /// <returns>The links, in the order given.</returns>
    public IReadOnlyList<MetricLink> LinksFrom(string metricId)
    {
        Utilities.Guard.NotNull(metricId);
        return Links.Where(l => l.From == metricId).ToList().AsReadOnly();
    }

    /// <summary>Runs the listening-plan check (<see cref="ListeningPlanChecker"/>) on the map.</summary>
    /// <returns>The findings, errors first.</returns>
    public IReadOnlyList<Finding> Check() => ListeningPlanChecker.Check(Journeys, Metrics, Links);

    private static IReadOnlyList<T> Copy<T>(IEnumerable<T> items, string name)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, name);
        var list = items.ToList();
        var index = list.FindIndex(i => i is null);
        if (index >= 0)
        {
            throw new ArgumentException($"{name}[{index}] must not be null.", name);
        }

        return list.AsReadOnly();
    }

    private static void Unique(IEnumerable<string> ids, string what, string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                throw new ArgumentException($"{what} id '{id}' is used twice.", name);
            }
        }
    }
}
