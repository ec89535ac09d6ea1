using System.Globalization;
using CxOkr.Okrs;
using static CxOkr.Reporting.Html.Svg;

namespace CxOkr.Reporting.Html;

/// <summary>The OKR tree's issue-15 parts: probability of attainment beside each bar, stale marks and status reasons (text and hover).</summary>
internal static partial class HtmlReportWriter
{
    /// <summary>A percentage chip coloured on a red-amber-green scale (red below 40%, amber below 70%, green from 70%); a grey dash with the reason on hover when there is no probability.</summary>
    private static string ProbabilityChip(double? probability, string? noProbability)
    {
        const string Style = "display:inline-block;min-width:3.2rem;text-align:center;border-radius:10px;padding:0 .4rem;font-size:.8rem;font-weight:600;color:#fff";
        if (probability is not { } p)
        {
            return $"<span class=\"prob\" style=\"{Style};background:#cfd8dc;color:#455a64\" title=\"{Esc("no probability of attainment: " + (noProbability ?? "not computed"))}\">–</span>";
        }

        var percent = (p * 100).ToString("0", CultureInfo.InvariantCulture);
        return $"<span class=\"prob\" style=\"{Style};background:{ProbabilityColour(p)}\" title=\"probability of reaching the target by the period end: {percent}%\">{percent}%</span>";
    }

    /// <summary>Red to green through amber, by probability: 0 red, 0.5 amber, 1 green, interpolated in RGB.</summary>
    private static string ProbabilityColour(double p)
    {
        (int R, int G, int B) red = (0xc6, 0x28, 0x28), amber = (0xef, 0x6c, 0x00), green = (0x2e, 0x7d, 0x32);
        var (from, to, t) = p < 0.5 ? (red, amber, p / 0.5) : (amber, green, (p - 0.5) / 0.5);
        static int Mix(int a, int b, double t) => (int)Math.Round(a + ((b - a) * Math.Clamp(t, 0, 1)));
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(from.R, to.R, t):x2}{Mix(from.G, to.G, t):x2}{Mix(from.B, to.B, t):x2}");
    }

    private static string StaleMark(KeyResultScore score)
    {
        if (!score.Stale)
        {
            return string.Empty;
        }

        var text = score.DaysSinceCheckIn is { } days ? $"stale: no check-in for {days} days" : "stale: no check-in yet";
        return $" <span class=\"stale\" style=\"color:#ef6c00;font-weight:600;font-size:.8rem\" title=\"{Esc(text)}\">⏱ stale</span>";
    }

    private static string ReasonText(KeyResultScore score)
    {
        var parts = new List<string>();
        if (score.StatusReason is { } reason)
        {
            parts.Add(reason);
        }

        if (score.Guardrail is { Breached: true } g)
        {
            parts.Add($"guardrail '{g.MetricId}' breached ({N(g.Start!.Value)} → {N(g.Current!.Value)})");
        }

        if (score.SuggestedWeight is { } w)
        {
            parts.Add($"suggested weight {N(w)}");
        }

        return parts.Count == 0 ? string.Empty : $"<br><span class=\"note why\">why: {Esc(string.Join("; ", parts))}</span>";
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

        if (score.StatusReason is { } reason)
        {
            parts.Add($"<span class=\"note why\">why: {Esc(reason)}</span>");
        }

        if (score.StaleKeyResults.Count > 0)
        {
            parts.Add($"<span class=\"stale\" style=\"color:#ef6c00;font-weight:600;font-size:.8rem\">{score.StaleKeyResults.Count} stale</span>");
        }

        return parts.Count == 0 ? string.Empty : " " + string.Join(" · ", parts);
    }
}
