namespace CxOkr.Tests.Architecture;

/// <summary>
/// The layers of CxOkr.Core (docs/architecture.md), kept by reading the compiled assembly: a namespace uses
/// only namespaces of its own layer or below, the namespace graph has no cycle, and every namespace has a
/// layer (a new one must be placed on purpose).
/// </summary>
public sealed class LayerTests
{
    /// <summary>Layer of each namespace: 0 domain, 1 formats and storage contracts, 2 orchestration, 3 composition.</summary>
    internal static readonly IReadOnlyDictionary<string, int> Layers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["CxOkr"] = 0,
        ["CxOkr.Utilities"] = 0,
        ["CxOkr.Findings"] = 0,
        ["CxOkr.Okrs"] = 0,
        ["CxOkr.Journeys"] = 0,
        ["CxOkr.Measures"] = 0,
        ["CxOkr.Data"] = 0,
        ["CxOkr.Drivers"] = 0,
        ["CxOkr.Alignment"] = 0,
        ["CxOkr.Alignment.Rules"] = 0,
        ["CxOkr.Text"] = 0,
        ["CxOkr.Linkage"] = 0,
        ["CxOkr.Serialization"] = 1,
        ["CxOkr.Storage"] = 1,
        ["CxOkr.Services"] = 2,
        ["CxOkr.Reporting"] = 2,
        ["CxOkr.DependencyInjection"] = 3,
        ["Microsoft.Extensions.DependencyInjection"] = 3,
    };

    private static readonly Lazy<NamespaceDependencies> Core = new(static () => NamespaceDependencies.Read(typeof(Workspace).Assembly.Location));

    [Fact]
    public void Every_namespace_has_a_layer()
    {
        var unplaced = Core.Value.Namespaces.Where(static n => !Layers.ContainsKey(n)).ToArray();
        Assert.True(unplaced.Length == 0, $"Place these namespaces in a layer (docs/architecture.md and LayerTests.Layers): {string.Join(", ", unplaced)}");
    }

    [Fact]
    public void No_namespace_uses_a_layer_above_it()
    {
        var violations = Core.Value.Edges
            .Where(static e => Layers.TryGetValue(e.Key.From, out var from) && Layers.TryGetValue(e.Key.To, out var to) && to > from)
            .Select(static e => $"{e.Key.From} -> {e.Key.To} (in {e.Value})")
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(violations.Length == 0, "Forbidden edges:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_namespace_graph_has_no_cycle()
    {
        // A sub-namespace counts as its parent (Alignment.Rules implements Alignment's IAlignmentRule, Alignment lists the rules).
        static string Unit(string ns) => ns == "CxOkr.Alignment.Rules" ? "CxOkr.Alignment" : ns;
        var graph = Core.Value.Edges.Keys
            .Select(static e => (From: Unit(e.From), To: Unit(e.To)))
            .Where(static e => e.From != e.To)
            .GroupBy(static e => e.From)
            .ToDictionary(static g => g.Key, static g => g.Select(static e => e.To).Distinct().ToArray());
        var cycle = FindCycle(graph);
        Assert.True(cycle is null, $"Namespace cycle: {string.Join(" -> ", cycle ?? [])} (one edge each: {Explain(cycle)})");
    }

    [Fact]
    public void The_domain_does_not_know_storage_or_services()
    {
        // Named edges from issue 11, kept explicitly so the message says what went wrong.
        string[] domain = ["CxOkr", "CxOkr.Okrs", "CxOkr.Journeys", "CxOkr.Measures", "CxOkr.Data", "CxOkr.Drivers", "CxOkr.Alignment", "CxOkr.Findings"];
        string[] above = ["CxOkr.Storage", "CxOkr.Services", "CxOkr.Reporting", "CxOkr.Serialization"];
        foreach (var from in domain)
        {
            foreach (var to in above)
            {
                Assert.False(Core.Value.Edges.TryGetValue((from, to), out var user), $"{from} uses {to} (in {user})");
            }
        }

        Assert.False(Core.Value.Edges.TryGetValue(("CxOkr.Drivers", "CxOkr.Alignment"), out var driverUser), $"Drivers uses Alignment (in {driverUser})");
    }

    [Fact]
    public void The_reader_sees_edges_in_signatures_and_method_bodies()
    {
        // Without these the tests above could pass on a reader that finds nothing.
        var edges = Core.Value.Edges;
        Assert.Contains(("CxOkr.Services", "CxOkr.Storage"), edges.Keys);        // constructor parameters
        Assert.Contains(("CxOkr.Measures", "CxOkr.Journeys"), edges.Keys);       // MetricDefinition in signatures
        Assert.Contains(("CxOkr.Reporting", "CxOkr.Alignment"), edges.Keys);     // CascadeGraph.From in a method body
        Assert.Contains(("CxOkr.Alignment", "CxOkr.Utilities"), edges.Keys);     // Guard calls only in bodies
        Assert.Contains("CxOkr.Alignment.Rules", Core.Value.Namespaces);
    }

    private static string[]? FindCycle(Dictionary<string, string[]> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);   // 1 on the stack, 2 done
        var stack = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } found)
            {
                return found;
            }
        }

        return null;

        string[]? Visit(string node)
        {
            if (state.TryGetValue(node, out var s))
            {
                return s == 1 ? [.. stack[stack.IndexOf(node)..], node] : null;
            }

            state[node] = 1;
            stack.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []))
            {
                if (Visit(next) is { } found)
                {
                    return found;
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
            return null;
        }
    }

    private static string Explain(string[]? cycle)
    {
        if (cycle is null)
        {
            return string.Empty;
        }

        var edges = Core.Value.Edges;
        return string.Join("; ", cycle.Zip(cycle.Skip(1)).Select(p =>
            edges.Where(e => e.Key.From.StartsWith(p.First, StringComparison.Ordinal) && e.Key.To.StartsWith(p.Second, StringComparison.Ordinal))
                .Select(e => $"{e.Key.From} -> {e.Key.To} in {e.Value}")
                .FirstOrDefault() ?? $"{p.First} -> {p.Second}"));
    }
}
