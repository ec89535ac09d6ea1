using CxOkr.Findings;

namespace CxOkr.Journeys;

/// <summary>
/// Checks a journey map and its metrics for gaps in the listening plan, reported as findings rather than
/// exceptions so that a plan under construction can still be shown.
/// </summary>
/// <remarks>
/// Rules: every journey has at least one journey-tier metric (<see cref="JourneyWithoutMetricRule"/>) and
/// at least one outcome KPI (<see cref="JourneyWithoutOutcomeRule"/>) naming a known metric
/// (<see cref="UnknownOutcomeMetricRule"/>); every stage has at least one interaction metric scoped to it
/// or to one of its touchpoints (<see cref="StageWithoutMetricRule"/>); every interaction metric links to
/// a journey metric (<see cref="InteractionNotLinkedRule"/>) and every journey metric to a relationship
/// metric (<see cref="JourneyMetricNotLinkedRule"/>); scopes name known journeys, stages and touchpoints
/// (<see cref="UnknownScopeRule"/>); each data kind used has a named source
/// (<see cref="DataKindWithoutSourceRule"/>). Link validity (tiers, cycles) is reported too, by
/// <see cref="MetricLinkValidator"/>.
/// </remarks>
/// <threadsafety>Thread-safe: static and stateless.</threadsafety>
public static class ListeningPlanChecker
{
    /// <summary>A journey has no journey-tier metric.</summary>
    public const string JourneyWithoutMetricRule = "journey-without-journey-metric";

    /// <summary>A journey has no outcome KPI.</summary>
    public const string JourneyWithoutOutcomeRule = "journey-without-outcome";

    /// <summary>An outcome KPI names an unknown metric.</summary>
    public const string UnknownOutcomeMetricRule = "outcome-unknown-metric";

    /// <summary>A stage has no interaction metric.</summary>
    public const string StageWithoutMetricRule = "stage-without-metric";

    /// <summary>An interaction metric does not link to a journey metric.</summary>
    public const string InteractionNotLinkedRule = "interaction-metric-not-linked";

    /// <summary>A journey metric does not link to a relationship metric.</summary>
    public const string JourneyMetricNotLinkedRule = "journey-metric-not-linked";

    /// <summary>A metric scope names an unknown journey, stage or touchpoint.</summary>
    public const string UnknownScopeRule = "metric-unknown-scope";

    /// <summary>Metrics of a data kind name no source.</summary>
    public const string DataKindWithoutSourceRule = "data-kind-without-source";

    /// <summary>Checks the listening plan and returns its gaps, errors first.</summary>
    /// <param name="journeys">The journeys (ids unique).</param>
    /// <param name="metrics">The metric definitions (ids unique).</param>
    /// <param name="links">The metric links.</param>
    /// <returns>The findings; empty when the plan has no gap.</returns>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">Two journeys or two metrics share an id.</exception>
    public static IReadOnlyList<Finding> Check(IEnumerable<Journey> journeys, IEnumerable<MetricDefinition> metrics, IEnumerable<MetricLink> links)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        var journeyList = journeys.ToList();
        var metricList = Utilities.Guard.NotNull(metrics).ToList();
        var linkList = Utilities.Guard.NotNull(links).ToList();
        var byId = MetricLinkValidator.IndexById(metricList);
        var journeyIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var journey in journeyList)
        {
            ArgumentNullException.ThrowIfNull(journey, nameof(journeys));
            if (!journeyIds.Add(journey.Id))
            {
                throw new ArgumentException($"journey id '{journey.Id}' is a duplicate.", nameof(journeys));
            }
        }

        var findings = new List<Finding>(MetricLinkValidator.Validate(metricList, linkList));
        var stageIds = journeyList.SelectMany(j => j.Stages).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var touchpointIds = journeyList.SelectMany(j => j.Stages).SelectMany(s => s.Touchpoints).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var metric in metricList)
        {
            var (kind, id, known) = metric.Scope switch
            {
                { JourneyId: { } j } => ("journey", j, journeyIds.Contains(j)),
                { StageId: { } s } => ("stage", s, stageIds.Contains(s)),
                { TouchpointId: { } t } => ("touchpoint", t, touchpointIds.Contains(t)),
                _ => ("", "", true),
            };
            if (!known)
            {
                findings.Add(new Finding(UnknownScopeRule, FindingSeverity.Error, [metric.Id, id], $"metric '{metric.Id}' is scoped to unknown {kind} '{id}'."));
            }
        }

        foreach (var journey in journeyList)
        {
            foreach (var outcome in journey.Outcomes.Where(o => !byId.ContainsKey(o.MetricId)))
            {
                findings.Add(new Finding(UnknownOutcomeMetricRule, FindingSeverity.Error, [journey.Id, outcome.MetricId], $"journey '{journey.Id}' outcome names unknown metric '{outcome.MetricId}'."));
            }
        }

        foreach (var journey in journeyList)
        {
            if (!metricList.Any(m => m.Tier == MetricTier.Journey && m.Scope.JourneyId == journey.Id))
            {
                findings.Add(new Finding(JourneyWithoutMetricRule, FindingSeverity.Warning, [journey.Id], $"journey '{journey.Id}' has no journey-tier metric."));
            }

            if (journey.Outcomes.Count == 0)
            {
                findings.Add(new Finding(JourneyWithoutOutcomeRule, FindingSeverity.Warning, [journey.Id], $"journey '{journey.Id}' has no outcome KPI."));
            }

            foreach (var stage in journey.Stages)
            {
                var touchpoints = stage.Touchpoints.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
                var measured = metricList.Any(m => m.Tier == MetricTier.Interaction
                    && (m.Scope.StageId == stage.Id || (m.Scope.TouchpointId is { } t && touchpoints.Contains(t))));
                if (!measured)
                {
                    findings.Add(new Finding(StageWithoutMetricRule, FindingSeverity.Warning, [stage.Id, journey.Id], $"stage '{stage.Id}' of journey '{journey.Id}' has no interaction metric."));
                }
            }
        }

        foreach (var metric in metricList)
        {
            var (rule, target) = metric.Tier switch
            {
                MetricTier.Interaction => (InteractionNotLinkedRule, MetricTier.Journey),
                MetricTier.Journey => (JourneyMetricNotLinkedRule, MetricTier.Relationship),
                _ => ((string?)null, MetricTier.Relationship),
            };
            if (rule is null)
            {
                continue;
            }

            var linked = linkList.Any(l => l.From == metric.Id && byId.TryGetValue(l.To, out var to) && to.Tier == target);
            if (!linked)
            {
                findings.Add(new Finding(
                    rule,
                    FindingSeverity.Warning,
                    [metric.Id],
                    $"{MetricLinkValidator.Name(metric.Tier)} metric '{metric.Id}' does not link to a {MetricLinkValidator.Name(target)} metric."));
            }
        }

        foreach (var group in metricList.GroupBy(m => m.DataKind).OrderBy(g => g.Key))
        {
            var unnamed = group.Where(m => m.Source is null).Select(m => m.Id).ToList();
            if (unnamed.Count > 0)
            {
                var kind = group.Key.ToString().ToLowerInvariant();
                findings.Add(new Finding(
                    DataKindWithoutSourceRule,
                    FindingSeverity.Warning,
                    unnamed.AsReadOnly(),
                    $"{kind} data has no named source for metric(s) {string.Join(", ", unnamed.Select(u => $"'{u}'"))}."));
            }
        }

        return findings.OrderBy(f => f.Severity).ToList().AsReadOnly();
    }
}
