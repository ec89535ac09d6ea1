using CxOkr.Journeys;
using CxOkr.Okrs;
using CxOkr.Utilities;

namespace CxOkr;

/// <summary>
/// Everything a CX OKR programme holds: units, periods and objectives, and the journey map (metrics,
/// metric links and journeys). Immutable; it does not check
/// references between its parts (a host's store may hold dangling ones, which alignment checks report);
/// <see cref="Serialization.WorkspaceReader"/> checks them when it reads a document strictly.
/// </summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class Workspace
{
    /// <summary>Creates a workspace.</summary>
    /// <param name="units">The organisation's units.</param>
    /// <param name="periods">The OKR periods.</param>
    /// <param name="objectives">The objectives with their key results and check-ins.</param>
    /// <param name="metrics">The metric definitions.</param>
    /// <param name="metricLinks">The links from each metric to the metric it feeds.</param>
    /// <param name="journeys">The journeys with their stages, touchpoints and outcome KPIs.</param>
    /// <exception cref="ArgumentException">A list contains a null element.</exception>
    public Workspace(
        IEnumerable<OrgUnit>? units = null,
        IEnumerable<OkrPeriod>? periods = null,
        IEnumerable<Objective>? objectives = null,
        IEnumerable<MetricDefinition>? metrics = null,
        IEnumerable<MetricLink>? metricLinks = null,
        IEnumerable<Journey>? journeys = null)
    {
        Units = ReadOnly.Wrap(NoNulls(units, nameof(units)));
        Periods = ReadOnly.Wrap(NoNulls(periods, nameof(periods)));
        Objectives = ReadOnly.Wrap(NoNulls(objectives, nameof(objectives)));
        Metrics = ReadOnly.Wrap(NoNulls(metrics, nameof(metrics)));
        MetricLinks = ReadOnly.Wrap(NoNulls(metricLinks, nameof(metricLinks)));
        Journeys = ReadOnly.Wrap(NoNulls(journeys, nameof(journeys)));
    }

    /// <summary>The organisation's units, in document order.</summary>
    public IReadOnlyList<OrgUnit> Units { get; }

    /// <summary>The OKR periods, in document order.</summary>
    public IReadOnlyList<OkrPeriod> Periods { get; }

    /// <summary>The objectives, in document order.</summary>
    public IReadOnlyList<Objective> Objectives { get; }

    /// <summary>The metric definitions, in document order.</summary>
    public IReadOnlyList<MetricDefinition> Metrics { get; }

    /// <summary>The metric links, in document order.</summary>
    public IReadOnlyList<MetricLink> MetricLinks { get; }

    /// <summary>The journeys, in document order.</summary>
    public IReadOnlyList<Journey> Journeys { get; }

    private static T[] NoNulls<T>(IEnumerable<T>? items, string name)
        where T : class
    {
        var array = (items ?? []).ToArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException($"{name}[{i}] is null.", name);
            }
        }

        return array;
    }
}
