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
    /// <param name="parents">
    /// The objectives this one aligns to, each with its share (multi-parent alignment); the shares sum to at most 1.
    /// Give either this or <paramref name="parentId"/> (which means one parent with share 1), not both.
    /// </param>
    /// <exception cref="ArgumentException">A field is blank or invalid, two key results share an id, the key results' weights are all zero, the objective is its own parent, both <paramref name="parentId"/> and <paramref name="parents"/> are given, a parent is named twice, or the shares are not in (0, 1] or sum to more than 1.</exception>
    public Objective(
        string id,
        string title,
        string unitId,
        string periodId,
        IEnumerable<KeyResult>? keyResults = null,
        string? parentId = null,
        ObjectiveType type = ObjectiveType.Committed,
        double weight = 1,
        IEnumerable<ObjectiveParent>? parents = null)
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

        var parentList = parents?.ToArray();
        if (parentList is not null && parentId is not null)
        {
            throw new ArgumentException($"Objective '{id}': give parentId or parents, not both.", nameof(parents));
        }

        if (parentList is not null && ObjectiveRules.Parents(id, parentList) is { } badParents)
        {
            throw new ArgumentException($"Objective '{id}': parents {badParents}", nameof(parents));
        }

        HasParentList = parentList is not null;
        parentList ??= parentId is null ? [] : [new ObjectiveParent(parentId, 1)];
        ParentId ??= parentList.Length > 0 ? parentList[0].ObjectiveId : null;
        Parents = Utilities.ReadOnly.Wrap(parentList);
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

    /// <summary>The id of the objective this one aligns to (the first of <see cref="Parents"/>), or <see langword="null"/>.</summary>
    public string? ParentId { get; }

    /// <summary>Every objective this one aligns to, with its share: one parent with share 1 when <c>parentId</c> was given, empty when none.</summary>
    public IReadOnlyList<ObjectiveParent> Parents { get; }

    /// <summary>Whether the objective was given a list of parents (rather than one <see cref="ParentId"/> or none), as the workspace writes it.</summary>
    internal bool HasParentList { get; }

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

        return WithKeyResults(list);
    }

    /// <summary>A copy with <paramref name="keyResults"/> instead of this objective's (same id, parents, type and weight).</summary>
    /// <param name="keyResults">The key results.</param>
    /// <returns>A new objective.</returns>
    internal Objective WithKeyResults(IEnumerable<KeyResult> keyResults) => HasParentList
        ? new Objective(Id, Title, UnitId, PeriodId, keyResults, null, Type, Weight, Parents)
        : new Objective(Id, Title, UnitId, PeriodId, keyResults, ParentId, Type, Weight);
}
