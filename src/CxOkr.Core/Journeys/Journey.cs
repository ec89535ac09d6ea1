namespace CxOkr.Journeys;

/// <summary>A journey a customer or an employee travels, as ordered stages, with the outcomes it should move.</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class Journey
{
    /// <summary>Creates a journey.</summary>
    /// <param name="id">Unique id.</param>
    /// <param name="name">Display name.</param>
    /// <param name="audience">Customer or employee.</param>
    /// <param name="stages">The stages; kept sorted by <see cref="JourneyStage.Order"/>. Stage ids, stage orders and touchpoint ids must be unique within the journey.</param>
    /// <param name="outcomes">Outcome KPIs (may be empty: the listening-plan check reports that as a gap); a metric may be listed once.</param>
    /// <exception cref="ArgumentException">The id or name is blank, the audience is undefined, an element is null, or an id or order repeats.</exception>
    public Journey(string id, string name, JourneyAudience audience, IEnumerable<JourneyStage>? stages = null, IEnumerable<OutcomeKpi>? outcomes = null)
    {
        Id = Utilities.Guard.NotBlank(id);
        Name = Utilities.Guard.NotBlank(name);
        Audience = Utilities.Guard.Defined(audience);

        var stageList = new List<JourneyStage>();
        var stageIds = new HashSet<string>(StringComparer.Ordinal);
        var orders = new HashSet<int>();
        var touchpointIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in stages ?? [])
        {
            var at = $"journey '{id}' stages[{stageList.Count}]";
            if (stage is null)
            {
                throw new ArgumentException($"{at} must not be null.", nameof(stages));
            }

            if (!stageIds.Add(stage.Id))
            {
                throw new ArgumentException($"{at}.id '{stage.Id}' is a duplicate.", nameof(stages));
            }

            if (!orders.Add(stage.Order))
            {
                throw new ArgumentException($"{at}.order ({stage.Order}) is used by another stage.", nameof(stages));
            }

            foreach (var touchpoint in stage.Touchpoints)
            {
                if (!touchpointIds.Add(touchpoint.Id))
                {
                    throw new ArgumentException($"{at}: touchpoint id '{touchpoint.Id}' is used in another stage.", nameof(stages));
                }
            }

            stageList.Add(stage);
        }

        Stages = stageList.OrderBy(s => s.Order).ToList().AsReadOnly();

        var outcomeList = new List<OutcomeKpi>();
        var outcomeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in outcomes ?? [])
        {
            var at = $"journey '{id}' outcomes[{outcomeList.Count}]";
            if (outcome is null)
            {
                throw new ArgumentException($"{at} must not be null.", nameof(outcomes));
            }

            if (!outcomeIds.Add(outcome.MetricId))
            {
                throw new ArgumentException($"{at}.metricId '{outcome.MetricId}' is listed twice.", nameof(outcomes));
            }

            outcomeList.Add(outcome);
        }

        Outcomes = outcomeList.AsReadOnly();
    }

    /// <summary>Unique id.</summary>
    public string Id { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>Customer or employee.</summary>
    public JourneyAudience Audience { get; }

    /// <summary>The stages, sorted by <see cref="JourneyStage.Order"/>.</summary>
    public IReadOnlyList<JourneyStage> Stages { get; }

    /// <summary>The outcome KPIs the journey should move.</summary>
    public IReadOnlyList<OutcomeKpi> Outcomes { get; }
}
