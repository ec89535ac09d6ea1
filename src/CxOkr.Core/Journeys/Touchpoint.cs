namespace CxOkr.Journeys;

/// <summary>A moment where the audience meets the organisation through one channel, owned by one unit.</summary>
public sealed record Touchpoint
{
    /// <summary>Creates a touchpoint.</summary>
    /// <param name="id">Unique id across all journeys.</param>
    /// <param name="name">Display name.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="unitId">The owning organisational unit's id, or null when unowned.</param>
    /// <exception cref="ArgumentException">An id or the name is blank, or <paramref name="channel"/> is undefined.</exception>
    public Touchpoint(string id, string name, Channel channel, string? unitId = null)
    {
        Id = Utilities.Guard.NotBlank(id);
        Name = Utilities.Guard.NotBlank(name);
        Channel = Utilities.Guard.Defined(channel);
        UnitId = Utilities.Guard.NullOrNotBlank(unitId);
    }

    /// <summary>Unique id.</summary>
    public string Id { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>The channel.</summary>
    public Channel Channel { get; }

    /// <summary>The owning unit's id; null when unowned.</summary>
    public string? UnitId { get; }
}
