using CxOkr.Okrs;
using CxOkr.Utilities;

namespace CxOkr.Storage;

/// <summary>An objective as a store holds it, with the version that an update must name (optimistic concurrency).</summary>
/// <remarks>
/// Versions start at 1 when an objective is created and grow by one with every successful update. The
/// key results of a stored objective carry no check-ins: those live in the <see cref="ICheckInStore"/>.
/// </remarks>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class StoredObjective
{
    /// <summary>The version to pass to <see cref="IObjectiveStore.UpsertAsync"/> to create an objective that does not exist yet.</summary>
    public const long NewVersion = 0;

    /// <summary>Creates a stored objective.</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="version">Its version; at least 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is below 1.</exception>
    public StoredObjective(Objective objective, long version)
    {
        Objective = Guard.NotNull(objective);
        if (version < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "A stored objective's version must be at least 1.");
        }

        Version = version;
    }

    /// <summary>The objective.</summary>
    public Objective Objective { get; }

    /// <summary>The version: 1 when created, one more after each update.</summary>
    public long Version { get; }

    /// <summary>The objective's id (a shortcut for <c>Objective.Id</c>).</summary>
    public string Id => Objective.Id;
}
