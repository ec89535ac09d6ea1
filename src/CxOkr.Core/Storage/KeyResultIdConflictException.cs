namespace CxOkr.Storage;

/// <summary>An objective was written with a key result id that another stored objective already uses; the store changed nothing.</summary>
/// <remarks>Key result ids are unique across a store because check-ins address key results by id alone.</remarks>
public sealed class KeyResultIdConflictException : CxOkrException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="keyResultId">The key result id used twice.</param>
    /// <param name="ownerObjectiveId">The objective that holds it.</param>
    /// <param name="objectiveId">The objective that was refused.</param>
    public KeyResultIdConflictException(string keyResultId, string ownerObjectiveId, string objectiveId)
        : base($"Objective '{objectiveId}': key result '{keyResultId}' already belongs to objective '{ownerObjectiveId}'; key result ids must be unique in a store.")
    {
        KeyResultId = keyResultId;
        OwnerObjectiveId = ownerObjectiveId;
        ObjectiveId = objectiveId;
    }

    /// <summary>The key result id used twice.</summary>
    public string KeyResultId { get; }

    /// <summary>The objective that holds the key result.</summary>
    public string OwnerObjectiveId { get; }

    /// <summary>The objective that was refused.</summary>
    public string ObjectiveId { get; }
}
