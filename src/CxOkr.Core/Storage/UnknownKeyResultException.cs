namespace CxOkr.Storage;

/// <summary>A check-in named a key result that no stored objective has; the store changed nothing.</summary>
public sealed class UnknownKeyResultException : CxOkrException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="keyResultId">The unknown key result id.</param>
    public UnknownKeyResultException(string keyResultId)
        : base($"Key result '{keyResultId}' is not in the store; store its objective before appending check-ins.")
    {
        KeyResultId = keyResultId;
    }

    /// <summary>The unknown key result id.</summary>
    public string KeyResultId { get; }
}
