using System.Globalization;
using CxOkr.Okrs;
using static CxOkr.Reporting.Html.Svg;

namespace CxOkr.Reporting.Html;

/// <summary>The OKR tree's issue-15 parts: probability of attainment beside each bar, stale marks and status reasons (text and hover).</summary>
internal static partial class HtmlReportWriter
{
    /// <summary>A percentage chip coloured by probability (red below 40%, amber below 70%, green from 70%; white text on each at AA contrast); a grey dash with the reason on hover when there is no probability.</summary>
    private static string ProbabilityChip(double? probability, string? noProbability)
    {
        if (probability is not { } p)
        {
            return $"<span class=\"prob\" style=\"background:#eceff1;color:#37474f\" title=\"{Esc("no probability of attainment: " + (noProbability ?? "not computed"))}\">–</span>";
        }

        var percent = (p * 100).ToString("0", CultureInfo.InvariantCulture);
        return $"<span class=\"prob\" style=\"background:{ProbabilityColour(p)}\" title=\"probability of reaching the target by the period end: {percent}%\">{percent}%</span>";
    }

    /// <summary>The status colours by probability: red below 0.4, amber below 0.7, green from 0.7.</summary>
    private static string ProbabilityColour(double p) => p < 0.4 ? Red : p < 0.7 ? Yellow : Green;

    private static string StaleMark(KeyResultScore score)
    {
        if (!score.Stale)
        {
            return string.Empty;
        }

        var text = score.DaysSinceCheckIn is { } days ? $"stale: no check-in for {days} days" : "stale: no check-in yet";
        return $" <span class=\"stale\" title=\"{Esc(text)}\">⏱ stale</span>";
    }

    private static string ReasonText(ProgrammeReport report, KeyResultScore score)
    {
        var parts = new List<string>();
        if (score.StatusReason is { } reason)
        {
            parts.Add(reason);
        }

        if (score.Guardrail is { Breached: true } g)
        {
            var unit = Names(report).Unit(g.MetricId);
            parts.Add($"guardrail '{Names(report).MetricName(g.MetricId)}' breached ({ReportWords.Value(g.Start!.Value, unit)} → {ReportWords.Value(g.Current!.Value, unit)})");
        }

        if (score.SuggestedWeight is { } w)
        {
            parts.Add($"suggested weight {N(w)}");
        }

        return parts.Count == 0 ? string.Empty : $"<span class=\"why\">Why {ReportWords.Status(score.Status).ToLowerInvariant()}: {Esc(string.Join("; ", parts))}</span>";
    }

    private static string ObjectiveOutlook(ObjectiveScore score)
    {
        var parts = new List<string>();
        if (score.AttainmentProbability is { } p)
        {
            var error = score.AttainmentProbabilityError is { } se && se > 0 ? $" ± {(se * 100).ToString("0.#", CultureInfo.InvariantCulture)}" : string.Empty;
            parts.Add($"{ProbabilityChip(p, null)} <span class=\"note\">chance to reach its target score{error}</span>");
        }

        if (score.Confidence is { } c)
        {
            parts.Add($"<span class=\"note\">confidence {N(c)}</span>");
        }

        if (score.StaleKeyResults.Count > 0)
        {
            parts.Add($"<span class=\"stale\">{score.StaleKeyResults.Count} stale</span>");
        }

        return parts.Count == 0 ? string.Empty : " " + string.Join(" · ", parts);
    }
}
