using CxOkr.Findings;
using CxOkr.Okrs;

namespace CxOkr.Alignment.Rules;

internal sealed class CycleRule : IAlignmentRule
{
    public string Id => AlignmentRuleIds.Cycle;

    public FindingSeverity DefaultSeverity => FindingSeverity.Error;

    public IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options)
    {
        // Walk up each parent chain once, iteratively; a node met again on the current walk closes a loop.
        // State is keyed by reference, so the walk never re-hashes ids.
        var state = new Dictionary<Objective, bool>(graph.Objectives.Count, ReferenceEqualityComparer.Instance); // true: on the current walk
        var walk = new List<Objective>();
        foreach (var start in graph.Objectives)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            walk.Clear();
            var current = start;
            while (current is not null && !state.ContainsKey(current))
            {
                state[current] = true;
                walk.Add(current);
                current = graph.ParentOf(current);
            }

            if (current is not null && state[current])
            {
                var cycle = walk.GetRange(walk.IndexOf(current), walk.Count - walk.IndexOf(current));
                var members = cycle.Select(static o => o.Id).Order(StringComparer.Ordinal).ToArray();
                yield return new Finding(Id, DefaultSeverity, members, $"Objectives {string.Join(" -> ", cycle.Select(Describe.Objective))} align to each other in a loop, so none of them leads up to a top-level goal.");
            }

            foreach (var node in walk)
            {
                state[node] = false;
            }
        }
    }
}
