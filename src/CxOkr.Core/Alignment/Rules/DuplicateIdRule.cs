using CxOkr.Findings;
using CxOkr.Okrs;

namespace CxOkr.Alignment.Rules;

internal sealed class DuplicateIdRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.DuplicateId;

    public FindingSeverity DefaultSeverity => FindingSeverity.Error;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        var objectives = new Dictionary<string, List<Objective>>(StringComparer.Ordinal);
        var keyResults = new Dictionary<string, List<KeyResult>>(StringComparer.Ordinal);
        foreach (var objective in graph.Objectives)
        {
            Add(objectives, objective.Id, objective);
            foreach (var keyResult in objective.KeyResults)
            {
                Add(keyResults, keyResult.Id, keyResult);
            }
        }

        foreach (var (id, list) in objectives)
        {
            if (list.Count > 1)
            {
                yield return new Finding(Id, DefaultSeverity, [id], $"{list.Count} objectives share the id '{id}': {string.Join(", ", list.Select(static o => $"'{o.Title}'"))}; each objective needs its own id.");
            }
        }

        foreach (var (id, list) in keyResults)
        {
            if (list.Count > 1)
            {
                yield return new Finding(Id, DefaultSeverity, [id], $"{list.Count} key results share the id '{id}': {string.Join(", ", list.Select(static k => $"'{k.Title}'"))}; each key result needs its own id.");
            }
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string id, T item)
    {
        if (!map.TryGetValue(id, out var list))
        {
            map[id] = list = [];
        }

        list.Add(item);
    }
}
