using CxOkr.Utilities;

namespace CxOkr.Okrs;

/// <summary>A qualitative goal of one unit for one period, measured by its key results and optionally aligned to a parent objective.</summary>
/// <threadsafety>Thread-safe: immutable; <c>With...</c> methods return new instances.</threadsafety>
public sealed class Objective
{
    private readonly KeyResult[] _keyResults;

    /// <summary>Creates an objective.</summary>
    /// <param name="id">The objective's id.</param>
    /// <param name="title">What the objective says.</param>
    /// <param name="unitId">The owning unit's id.</param>
    /// <param name="periodId">The period's id.</param>
    /// <param name="keyResults">Its key results (may be empty: it then rolls up aligned child objectives).</param>
    /// <param name="parentId">The id of the objective this one aligns to, or <see langword="null"/>.</param>
    /// <param name="type">Committed (default) or aspirational.</param>
    /// <param name="weight">Weight when the parent rolls up its children; finite and &gt;= 0. Default 1.</param>
    /// <exception cref="ArgumentException">A field is blank or invalid, two key results share an id, the key results' weights are all zero, or the objective is its own parent.</exception>
    public Objective(
        string id,
        string title,
        string unitId,
        string periodId,
        IEnumerable<KeyResult>? keyResults = null,
        string? parentId = null,
        ObjectiveType type = ObjectiveType.Committed,
        double weight = 1)
    {
        Id = Guard.NotBlank(id);
        Title = Guard.NotBlank(title);
        UnitId = Guard.NotBlank(unitId);
        PeriodId = Guard.NotBlank(periodId);
        ParentId = Guard.NullOrNotBlank(parentId);
        if (ObjectiveRules.Parent(id, parentId) is { } badParent)
        {
            throw new ArgumentException($"Objective '{id}': parentId {badParent}", nameof(parentId));
        }

        Type = Guard.Defined(type);
        Weight = OkrRules.Weight(weight) is { } badWeight ? throw new ArgumentOutOfRangeException(nameof(weight), weight, $"Objective '{id}': weight {badWeight}") : weight;
        var list = (keyResults ?? []).ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"Objective '{id}': keyResults[{i}] is null.", nameof(keyResults));
            }

            if (!ids.Add(list[i].Id))
            {
                throw new ArgumentException($"Objective '{id}': keyResults[{i}].id '{list[i].Id}' is used twice.", nameof(keyResults));
            }
        }

        if (ObjectiveRules.KeyResultWeights(Array.ConvertAll(list, static kr => kr.Weight)) is { } badWeights)
        {
            throw new ArgumentException($"Objective '{id}': {badWeights}", nameof(keyResults));
        }

        _keyResults = list;
        KeyResults = Utilities.ReadOnly.Wrap(list);
    }

    /// <summary>The objective's id.</summary>
    public string Id { get; }

    /// <summary>What the objective says.</summary>
    public string Title { get; }

    /// <summary>The owning unit's id.</summary>
    public string UnitId { get; }

    /// <summary>The period's id.</summary>
    public string PeriodId { get; }

    /// <summary>The id of the objective this one aligns to, or <see langword="null"/>.</summary>
    public string? ParentId { get; }

    /// <summary>Committed or aspirational.</summary>
    public ObjectiveType Type { get; }

    /// <summary>Weight when the parent objective rolls up its children.</summary>
    public double Weight { get; }

    /// <summary>The key results, in the order given.</summary>
    public IReadOnlyList<KeyResult> KeyResults { get; }

    /// <summary>The key results as the array behind <see cref="KeyResults"/>, for loops in the scorer; never changed.</summary>
    internal KeyResult[] KeyResultArray => _keyResults;

    /// <summary>
    /// Returns a copy with <paramref name="keyResult"/> added, or replacing the key result of the same id
    /// (in its place, so the order is kept); a new id is appended at the end. Like <see cref="KeyResult.WithCheckIn"/>.
    /// </summary>
    /// <param name="keyResult">The key result to add or the replacement.</param>
    /// <returns>A new objective; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyResult"/> is null.</exception>
    /// <exception cref="ArgumentException">The key results' weights would all be zero.</exception>
    public Objective WithKeyResult(KeyResult keyResult)
    {
        Guard.NotNull(keyResult);
        var list = KeyResults.ToList();
        var index = list.FindIndex(kr => kr.Id == keyResult.Id);
        if (index < 0)
        {
            list.Add(keyResult);
        }
        else
        {
            list[index] = keyResult;
        }

        return new Objective(Id, Title, UnitId, PeriodId, list, ParentId, Type, Weight);
    }
}
