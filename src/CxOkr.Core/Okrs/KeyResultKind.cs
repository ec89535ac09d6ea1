namespace CxOkr.Okrs;

/// <summary>How a key result is measured and scored.</summary>
public enum KeyResultKind
{
    /// <summary>Move a value up from a baseline to a higher target.</summary>
    Increase,

    /// <summary>Move a value down from a baseline to a lower target.</summary>
    Decrease,

    /// <summary>Keep a value at or above a threshold.</summary>
    AtLeast,

    /// <summary>Keep a value at or below a threshold.</summary>
    AtMost,

    /// <summary>Done or not done; check-in values are 1 (done) or 0 (not done).</summary>
    Milestone,
}
