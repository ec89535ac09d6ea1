using CxOkr.Utilities;

namespace CxOkr.Okrs;

/// <summary>The scores of a set of objectives on one date, with the achievements up to that date.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Objectives">One score per objective, in the order given.</param>
/// <param name="Achievements">Achievements on or before <paramref name="AsOf"/>, by date, then kind, then subject, then level.</param>
public sealed record OkrScorecard(DateOnly AsOf, IReadOnlyList<ObjectiveScore> Objectives, IReadOnlyList<Achievement> Achievements)
{
    /// <summary>One score per objective, in the order given. A read-only copy of what was given.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<ObjectiveScore> Objectives { get; init => field = Utilities.ReadOnly.CopyOf(value); } = Utilities.ReadOnly.CopyOf(Objectives);

    /// <summary>Achievements on or before <see cref="AsOf"/>, by date, then kind, then subject, then level. A read-only copy of what was given.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<Achievement> Achievements { get; init => field = Utilities.ReadOnly.CopyOf(value); } = Utilities.ReadOnly.CopyOf(Achievements);


    /// <summary>The score of the objective with id <paramref name="objectiveId"/> (ordinal comparison; a linear search).</summary>
    /// <param name="objectiveId">The objective's id.</param>
    /// <returns>Its score, or <see langword="null"/> when the scorecard has no objective of that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="objectiveId"/> is null, empty or white space.</exception>
    public ObjectiveScore? Find(string objectiveId)
    {
        Guard.NotBlank(objectiveId);
        foreach (var score in Objectives)
        {
            if (string.Equals(score.ObjectiveId, objectiveId, StringComparison.Ordinal))
            {
                return score;
            }
        }

        return null;
    }
}
