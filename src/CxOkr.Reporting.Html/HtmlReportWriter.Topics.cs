using System.Globalization;
using System.Text;
using CxOkr.Text;
using static CxOkr.Reporting.Html.Svg;

namespace CxOkr.Reporting.Html;

/// <summary>The topics section: per journey, topic volume against NPS impact, and example comments.</summary>
internal static partial class HtmlReportWriter
{
    private static void Topics(StringBuilder html, ProgrammeReport report)
    {
        if (report.Topics.Count == 0)
        {
            return;
        }

        html.AppendLine("<h2>What customers write about</h2><p class=\"note\">Comments tagged with the programme's topics. Impact is the NPS of all commenting-or-not respondents minus the NPS without the topic's respondents: how many NPS points the topic costs (negative) or earns (positive). Bars are sorted by impact, the most costly first; the label gives the topic's volume. Examples are the first comments tagged with the topic, shown as written.</p>");
        var c = CultureInfo.InvariantCulture;
        var names = Names(report);
        foreach (var journey in report.Topics)
        {
            var a = journey.Analysis;
            var journeyName = names.JourneyName(journey.JourneyId);
            var topics = a.Topics.Where(static t => t.Count > 0).OrderBy(static t => t.Impact ?? 0).ThenByDescending(static t => t.Count).ToList();
            html.AppendLine(c, $"<h3>Comments in the {Esc(journeyName)} journey</h3><p class=\"note\">{a.NResponses} responses, {a.NWithText} with a comment, {a.Untagged} comment(s) no topic matched{(a.Score is { } s ? string.Create(c, $"; NPS {s:0.0}") : string.Empty)}.</p>");
            if (topics.Count == 0)
            {
                continue;
            }

            if (journey.ScoreMetricId is not null)
            {
                html.AppendLine(Figure($"NPS impact by topic: {journeyName}", null, TopicImpactChart($"NPS impact by topic: {journeyName}", topics), wide: true));
            }

            html.AppendLine(c, $"<table><caption>Topics in the {Esc(journeyName)} journey</caption><tr><th scope=\"col\">Topic</th><th scope=\"col\">Comments</th><th scope=\"col\">Share</th><th scope=\"col\">NPS with</th><th scope=\"col\">NPS without</th><th scope=\"col\">Impact</th><th scope=\"col\">Examples</th></tr>");
            foreach (var t in topics)
            {
                var examples = string.Concat(t.Examples.Select(static e => $"<li>{Esc(e)}</li>"));
                html.AppendLine(c, $"<tr><th scope=\"row\">{Esc(t.Name)}</th><td>{t.Count}</td><td>{t.Share * 100:0.0}%</td><td>{TopicNumber(t.With, "0.0")}</td><td>{TopicNumber(t.Without, "0.0")}</td><td>{TopicNumber(t.Impact, "+0.0;-0.0;0.0")}</td><td><ul class=\"examples\">{examples}</ul></td></tr>");
            }

            html.AppendLine("</table>");
        }
    }

    /// <summary>Diverging horizontal bars of NPS impact per topic (as ordered), red costs and blue gains, labelled with the volume.</summary>
    private static string TopicImpactChart(string title, IReadOnlyList<TopicMeasure> topics)
    {
        const int width = 620, left = 170, right = 150, rowHeight = 26, top = 34;
        var height = top + (topics.Count * rowHeight) + 24;
        var max = Math.Max(1e-9, topics.Max(static t => Math.Abs(t.Impact ?? 0)));
        var zero = left + ((width - left - right) / 2.0);
        double X(double v) => zero + (v / max * ((width - left - right) / 2.0));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{Esc(title)}">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="10" y="18" class="title">{Esc(title)}</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(zero)}" x2="{N(zero)}" y1="{top}" y2="{height - 20}" stroke="#90a4ae"/>""");
        for (var i = 0; i < topics.Count; i++)
        {
            var t = topics[i];
            var impact = t.Impact ?? 0;
            var y = top + (i * rowHeight);
            var (x0, x1) = impact < 0 ? (X(impact), zero) : (zero, X(impact));
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left - 8}" y="{y + 15}" text-anchor="end">{Esc(t.Name)}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{N(x0)}" y="{y + 3}" width="{N(Math.Max(1, x1 - x0))}" height="16" fill="{(impact < 0 ? "#c62828" : "#1565c0")}" rx="2"><title>{Esc(t.Name)}: {impact:+0.0;-0.0;0.0} NPS points, {t.Count} comments</title></rect>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{width - right + 8}" y="{y + 15}" class="value">{impact:+0.0;-0.0;0.0} · {t.Count} ({t.Share * 100:0}%)</text>""");
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(zero)}" y="{height - 6}" class="axis" text-anchor="middle">NPS points (0 = no effect)</text>""");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string TopicNumber(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";
}
