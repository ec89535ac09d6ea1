using CxOkr.Utilities;

namespace CxOkr.Okrs;

/// <summary>A unit of the organisation (company, department, team) that owns objectives.</summary>
public sealed record OrgUnit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="id">The unit's id, unique in a workspace.</param>
    /// <param name="name">A display name.</param>
    /// <param name="parentId">The id of the unit this one belongs to, or <see langword="null"/> for a root unit.</param>
    /// <exception cref="ArgumentException">An id or the name is blank, or the unit is its own parent.</exception>
    public OrgUnit(string id, string name, string? parentId = null)
    {
        Id = Guard.NotBlank(id);
        Name = Guard.NotBlank(name);
        ParentId = Guard.NullOrNotBlank(parentId);
        if (OkrRules.UnitParent(id, parentId) is { } badParent)
        {
            throw new ArgumentException($"Unit '{id}': parentId {badParent}", nameof(parentId));
        }
    }

    /// <summary>The unit's id.</summary>
    public string Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>The parent unit's id; <see langword="null"/> for a root unit.</summary>
    public string? ParentId { get; }
}
