namespace CxOkr.Utilities;

/// <summary>Walks parent links (unit to parent unit, objective to parent objective) without recursion.</summary>
internal static class ParentLinks
{
    /// <summary>Finds each cycle of parent links once, iteratively (a chain of any depth is safe).</summary>
    public static List<List<string>> Cycles(IEnumerable<(string Id, string? ParentId)> nodes)
    {
        var parent = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (id, parentId) in nodes)
        {
            parent.TryAdd(id, parentId);
        }

        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the current walk, 2 finished
        var cycles = new List<List<string>>();
        var walk = new List<string>();
        foreach (var start in parent.Keys)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            walk.Clear();
            var current = start;
            while (current is not null && parent.ContainsKey(current) && !state.ContainsKey(current))
            {
                state[current] = 1;
                walk.Add(current);
                current = parent[current];
            }

            if (current is not null && state.TryGetValue(current, out var s) && s == 1)
            {
                var cycle = walk.GetRange(walk.IndexOf(current), walk.Count - walk.IndexOf(current));
                cycles.Add(cycle);
            }

            foreach (var node in walk)
            {
                state[node] = 2;
            }
        }

        return cycles;
    }
}
