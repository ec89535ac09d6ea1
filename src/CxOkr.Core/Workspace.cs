using CxOkr.Okrs;
using CxOkr.Utilities;

namespace CxOkr;

/// <summary>
/// Everything a CX OKR programme holds: units, periods and objectives. Immutable; it does not check
/// references between its parts (a host's store may hold dangling ones, which alignment checks report);
/// <see cref="Serialization.WorkspaceReader"/> checks them when it reads a document strictly.
/// </summary>
public sealed class Workspace
{
    /// <summary>Creates a workspace.</summary>
    /// <param name="units">The organisation's units.</param>
    /// <param name="periods">The OKR periods.</param>
    /// <param name="objectives">The objectives with their key results and check-ins.</param>
    /// <exception cref="ArgumentException">A list contains a null element.</exception>
    public Workspace(IEnumerable<OrgUnit>? units = null, IEnumerable<OkrPeriod>? periods = null, IEnumerable<Objective>? objectives = null)
    {
        Units = NoNulls(units, nameof(units));
        Periods = NoNulls(periods, nameof(periods));
        Objectives = NoNulls(objectives, nameof(objectives));
    }

    /// <summary>The organisation's units, in document order.</summary>
    public IReadOnlyList<OrgUnit> Units { get; }

    /// <summary>The OKR periods, in document order.</summary>
    public IReadOnlyList<OkrPeriod> Periods { get; }

    /// <summary>The objectives, in document order.</summary>
    public IReadOnlyList<Objective> Objectives { get; }

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
