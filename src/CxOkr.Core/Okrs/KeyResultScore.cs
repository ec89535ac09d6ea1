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
    KeyResultForecast? Forecast);
