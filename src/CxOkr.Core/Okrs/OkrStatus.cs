namespace CxOkr.Okrs;

/// <summary>How a key result or objective stands against where it should be by now, best first.</summary>
/// <remarks>The numeric order is meaningful: a larger value is a worse status.</remarks>
public enum OkrStatus
{
    /// <summary>The target is reached (score 1, or milestone done).</summary>
    Achieved,

    /// <summary>Progress is within <see cref="ScoringOptions.OnTrackMaxGap"/> of expected progress, or a threshold is met.</summary>
    OnTrack,

    /// <summary>Progress is behind by more than the on-track gap but within <see cref="ScoringOptions.AtRiskMaxGap"/>.</summary>
    AtRisk,

    /// <summary>Progress is further behind, a threshold is unmet, or a milestone is overdue.</summary>
    OffTrack,
}
