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

    /// <summary>
    /// The probability that the score reaches the objective's target score (1 for committed, 0.7 for aspirational
    /// by default) at the period's end, by a seeded simulation over its key results' predictive distributions;
    /// null without a score.
    /// </summary>
    public double? AttainmentProbability { get; init; }

    /// <summary>The simulation's standard error of <see cref="AttainmentProbability"/>, sqrt(p (1 - p) / draws); null with it.</summary>
    public double? AttainmentProbabilityError { get; init; }

    /// <summary>The objective's confidence from its key results' latest confidences (<see cref="ScoringOptions.ConfidenceRollup"/>); null when none has one.</summary>
    public double? Confidence { get; init; }

    /// <summary>The ids of its stale key results, in its order. A read-only copy of what was given.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<string> StaleKeyResults { get; init => field = Utilities.ReadOnly.CopyOf(value); } = System.Collections.ObjectModel.ReadOnlyCollection<string>.Empty;

    /// <summary>Why the status is what it is; null without a score (see <see cref="NoScoreReason"/>).</summary>
    public string? StatusReason { get; init; }
}
