namespace CxOkr.Okrs;

/// <summary>The scores of a set of objectives on one date, with the achievements up to that date.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Objectives">One score per objective, in the order given.</param>
/// <param name="Achievements">Achievements on or before <paramref name="AsOf"/>, by date, then kind, then subject, then level.</param>
public sealed record OkrScorecard(DateOnly AsOf, IReadOnlyList<ObjectiveScore> Objectives, IReadOnlyList<Achievement> Achievements);
