namespace CxOkr.Okrs;

/// <summary>
/// The rules of the smaller OKR fields (weights, periods, units), in one place for the constructors and the
/// workspace reader. Each returns what is wrong, phrased to read after the field's name or JSON path, or null.
/// </summary>
internal static class OkrRules
{
    /// <summary>The problem with the weight of an objective or key result, or null: it must be finite and &gt;= 0.</summary>
    /// <param name="weight">The weight.</param>
    /// <returns>The message, or null.</returns>
    public static string? Weight(double weight) => weight >= 0 && double.IsFinite(weight)
        ? null
        : $"({KeyResultRules.Format(weight)}) must be a finite number >= 0.";

    /// <summary>The problem with a period's end, or null: it must not be before the start.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <returns>The message, or null.</returns>
    public static string? PeriodEnd(DateOnly start, DateOnly end) => end < start
        ? $"({end:yyyy-MM-dd}) is before start ({start:yyyy-MM-dd})."
        : null;

    /// <summary>The problem with a unit's parent, or null: a unit cannot be its own parent.</summary>
    /// <param name="id">The unit's id.</param>
    /// <param name="parentId">Its parent's id, or null.</param>
    /// <returns>The message, or null.</returns>
    public static string? UnitParent(string id, string? parentId) => parentId is not null && parentId == id
        ? $"('{parentId}') is the unit's own id; a unit cannot be its own parent."
        : null;
}
