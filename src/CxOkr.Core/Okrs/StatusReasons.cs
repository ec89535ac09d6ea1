using System.Globalization;

namespace CxOkr.Okrs;

/// <summary>The <c>statusReason</c> texts of docs/scoring.md: what set a status, then each cap that applies, joined by "; ".</summary>
internal static class StatusReasons
{
    public static string Of(KeyResult keyResult, OkrPeriod period, DateOnly asOf, CheckIn? latest, OkrStatus baseStatus, double progress, double expected, bool stale, ScoringOptions options)
    {
        var parts = new List<string>(3);
        switch (keyResult.Kind)
        {
            case KeyResultKind.Increase or KeyResultKind.Decrease:
                parts.Add(baseStatus == OkrStatus.Achieved ? "target reached" : Gap(expected - progress));
                break;
            case KeyResultKind.AtLeast or KeyResultKind.AtMost:
                var threshold = Number(keyResult.Threshold!.Value);
                var atLeast = keyResult.Kind == KeyResultKind.AtLeast;
                parts.Add(latest is null ? "no check-in yet, so the threshold is not met"
                    : baseStatus == OkrStatus.OnTrack ? $"{Number(latest.Value)} {(atLeast ? "at or above" : "at or below")} the threshold {threshold}"
                    : $"{Number(latest.Value)} {(atLeast ? "below" : "above")} the threshold {threshold}");
                break;
            default:
                parts.Add(baseStatus == OkrStatus.Achieved ? "done" : asOf >= period.End ? "not done by the end of the period" : "not done yet");
                break;
        }

        if (latest?.Confidence is { } c)
        {
            if (c < options.OffTrackConfidenceBelow)
            {
                parts.Add($"confidence {Number(c)} below {Number(options.OffTrackConfidenceBelow)}");
            }
            else if (c < options.AtRiskConfidenceBelow)
            {
                parts.Add($"confidence {Number(c)} below {Number(options.AtRiskConfidenceBelow)}");
            }
        }

        if (stale)
        {
            var reference = asOf < period.End ? asOf : period.End;
            parts.Add(latest is null
                ? $"no check-in in the {reference.DayNumber - period.Start.DayNumber} days since the period start"
                : $"stale for {Math.Max(0, reference.DayNumber - latest.Date.DayNumber)} days");
        }

        return string.Join("; ", parts);
    }

    public static string OfObjective(double score, double expected, OkrStatus status, int stale, int keyResults)
    {
        var reason = status == OkrStatus.Achieved ? "score reached 1" : Gap(expected - score);
        return stale == 0 ? reason : $"{reason}; {stale} of {keyResults} key results stale";
    }

    /// <summary>"behind the expected progress by 0.18" or "ahead of the expected progress by 0.05" (gap = expected - progress).</summary>
    private static string Gap(double gap) => gap > 0
        ? $"behind the expected progress by {Number(gap)}"
        : $"ahead of the expected progress by {Number(-gap)}";

    /// <summary>A number as people read it: at most two decimals, invariant culture.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
