namespace CxOkr.Okrs;

/// <summary>The kind of event worth celebrating.</summary>
public enum AchievementKind
{
    /// <summary>A key result's score reached 1 (threshold met, milestone done) for the first time.</summary>
    KeyResultAchieved,

    /// <summary>A key result's progress reached 0.25, 0.5 or 0.75 for the first time.</summary>
    ProgressMilestone,

    /// <summary>An objective's score reached 1 for the first time.</summary>
    ObjectiveAchieved,

    /// <summary>Three consecutive check-ins of a key result, each on track or better at its own date and each with progress above 0 (a milestone not done or a value still at its baseline breaks the streak).</summary>
    OnTrackStreak,
}
