namespace CxOkr.Okrs;

/// <summary>A dated event worth celebrating, derived from the check-in history.</summary>
/// <param name="Date">The date it happened (the check-in's date).</param>
/// <param name="Kind">What happened.</param>
/// <param name="SubjectId">The key result's or objective's id.</param>
/// <param name="Level">The progress level crossed for <see cref="AchievementKind.ProgressMilestone"/>; otherwise <see langword="null"/>.</param>
public sealed record Achievement(DateOnly Date, AchievementKind Kind, string SubjectId, double? Level = null);
