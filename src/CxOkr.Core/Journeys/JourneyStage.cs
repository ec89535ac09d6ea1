namespace CxOkr.Journeys;

/// <summary>One step of a journey (for example "Ask for help") with its touchpoints.</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class JourneyStage
{
    /// <summary>Creates a stage.</summary>
    /// <param name="id">Unique id across all journeys.</param>
    /// <param name="name">Display name.</param>
    /// <param name="order">Position in the journey; stages are kept sorted by it and orders must differ within a journey.</param>
    /// <param name="touchpoints">The stage's touchpoints (may be empty); ids must be unique.</param>
    /// <exception cref="ArgumentException">The id or name is blank, a touchpoint is null, or two touchpoints share an id.</exception>
    public JourneyStage(string id, string name, int order, IEnumerable<Touchpoint>? touchpoints = null)
    {
        Id = Utilities.Guard.NotBlank(id);
        Name = Utilities.Guard.NotBlank(name);
        Order = order;
        var list = new List<Touchpoint>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var touchpoint in touchpoints ?? [])
        {
            if (touchpoint is null)
            {
                throw new ArgumentException($"stage '{id}' touchpoints[{list.Count}] must not be null.", nameof(touchpoints));
            }

            if (!seen.Add(touchpoint.Id))
            {
                throw new ArgumentException($"stage '{id}' touchpoints[{list.Count}].id '{touchpoint.Id}' is a duplicate.", nameof(touchpoints));
            }

            list.Add(touchpoint);
        }

        Touchpoints = list.AsReadOnly();
    }

    /// <summary>Unique id.</summary>
    public string Id { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>Position in the journey.</summary>
    public int Order { get; }

    /// <summary>The stage's touchpoints, in the order given.</summary>
    public IReadOnlyList<Touchpoint> Touchpoints { get; }
}
