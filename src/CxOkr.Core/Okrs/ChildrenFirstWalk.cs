namespace CxOkr.Okrs;

/// <summary>
/// The one walk over the objective tree that visits every objective after the children it descends into, with
/// an explicit stack (a deep cascade cannot overflow the call stack) and each objective once. A child that is
/// still on the stack when its parent is visited (a cycle) is not done; the callers leave it out, as scoring does.
/// Used by scoring roll-ups, the attainment simulation's combine order and roll-ups by value.
/// </summary>
internal static class ChildrenFirstWalk
{
    /// <summary>Visits objectives 0..<paramref name="count"/>-1, children first.</summary>
    /// <param name="count">The number of objectives.</param>
    /// <param name="descendInto">The children to visit before an objective (none for one that scores its own key results).</param>
    /// <param name="visit">Called once per objective after its children, with a test of whether a child has been visited already.</param>
    public static void Run(int count, Func<int, IEnumerable<int>> descendInto, Action<int, Func<int, bool>> visit)
    {
        var state = new byte[count]; // 0 unvisited, 1 on the stack, 2 done
        bool Done(int child) => state[child] == 2;
        var stack = new Stack<(int Node, bool Expanded)>();
        for (var root = 0; root < count; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (node, expanded) = stack.Pop();
                if (expanded)
                {
                    visit(node, Done);
                    state[node] = 2;
                    continue;
                }

                if (state[node] != 0)
                {
                    continue;
                }

                state[node] = 1;
                stack.Push((node, true));
                foreach (var child in descendInto(node))
                {
                    if (state[child] == 0)
                    {
                        stack.Push((child, false));
                    }
                }
            }
        }
    }
}
