namespace CxOkr.Okrs;

/// <summary>Whether an objective must be met in full or is a stretch goal.</summary>
public enum ObjectiveType
{
    /// <summary>Expected to be met in full: the target score is 1.0 by default.</summary>
    Committed,

    /// <summary>A stretch goal: reaching 0.7 counts as on target by default.</summary>
    Aspirational,
}
