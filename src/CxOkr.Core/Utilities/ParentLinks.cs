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

    /// <summary>
    /// Finds cycles of parent links where a node may have several parents (multi-parent alignment), iteratively:
    /// each cycle is reported once, as the path from its first node met on a depth-first walk back to it.
    /// </summary>
    public static List<List<string>> Cycles(IEnumerable<(string Id, IReadOnlyList<string> ParentIds)> nodes)
    {
        var parents = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (id, parentIds) in nodes)
        {
            parents.TryAdd(id, parentIds);
        }

        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the current path, 2 finished
        var cycles = new List<List<string>>();
        var path = new List<string>();
        var stack = new Stack<(string Node, int Next)>();
        foreach (var start in parents.Keys)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            stack.Push((start, 0));
            state[start] = 1;
            path.Add(start);
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var links = parents[node];
                if (next < links.Count)
                {
                    stack.Push((node, next + 1));
                    var parent = links[next];
                    if (!parents.ContainsKey(parent))
                    {
                        continue;
                    }

                    if (!state.TryGetValue(parent, out var s))
                    {
                        state[parent] = 1;
                        path.Add(parent);
                        stack.Push((parent, 0));
                    }
                    else if (s == 1)
                    {
                        cycles.Add(path.GetRange(path.IndexOf(parent), path.Count - path.IndexOf(parent)));
                    }

                    continue;
                }

                state[node] = 2;
                path.RemoveAt(path.Count - 1);
            }
        }

        return cycles;
    }
}
