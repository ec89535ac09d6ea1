using CxOkr.Findings;

namespace CxOkr.Journeys;

/// <summary>
/// Checks a set of <see cref="MetricLink"/>s against the metric definitions: every id known, no link
/// going down a tier, no duplicate link, no cycle.
/// </summary>
/// <remarks>
/// Cycle detection is iterative (so long chains cannot overflow the stack) and linear: Kahn's topological
/// sort removes every metric not on or downstream of a cycle, then Tarjan's strongly connected components,
/// run with an explicit stack, group the rest; each component of two or more metrics is one cycle finding.
/// </remarks>
/// <threadsafety>Thread-safe: static and stateless.</threadsafety>
public static class MetricLinkValidator
{
    /// <summary>Rule name for a link naming an unknown metric.</summary>
    public const string UnknownMetricRule = "link-unknown-metric";

    /// <summary>Rule name for a link from a higher tier to a lower one.</summary>
    public const string DownTierRule = "link-down-tier";

    /// <summary>Rule name for the same link listed twice.</summary>
    public const string DuplicateRule = "link-duplicate";

    /// <summary>Rule name for links that form a cycle.</summary>
    public const string CycleRule = "link-cycle";

    /// <summary>Checks the links and returns every problem as an error finding; empty when the links are valid.</summary>
    /// <param name="metrics">The metric definitions (ids must be unique).</param>
    /// <param name="links">The links to check.</param>
    /// <returns>Error findings in link order, then one finding per cycle.</returns>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">Two metrics share an id.</exception>
    public static IReadOnlyList<Finding> Validate(IEnumerable<MetricDefinition> metrics, IEnumerable<MetricLink> links)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(links);
        var byId = IndexById(metrics);
        var findings = new List<Finding>();
        var edges = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        var index = 0;
        foreach (var link in links)
        {
            ArgumentNullException.ThrowIfNull(link, $"links[{index}]");
            var at = $"metricLinks[{index}] ({link.From} -> {link.To})";
            index++;
            var known = true;
            foreach (var id in new[] { link.From, link.To })
            {
                if (!byId.ContainsKey(id))
                {
                    findings.Add(new Finding(UnknownMetricRule, FindingSeverity.Error, [id], $"{at} names unknown metric '{id}'."));
                    known = false;
                }
            }

            if (!known)
            {
                continue;
            }

            if (!seen.Add((link.From, link.To)))
            {
                findings.Add(new Finding(DuplicateRule, FindingSeverity.Error, [link.From, link.To], $"{at} is listed more than once."));
                continue;
            }

            var fromTier = byId[link.From].Tier;
            var toTier = byId[link.To].Tier;
            if (toTier < fromTier)
            {
                findings.Add(new Finding(
                    DownTierRule,
                    FindingSeverity.Error,
                    [link.From, link.To],
                    $"{at} goes down from tier {Name(fromTier)} to tier {Name(toTier)}; links must feed the same or a higher tier."));
            }

            if (!edges.TryGetValue(link.From, out var targets))
            {
                edges[link.From] = targets = [];
            }

            targets.Add(link.To);
        }

        findings.AddRange(FindCycles(edges));
        return findings.AsReadOnly();
    }

    /// <summary>Throws when <see cref="Validate"/> finds any problem, listing all of them.</summary>
    /// <param name="metrics">The metric definitions.</param>
    /// <param name="links">The links to check.</param>
    /// <exception cref="ArgumentException">At least one link is invalid; the message lists every finding.</exception>
    public static void EnsureValid(IEnumerable<MetricDefinition> metrics, IEnumerable<MetricLink> links)
    {
        var findings = Validate(metrics, links);
        if (findings.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", findings.Select(f => f.Message)), nameof(links));
        }
    }

    internal static Dictionary<string, MetricDefinition> IndexById(IEnumerable<MetricDefinition> metrics)
    {
        var byId = new Dictionary<string, MetricDefinition>(StringComparer.Ordinal);
        var index = 0;
        foreach (var metric in metrics)
        {
            ArgumentNullException.ThrowIfNull(metric, $"metrics[{index}]");
            if (!byId.TryAdd(metric.Id, metric))
            {
                throw new ArgumentException($"metrics[{index}].id '{metric.Id}' is a duplicate.", nameof(metrics));
            }

            index++;
        }

        return byId;
    }

    internal static string Name(MetricTier tier) => tier switch
    {
        MetricTier.Interaction => "interaction",
        MetricTier.Journey => "journey",
        _ => "relationship",
    };

    private static IEnumerable<Finding> FindCycles(Dictionary<string, List<string>> edges)
    {
        // Kahn: repeatedly remove nodes with no incoming edge; what remains lies on or after a cycle.
        var indegree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (from, targets) in edges)
        {
            indegree.TryAdd(from, 0);
            foreach (var to in targets)
            {
                indegree[to] = indegree.GetValueOrDefault(to) + 1;
            }
        }

        var ready = new Queue<string>(indegree.Where(p => p.Value == 0).Select(p => p.Key));
        while (ready.Count > 0)
        {
            var node = ready.Dequeue();
            indegree.Remove(node);
            if (edges.TryGetValue(node, out var targets))
            {
                foreach (var to in targets)
                {
                    if (--indegree[to] == 0)
                    {
                        ready.Enqueue(to);
                    }
                }
            }
        }

        // What remains lies on or downstream of a cycle; report each strongly connected component that
        // holds a cycle (more than one node: self-links are refused by MetricLink itself).
        var remaining = new HashSet<string>(indegree.Keys, StringComparer.Ordinal);
        foreach (var component in StronglyConnected(remaining, edges).Where(c => c.Count > 1).OrderBy(c => c[0], StringComparer.Ordinal))
        {
            yield return new Finding(
                CycleRule,
                FindingSeverity.Error,
                component.AsReadOnly(),
                $"metric links form a cycle through {string.Join(", ", component.Select(c => $"'{c}'"))}.");
        }
    }

    private static List<List<string>> StronglyConnected(HashSet<string> nodes, Dictionary<string, List<string>> edges)
    {
        // Tarjan's algorithm with an explicit stack of (node, next edge index) frames: linear time, no recursion.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var components = new List<List<string>>();
        var counter = 0;
        foreach (var root in nodes.Order(StringComparer.Ordinal))
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            var frames = new Stack<(string Node, int Next)>();
            frames.Push((root, 0));
            index[root] = low[root] = counter++;
            stack.Push(root);
            onStack.Add(root);
            while (frames.Count > 0)
            {
                var (node, next) = frames.Pop();
                var targets = edges.TryGetValue(node, out var t) ? t : [];
                if (next < targets.Count)
                {
                    frames.Push((node, next + 1));
                    var to = targets[next];
                    if (!nodes.Contains(to))
                    {
                        continue;
                    }

                    if (!index.ContainsKey(to))
                    {
                        index[to] = low[to] = counter++;
                        stack.Push(to);
                        onStack.Add(to);
                        frames.Push((to, 0));
                    }
                    else if (onStack.Contains(to))
                    {
                        low[node] = Math.Min(low[node], index[to]);
                    }

                    continue;
                }

                if (frames.Count > 0)
                {
                    var parent = frames.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == index[node])
                {
                    var component = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (!string.Equals(member, node, StringComparison.Ordinal));
                    component.Sort(StringComparer.Ordinal);
                    components.Add(component);
                }
            }
        }

        return components;
    }
}
