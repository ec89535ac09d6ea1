namespace CxOkr.Okrs;

/// <summary>A key result's standing on an as-of date.</summary>
/// <param name="KeyResultId">The key result's id.</param>
/// <param name="Kind">The key result's kind.</param>
/// <param name="Current">The value <c>v</c> the scoring rule uses: the latest check-in value on or before the as-of date; without
/// one, the baseline for Increase/Decrease key results (progress 0) and <see langword="null"/> for AtLeast/AtMost/Milestone
/// key results, which have no value until checked in (they count as unmet).</param>
/// <param name="HasCheckIn">Whether a check-in on or before the as-of date exists, i.e. whether <paramref name="Current"/> was measured rather than taken from the baseline.</param>
/// <param name="Progress">Progress toward the target; below 0 or above 1 for under- and over-achievement of Increase/Decrease key results; 0 or 1 for the others.</param>
/// <param name="Score">The score in [0, 1].</param>
/// <param name="Status">The status after any confidence cap.</param>
/// <param name="ExpectedProgress">Where progress should be by now, for the objective's type.</param>
/// <param name="Confidence">The latest check-in's confidence, or <see langword="null"/>.</param>
/// <param name="Forecast">The end-of-period forecast for Increase/Decrease key results with a check-in, else <see langword="null"/>.</param>
public sealed record KeyResultScore(
    string KeyResultId,
    KeyResultKind Kind,
    double? Current,
    bool HasCheckIn,
    double Progress,
    double Score,
    OkrStatus Status,
    double ExpectedProgress,
    double? Confidence,
    KeyResultForecast? Forecast)
{
    /// <summary>
    /// The probability that an Increase (Decrease) key result's value at the period's end is at or above (below)
    /// its target, from Student's t prediction of a least-squares line through the forecast's points; null with
    /// fewer than 3 points, all on one day, or for other kinds (see <see cref="NoProbabilityReason"/>).
    /// </summary>
    public double? AttainmentProbability { get; init; }

    /// <summary>Why <see cref="AttainmentProbability"/> is null, or <see langword="null"/> when there is one.</summary>
    public string? NoProbabilityReason { get; init; }

    /// <summary>Whether the key result is stale: no check-in for more than <see cref="ScoringOptions.StaleAfterDays"/> (see docs/scoring.md).</summary>
    public bool Stale { get; init; }

    /// <summary>Days from the latest check-in to the as-of date (or the period's end, if earlier); null without a check-in.</summary>
    public int? DaysSinceCheckIn { get; init; }

    /// <summary>Why the status is what it is, e.g. "behind the expected progress by 0.18; stale for 21 days".</summary>
    public string? StatusReason { get; init; }

    /// <summary>The guardrail metric and whether it was breached, or <see langword="null"/> when the key result names none.</summary>
    public GuardrailCheck? Guardrail { get; init; }

    /// <summary>
    /// The weight the drivers' importance suggests: for key results that measure drivers of one outcome, their
    /// Shapley shares rescaled to the sum of their weights; null when none is suggested.
    /// </summary>
    public double? SuggestedWeight { get; init; }
}
