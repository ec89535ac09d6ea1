namespace CxOkr.Okrs;

/// <summary>
/// The rules an objective's fields must follow, in one place for the <see cref="Objective"/> constructor and
/// the workspace reader. Each returns what is wrong, phrased to read after the field's name or JSON path, or null.
/// </summary>
internal static class ObjectiveRules
{
    /// <summary>The problem with an objective's parent, or null: an objective cannot align to itself.</summary>
    /// <param name="id">The objective's id.</param>
    /// <param name="parentId">Its parent's id, or null.</param>
    /// <returns>The message, or null.</returns>
    public static string? Parent(string id, string? parentId) => parentId is not null && parentId == id
        ? $"('{parentId}') is the objective's own id; an objective cannot align to itself."
        : null;

    /// <summary>The problem with the weights of an objective's key results, or null: when there are any, one must be above 0.</summary>
    /// <param name="weights">The key results' weights.</param>
    /// <returns>The message, or null.</returns>
    public static string? KeyResultWeights(IReadOnlyCollection<double> weights) => weights.Count > 0 && weights.All(static w => w == 0)
        ? "the weights of the key results are all zero; at least one must be positive."
        : null;
}
