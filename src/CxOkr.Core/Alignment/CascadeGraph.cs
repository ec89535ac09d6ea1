using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.ObjectModel;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Okrs;
using CxOkr.Utilities;

namespace CxOkr.Alignment;

/// <summary>
/// The cascade of a whole organisation's OKRs, indexed once for the alignment rules: objectives (as they
/// are, duplicates and dangling references included), their key results, units, periods, metrics and
/// metric links. Built in time linear in its inputs; every walk is iterative, so deep chains and cycles
/// are safe.
/// </summary>
/// <threadsafety>
/// Thread-safe: immutable once built (its lists are read-only copies); the transitive metric-link closure
/// behind <see cref="FeedsInto"/> is computed on first use per metric into a concurrent cache, so rules may
/// query one graph from several threads.
/// </threadsafety>
public sealed class CascadeGraph
{
    private readonly Dictionary<string, Objective> _objectiveById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Objective[]> _childrenByParentId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrgUnit> _unitById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Enter, int Exit)> _unitInterval = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unitsWithChildren = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OkrPeriod> _periodById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MetricDefinition> _metricById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _linksFrom = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HashSet<string>> _upwardCache = new(StringComparer.Ordinal);
    private readonly HashSet<string> _measuredMetrics = new(StringComparer.Ordinal);
    private readonly Dictionary<Objective, string[]> _metricIdsByObjective = new(ReferenceEqualityComparer.Instance);
    private readonly FrozenSet<string> _repeatedObjectiveIds;
    private readonly FrozenSet<string> _repeatedKeyResultIds;

    /// <summary>
    /// Builds the graph of everything in <paramref name="workspace"/>: its objectives, units, periods,
    /// metrics and metric links, so that none is forgotten (without metrics, metric references are not judged).
    /// </summary>
    /// <param name="workspace">The workspace, as read (a lenient read keeps the broken references the rules report).</param>
    /// <param name="driverRankings">Key-driver results per outcome metric, for the <c>uncovered-driver</c> rule; null for none.</param>
    /// <param name="periodResults">The last period's result of survey metrics (with <see cref="MetricResult.MetricId"/>), for the <c>undetectable-target</c> rule; null for none.</param>
    /// <returns>The graph; the same as the constructor given the workspace's lists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workspace"/> is null.</exception>
    public static CascadeGraph From(Workspace workspace, IEnumerable<KeyDriverRanking>? driverRankings = null, IEnumerable<MetricResult>? periodResults = null)
    {
        Guard.NotNull(workspace);
        return new CascadeGraph(workspace.Objectives, workspace.Units, workspace.Periods, workspace.Metrics, workspace.MetricLinks, driverRankings, periodResults);
    }

    /// <summary>Builds the graph.</summary>
    /// <param name="objectives">The objectives as they are (duplicate ids and dangling references allowed).</param>
    /// <param name="units">The organisation's units.</param>
    /// <param name="periods">The periods.</param>
    /// <param name="metrics">The metric definitions; with none, metric references are not judged.</param>
    /// <param name="metricLinks">The links from a metric to the metric it feeds.</param>
    /// <param name="driverRankings">Key-driver results per outcome metric, for the <c>uncovered-driver</c> rule.</param>
    /// <param name="periodResults">The last period's result of survey metrics (with <see cref="MetricResult.MetricId"/>; the first of each id counts), for the <c>undetectable-target</c> rule.</param>
    /// <exception cref="ArgumentNullException">A required list is null.</exception>
    public CascadeGraph(
        IEnumerable<Objective> objectives,
        IEnumerable<OrgUnit> units,
        IEnumerable<OkrPeriod> periods,
        IEnumerable<MetricDefinition>? metrics = null,
        IEnumerable<MetricLink>? metricLinks = null,
        IEnumerable<KeyDriverRanking>? driverRankings = null,
        IEnumerable<MetricResult>? periodResults = null)
    {
        Objectives = ReadOnly.CopyOf(Guard.NotNull(objectives));
        Units = ReadOnly.CopyOf(Guard.NotNull(units));
        Periods = ReadOnly.CopyOf(Guard.NotNull(periods));
        Metrics = ReadOnly.CopyOf(metrics ?? []);
        MetricLinks = ReadOnly.CopyOf(metricLinks ?? []);
        DriverRankings = ReadOnly.CopyOf(driverRankings ?? []);
        PeriodResults = ReadOnly.CopyOf(periodResults ?? []);
        var repeatedObjectiveIds = new HashSet<string>(StringComparer.Ordinal);
        var repeatedKeyResultIds = new HashSet<string>(StringComparer.Ordinal);
        var childrenByParentId = new Dictionary<string, List<Objective>>(StringComparer.Ordinal);

        var keyResultIds = new HashSet<string>(Objectives.Count * 3, StringComparer.Ordinal);
        foreach (var objective in Objectives)
        {
            if (!_objectiveById.TryAdd(objective.Id, objective))
            {
                repeatedObjectiveIds.Add(objective.Id);
            }

            foreach (var link in objective.Parents)
            {
                if (!childrenByParentId.TryGetValue(link.ObjectiveId, out var children))
                {
                    childrenByParentId[link.ObjectiveId] = children = [];
                }

                children.Add(objective);
            }

            var metricIds = new List<string>(objective.KeyResults.Count);
            foreach (var keyResult in objective.KeyResults)
            {
                if (!keyResultIds.Add(keyResult.Id))
                {
                    repeatedKeyResultIds.Add(keyResult.Id);
                }

                if (keyResult.MetricId is { } metricId)
                {
                    _measuredMetrics.Add(metricId);
                    if (!metricIds.Contains(metricId))
                    {
                        metricIds.Add(metricId);
                    }
                }
            }

            _metricIdsByObjective.TryAdd(objective, [.. metricIds]);
        }

        foreach (var (parentId, children) in childrenByParentId)
        {
            _childrenByParentId.Add(parentId, [.. children]);
        }

        _repeatedObjectiveIds = repeatedObjectiveIds.ToFrozenSet(StringComparer.Ordinal);
        _repeatedKeyResultIds = repeatedKeyResultIds.ToFrozenSet(StringComparer.Ordinal);

        foreach (var unit in Units)
        {
            _unitById.TryAdd(unit.Id, unit);
        }

        foreach (var unit in _unitById.Values)
        {
            if (unit.ParentId is { } parent && _unitById.ContainsKey(parent))
            {
                _unitsWithChildren.Add(parent);
            }
        }

        IndexUnitTree();
        foreach (var period in Periods)
        {
            _periodById.TryAdd(period.Id, period);
        }

        foreach (var metric in Metrics)
        {
            _metricById.TryAdd(metric.Id, metric);
        }

        foreach (var link in MetricLinks)
        {
            if (!_linksFrom.TryGetValue(link.From, out var targets))
            {
                _linksFrom[link.From] = targets = [];
            }

            targets.Add(link.To);
        }
    }

    /// <summary>The last period's result of survey metrics, for the <c>undetectable-target</c> rule (response volume and spread).</summary>
    public IReadOnlyList<MetricResult> PeriodResults { get; }

    /// <summary>The objectives as given.</summary>
    public IReadOnlyList<Objective> Objectives { get; }

    /// <summary>The units as given.</summary>
    public IReadOnlyList<OrgUnit> Units { get; }

    /// <summary>The periods as given.</summary>
    public IReadOnlyList<OkrPeriod> Periods { get; }

    /// <summary>The metric definitions as given.</summary>
    public IReadOnlyList<MetricDefinition> Metrics { get; }

    /// <summary>The metric links as given.</summary>
    public IReadOnlyList<MetricLink> MetricLinks { get; }

    /// <summary>Key-driver rankings per outcome metric.</summary>
    public IReadOnlyList<KeyDriverRanking> DriverRankings { get; }

    /// <summary>Whether metric definitions were given (metric references are judged only then).</summary>
    public bool HasMetrics => Metrics.Count > 0;

    /// <summary>The objective ids used by more than one objective (found while the graph is built).</summary>
    public IReadOnlySet<string> RepeatedObjectiveIds => _repeatedObjectiveIds;

    /// <summary>The key-result ids used by more than one key result, in one objective or across objectives.</summary>
    public IReadOnlySet<string> RepeatedKeyResultIds => _repeatedKeyResultIds;

    /// <summary>The first objective with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The objective id.</param>
    /// <returns>The objective or null.</returns>
    public Objective? FindObjective(string id) => _objectiveById.GetValueOrDefault(id);

    /// <summary>The objective that <paramref name="objective"/> aligns to, or <see langword="null"/> when it has none or it does not exist.</summary>
    /// <param name="objective">The child objective.</param>
    /// <returns>The parent or null.</returns>
    public Objective? ParentOf(Objective objective) =>
        Guard.NotNull(objective).ParentId is { } id ? FindObjective(id) : null;

    /// <summary>Every objective <paramref name="objective"/> aligns to that exists (one per entry of <see cref="Objective.Parents"/>, in its order).</summary>
    /// <param name="objective">The child objective.</param>
    /// <returns>The parents found; empty when it has none or none exists.</returns>
    public IReadOnlyList<Objective> ParentsOf(Objective objective)
    {
        var links = Guard.NotNull(objective).Parents;
        if (links.Count == 0)
        {
            return ReadOnlyCollection<Objective>.Empty;
        }

        var parents = new List<Objective>(links.Count);
        foreach (var link in links)
        {
            if (FindObjective(link.ObjectiveId) is { } parent)
            {
                parents.Add(parent);
            }
        }

        return ReadOnly.Wrap(parents);
    }

    /// <summary>The objectives that name <paramref name="objectiveId"/> among their parents.</summary>
    /// <param name="objectiveId">The parent objective's id.</param>
    /// <returns>The children, in input order (empty when none).</returns>
    /// <remarks>Each call returns a new read-only view over the graph's own array; the rules count children with the allocation-free <see cref="ChildCountOf"/>.</remarks>
    public IReadOnlyList<Objective> ChildrenOf(string objectiveId) =>
        _childrenByParentId.TryGetValue(objectiveId, out var children) ? ReadOnly.Wrap(children) : ReadOnlyCollection<Objective>.Empty;

    /// <summary>How many objectives name <paramref name="objectiveId"/> as their parent, without building a list.</summary>
    /// <param name="objectiveId">The parent objective's id.</param>
    /// <returns>The number of children (0 when none).</returns>
    internal int ChildCountOf(string objectiveId) =>
        _childrenByParentId.TryGetValue(objectiveId, out var children) ? children.Length : 0;

    /// <summary>The first unit with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The unit id.</param>
    /// <returns>The unit or null.</returns>
    public OrgUnit? FindUnit(string id) => _unitById.GetValueOrDefault(id);

    /// <summary>Whether some unit names <paramref name="unitId"/> as its parent.</summary>
    /// <param name="unitId">The unit id.</param>
    /// <returns>True when the unit has child units.</returns>
    public bool HasChildUnits(string unitId) => _unitsWithChildren.Contains(unitId);

    /// <summary>Whether <paramref name="unitId"/> is <paramref name="ancestorId"/> or lies below it in the unit tree.</summary>
    /// <param name="unitId">The unit to test.</param>
    /// <param name="ancestorId">The candidate ancestor.</param>
    /// <returns>True when the unit is the ancestor or one of its descendants; false when either is unknown.</returns>
    public bool IsSameOrDescendantUnit(string unitId, string ancestorId)
    {
        if (unitId == ancestorId)
        {
            return true;
        }

        return _unitInterval.TryGetValue(unitId, out var u) && _unitInterval.TryGetValue(ancestorId, out var a)
            && a.Enter <= u.Enter && u.Exit <= a.Exit;
    }

    /// <summary>The first period with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The period id.</param>
    /// <returns>The period or null.</returns>
    public OkrPeriod? FindPeriod(string id) => _periodById.GetValueOrDefault(id);

    /// <summary>The first metric with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The metric id.</param>
    /// <returns>The metric or null.</returns>
    public MetricDefinition? FindMetric(string id) => _metricById.GetValueOrDefault(id);

    /// <summary>The distinct metric ids that <paramref name="objective"/>'s key results measure, in key-result order.</summary>
    /// <param name="objective">An objective of this graph.</param>
    /// <returns>The metric ids (empty when no key result names a metric).</returns>
    /// <exception cref="ArgumentException">The objective is not part of this graph.</exception>
    public IReadOnlyList<string> MetricIdsOf(Objective objective) => ReadOnly.Wrap(MetricIdArrayOf(objective));

    /// <summary>The graph's own array behind <see cref="MetricIdsOf"/>, for the built-in rules: read it, never change it.</summary>
    /// <param name="objective">An objective of this graph.</param>
    /// <returns>The metric ids.</returns>
    /// <exception cref="ArgumentException">The objective is not part of this graph.</exception>
    internal string[] MetricIdArrayOf(Objective objective) =>
        _metricIdsByObjective.TryGetValue(Guard.NotNull(objective), out var ids)
            ? ids
            : throw new ArgumentException($"Objective '{objective.Id}' is not part of this cascade graph.", nameof(objective));

    /// <summary>Whether some key result measures <paramref name="metricId"/>.</summary>
    /// <param name="metricId">The metric id.</param>
    /// <returns>True when a key result names the metric.</returns>
    public bool IsMeasured(string metricId) => _measuredMetrics.Contains(metricId);

    /// <summary>Whether <paramref name="from"/> is <paramref name="to"/> or feeds it through metric links, transitively.</summary>
    /// <param name="from">The lower metric's id.</param>
    /// <param name="to">The higher metric's id.</param>
    /// <returns>True when the same or linked upward.</returns>
    public bool FeedsInto(string from, string to) => from == to || UpwardOf(from).Contains(to);

    // Each set is complete before the cache publishes it and never changes after, so concurrent readers are
    // safe; two threads may both compute one metric's set the first time, and one result is kept.
    private HashSet<string> UpwardOf(string metricId) =>
        _upwardCache.GetOrAdd(metricId, static (id, graph) => graph.Reach(id), this);

    private HashSet<string> Reach(string metricId)
    {
        // Breadth-first over links; memoised per metric, so the total work is bounded by metrics x links.
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(metricId);
        while (queue.Count > 0)
        {
            if (!_linksFrom.TryGetValue(queue.Dequeue(), out var targets))
            {
                continue;
            }

            foreach (var target in targets)
            {
                if (reached.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return reached;
    }

    /// <summary>Numbers the unit tree depth-first (enter/exit times) so that ancestry is an O(1) interval test.</summary>
    private void IndexUnitTree()
    {
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var roots = new List<string>();
        foreach (var unit in _unitById.Values)
        {
            if (unit.ParentId is { } parent && _unitById.ContainsKey(parent))
            {
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(unit.Id);
            }
            else
            {
                roots.Add(unit.Id);
            }
        }

        var clock = 0;
        var stack = new Stack<(string Id, bool Exit)>();
        foreach (var root in roots)
        {
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (id, exit) = stack.Pop();
                if (exit)
                {
                    _unitInterval[id] = (_unitInterval[id].Enter, clock++);
                    continue;
                }

                // Units in a parent cycle are never reached from a root and so get no interval.
                _unitInterval[id] = (clock++, -1);
                stack.Push((id, true));
                if (children.TryGetValue(id, out var list))
                {
                    foreach (var child in list)
                    {
                        if (!_unitInterval.ContainsKey(child))
                        {
                            stack.Push((child, false));
                        }
                    }
                }
            }
        }
    }
}
