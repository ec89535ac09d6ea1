namespace CxOkr.Storage;

/// <summary>A write named a version of an objective that is no longer (or not yet) the stored one; the store changed nothing.</summary>
/// <remarks>Read the objective again, reapply the change and retry with the version just read.</remarks>
public sealed class ConcurrencyConflictException : CxOkrException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="objectiveId">The objective's id.</param>
    /// <param name="expectedVersion">The version the writer named (0 for "must not exist yet").</param>
    /// <param name="actualVersion">The stored version, or <see langword="null"/> when the objective does not exist.</param>
    public ConcurrencyConflictException(string objectiveId, long expectedVersion, long? actualVersion)
        : base(Describe(objectiveId, expectedVersion, actualVersion))
    {
        ObjectiveId = objectiveId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>The objective's id.</summary>
    public string ObjectiveId { get; }

    /// <summary>The version the writer named (0 for "must not exist yet").</summary>
    public long ExpectedVersion { get; }

    /// <summary>The stored version when the write was refused, or <see langword="null"/> when the objective did not exist.</summary>
    public long? ActualVersion { get; }

    private static string Describe(string objectiveId, long expected, long? actual) => (expected, actual) switch
    {
        (StoredObjective.NewVersion, { } a) => $"Objective '{objectiveId}' already exists (version {a}); pass its version to replace it.",
        (_, null) => $"Objective '{objectiveId}' does not exist (expected version {expected}); pass version 0 to create it.",
        _ => $"Objective '{objectiveId}' was changed by another writer: expected version {expected}, stored version {actual}.",
    };
}
