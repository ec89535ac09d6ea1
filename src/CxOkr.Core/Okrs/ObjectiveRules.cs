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

    /// <summary>
    /// The problem with an objective's list of parents, or null: each names an objective (not itself, not twice)
    /// with a finite share in (0, 1], and the shares sum to at most 1 (more would count the objective twice).
    /// </summary>
    /// <param name="id">The objective's id.</param>
    /// <param name="parents">The parents.</param>
    /// <returns>The message, or null.</returns>
    public static string? Parents(string id, IReadOnlyList<ObjectiveParent?> parents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var total = 0.0;
        for (var i = 0; i < parents.Count; i++)
        {
            if (parents[i] is not { } parent)
            {
                return $"[{i}] is null.";
            }

            if (string.IsNullOrWhiteSpace(parent.ObjectiveId))
            {
                return $"[{i}] has no objective id.";
            }

            if (parent.ObjectiveId == id)
            {
                return $"[{i}] ('{parent.ObjectiveId}') is the objective's own id; an objective cannot align to itself.";
            }

            if (!seen.Add(parent.ObjectiveId))
            {
                return $"[{i}] names '{parent.ObjectiveId}' twice.";
            }

            if (Share(parent.Share) is { } badShare)
            {
                return $"[{i}] share {badShare}";
            }

            total += parent.Share;
        }

        return total > 1 + Utilities.Boundary.Tolerance
            ? $"shares sum to {KeyResultRules.Format(total)}, more than 1: the objective would count more than once in its parents' roll-ups."
            : null;
    }

    /// <summary>The problem with one parent share, or null: finite, above 0 and at most 1.</summary>
    /// <param name="share">The share.</param>
    /// <returns>The message, or null.</returns>
    public static string? Share(double share) => share > 0 && share <= 1
        ? null
        : $"({KeyResultRules.Format(share)}) must be a number in (0, 1].";
}
