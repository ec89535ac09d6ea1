using CxOkr.Findings;

namespace CxOkr.Journeys;

/// <summary>
/// Checks a set of <see cref="MetricLink"/>s against the metric definitions: every id known, no link
/// going down a tier, no duplicate link, no cycle.
/// </summary>
/// <remarks>
/// Cycle detection uses Kahn's topological sort (iterative, so deep chains cannot overflow the stack);
/// the metrics left over when no more can be removed are exactly those on or downstream of a cycle, and
/// those on a cycle are reported.
/// </remarks>
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

        // Remaining nodes: keep only those on a cycle (reachable from themselves), then group them into
        // strongly connected components by mutual reachability, all iteratively.
        var remaining = new HashSet<string>(indegree.Keys, StringComparer.Ordinal);
        var reach = remaining.ToDictionary(n => n, n => Reachable(n, edges, remaining), StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in remaining.Order(StringComparer.Ordinal))
        {
            if (reported.Contains(node) || !reach[node].Contains(node))
            {
                continue;
            }

            var component = reach[node].Where(other => reach[other].Contains(node)).Order(StringComparer.Ordinal).ToList();
            reported.UnionWith(component);
            yield return new Finding(
                CycleRule,
                FindingSeverity.Error,
                component.AsReadOnly(),
                $"metric links form a cycle through {string.Join(", ", component.Select(c => $"'{c}'"))}.");
        }
    }

    private static HashSet<string> Reachable(string start, Dictionary<string, List<string>> edges, HashSet<string> within)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!edges.TryGetValue(node, out var targets))
            {
                continue;
            }

            foreach (var to in targets)
            {
                if (within.Contains(to) && visited.Add(to))
                {
                    stack.Push(to);
                }
            }
        }

        return visited;
    }
}
