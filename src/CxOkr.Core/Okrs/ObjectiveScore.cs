namespace CxOkr.Okrs;

/// <summary>An objective's standing on an as-of date.</summary>
/// <param name="ObjectiveId">The objective's id.</param>
/// <param name="Score">The weighted mean score in [0, 1], or <see langword="null"/> when it cannot be scored (see <paramref name="NoScoreReason"/>).</param>
/// <param name="Grade">The grade of the score, or <see langword="null"/> without a score.</param>
/// <param name="Status">The status, or <see langword="null"/> without a score.</param>
/// <param name="ExpectedProgress">Where the score should be by now, for the objective's type.</param>
/// <param name="NoScoreReason">Why there is no score, or <see langword="null"/> when there is one.</param>
/// <param name="KeyResults">The key results' scores in the objective's order.</param>
public sealed record ObjectiveScore(
    string ObjectiveId,
    double? Score,
    Grade? Grade,
    OkrStatus? Status,
    double ExpectedProgress,
    string? NoScoreReason,
    IReadOnlyList<KeyResultScore> KeyResults)
{
    /// <summary>The key results' scores in the objective's order. A read-only copy of what was given.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<KeyResultScore> KeyResults { get; init => field = Utilities.ReadOnly.CopyOf(value); } = Utilities.ReadOnly.CopyOf(KeyResults);
}
