using CxOkr.Data;
using CxOkr.Journeys;

namespace CxOkr.Linkage;

/// <summary>
/// The sub-graph of metric links leading into a target, as far as the table measures it: its metrics
/// (upstream first), one equation per metric with measured incoming links, and the links left out.
/// </summary>
internal sealed class LinkageModel
{
    private LinkageModel(string target, MetricDefinition[] nodes, int[][] predictors, List<MetricLink> unmeasured)
    {
        Target = target;
        Nodes = nodes;
        Predictors = predictors;
        Unmeasured = unmeasured;
    }

    public string Target { get; }

    /// <summary>The metrics of the model in topological order (every metric after the ones linked into it; ties in definition order); the target is last.</summary>
    public MetricDefinition[] Nodes { get; }

    /// <summary>Per node, the node indexes of its measured upstream metrics in link order (empty: no equation).</summary>
    public int[][] Predictors { get; }

    public List<MetricLink> Unmeasured { get; }

    public int TargetIndex => Nodes.Length - 1;

    /// <summary>Walks the links backwards from the target; a link whose upstream metric has no column is unmeasured and not followed.</summary>
    public static LinkageModel Build(IEnumerable<MetricDefinition> metrics, IEnumerable<MetricLink> links, ColumnTable table, string target)
    {
        var definitions = MetricLinkValidator.IndexById(metrics);
        var order = definitions.Keys.Select(static (id, i) => (id, i)).ToDictionary(static p => p.id, static p => p.i, StringComparer.Ordinal);
        var incoming = new Dictionary<string, List<MetricLink>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        foreach (var link in links)
        {
            ArgumentNullException.ThrowIfNull(link, nameof(links));
            if (seen.Add((link.From, link.To)))
            {
                (incoming.TryGetValue(link.To, out var list) ? list : incoming[link.To] = []).Add(link);
            }
        }

        if (!definitions.ContainsKey(target))
        {
            throw new LinkageModelException(target, $"target '{target}' is not a metric of the workspace.");
        }

        if (!table.Contains(target))
        {
            throw new LinkageModelException(target, $"target '{target}' has no column in the responses.");
        }

        var inModel = new HashSet<string>(StringComparer.Ordinal) { target };
        var modelLinks = new List<MetricLink>();
        var unmeasured = new List<MetricLink>();
        var pending = new Stack<string>();
        pending.Push(target);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            foreach (var link in incoming.GetValueOrDefault(node) ?? [])
            {
                if (!definitions.ContainsKey(link.From))
                {
                    throw new LinkageModelException(link.From, $"metric link {link.From} -> {link.To} names unknown metric '{link.From}'.");
                }

                if (!table.Contains(link.From))
                {
                    unmeasured.Add(link);
                    continue;
                }

                modelLinks.Add(link);
                if (inModel.Add(link.From))
                {
                    pending.Push(link.From);
                }
            }
        }

        if (modelLinks.Count == 0)
        {
            var why = incoming.ContainsKey(target) ? "every metric linked into it lacks a column in the responses" : "no metric link leads into it";
            throw new LinkageModelException(target, $"target '{target}' has no measured upstream metric: {why}.");
        }

        // The one cycle rule (MetricLinkValidator) on the model's links; a cycle names its metrics.
        var cycle = MetricLinkValidator.Validate(inModel.Select(id => definitions[id]), modelLinks).FirstOrDefault(static f => f.Rule == MetricLinkValidator.CycleRule);
        if (cycle is not null)
        {
            throw new LinkageModelException(cycle.Subjects[0], $"cannot estimate links into '{target}': {cycle.Message}");
        }

        // Kahn's topological sort, ready metrics taken in definition order.
        var into = modelLinks.GroupBy(static l => l.To, StringComparer.Ordinal).ToDictionary(static g => g.Key, static g => g.Count(), StringComparer.Ordinal);
        var ready = new SortedSet<(int, string)>(inModel.Where(id => !into.ContainsKey(id)).Select(id => (order[id], id)));
        var sorted = new List<string>();
        while (ready.Count > 0)
        {
            var (_, id) = ready.Min;
            ready.Remove(ready.Min);
            sorted.Add(id);
            foreach (var link in modelLinks.Where(l => l.From == id))
            {
                if (--into[link.To] == 0)
                {
                    ready.Add((order[link.To], link.To));
                }
            }
        }

        var index = sorted.Select(static (id, i) => (id, i)).ToDictionary(static p => p.id, static p => p.i, StringComparer.Ordinal);
        var predictors = sorted.Select(id => modelLinks.Where(l => l.To == id).Select(l => index[l.From]).ToArray()).ToArray();
        return new LinkageModel(target, sorted.Select(id => definitions[id]).ToArray(), predictors, unmeasured);
    }

    /// <summary>Every directed path from node <paramref name="source"/> to the target, as metric ids.</summary>
    public List<IReadOnlyList<string>> Paths(int source)
    {
        var outgoing = Enumerable.Range(0, Nodes.Length).Select(u => Enumerable.Range(0, Nodes.Length).Where(v => Predictors[v].Contains(u)).ToArray()).ToArray();
        var paths = new List<IReadOnlyList<string>>();
        var stack = new Stack<(int Node, List<int> Path)>();
        stack.Push((source, [source]));
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            if (node == TargetIndex)
            {
                paths.Add(path.Select(i => Nodes[i].Id).ToArray());
                continue;
            }

            // Pushed in reverse so that paths come out in the order of the model (upstream metrics first).
            foreach (var next in Enumerable.Reverse(outgoing[node]))
            {
                stack.Push((next, [.. path, next]));
            }
        }

        return paths;
    }
}
