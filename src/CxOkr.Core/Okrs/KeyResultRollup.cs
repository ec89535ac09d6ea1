namespace CxOkr.Okrs;

/// <summary>How a key result takes its value from the key results of the same metric in the objectives aligned to its objective (see docs/scoring.md).</summary>
public enum KeyResultRollup
{
    /// <summary>The value is the sum of the children's values (each times its objective's share of the parent).</summary>
    Sum,

    /// <summary>The progress is the mean of the children's progress weighted by their target values (times their shares).</summary>
    TargetWeighted,
}
