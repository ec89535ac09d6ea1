using System.Globalization;
using System.Text;
using CxOkr.Drivers;
using CxOkr.Measures;
using static CxOkr.Reporting.Html.Svg;

namespace CxOkr.Reporting.Html;

internal static partial class HtmlReportWriter
{
    /// <summary>The report's "What changed" table and the Kano charts (docs/comparisons.md).</summary>
    private static void WeeklyStatistics(StringBuilder html, ProgrammeReport report)
    {
        WhatChanged(html, report);
        KanoCharts(html, report);
    }

    private static void WhatChanged(StringBuilder html, ProgrammeReport report)
    {
        html.AppendLine("<h2>What changed</h2><p class=\"note\">Each survey metric's last month against the month before, and segments against each other over the last month; only differences whose Holm-adjusted p is below 0.05 are listed, with their 95% intervals (NPS, top-box and proportions in points, z tests; means by Welch's t test).</p>");
        var rows = new List<string>();
        foreach (var change in report.Changes)
        {
            var name = change.JourneyId is null ? change.Metric.Name : $"{change.Metric.Name} ({Names(report).JourneyName(change.JourneyId)})";
            foreach (var pair in change.Periods?.Comparisons.Where(static p => p.Significant) ?? [])
            {
                rows.Add(Row(name, "month", pair));
            }

            foreach (var segments in change.Segments)
            {
                foreach (var pair in segments.Comparisons.Comparisons.Where(static p => p.Significant))
                {
                    rows.Add(Row(name, $"{segments.Attribute}, {segments.Period}", pair));
                }
            }
        }

        if (rows.Count == 0)
        {
            html.AppendLine("<p>No difference survives the adjustment.</p>");
            return;
        }

        html.AppendLine(Table("Significant differences (Holm-adjusted p below 0.05)", "Metric", "Compared by", "First", "Second", "Difference", "95% interval", "Adjusted p"));
        foreach (var row in rows)
        {
            html.AppendLine(row);
        }

        html.AppendLine(EndTable);

        static string Row(string metric, string by, GroupComparison pair)
        {
            var c = pair.Comparison;
            var p = pair.AdjustedP < 0.0001 ? "&lt;0.0001" : pair.AdjustedP.ToString("0.0000", CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"<tr><td>{Esc(metric)}</td><td>{Esc(by)}</td><td>{Esc(pair.First)}</td><td>{Esc(pair.Second)}</td><td>{c.Difference:+0.##;-0.##;0}</td><td>[{c.Lower:0.##}, {c.Upper:0.##}]</td><td>{p}</td></tr>");
        }
    }

    private static void KanoCharts(StringBuilder html, ProgrammeReport report)
    {
        if (report.Dissatisfiers.Count == 0)
        {
            return;
        }

        html.AppendLine("<h2>Key dissatisfiers and delighters</h2><p class=\"note\">Penalty-reward contrast: how much failing on a driver lowers the outcome (penalty, x) against how much delighting raises it (reward, y); a filled point has the category its significant effects (p &lt; 0.05) give.</p><div class=\"charts\">");
        foreach (var analysis in report.Dissatisfiers)
        {
            var points = analysis.Result.Drivers
                .Where(static d => d.Penalty is not null && d.Reward is not null)
                .Select(static d => (d.Name, Penalty: -d.Penalty!.Value, Reward: d.Reward!.Value, d.Category))
                .ToList();
            if (points.Count > 0)
            {
                var outcome = Names(report).MetricName(analysis.OutcomeMetricId);
                var named = points.Select(p => (Names(report).MetricName(p.Name), p.Penalty, p.Reward, p.Category)).ToList();
                html.AppendLine(Figure($"Kano: {outcome} in the {Names(report).JourneyName(analysis.JourneyId)} journey", null, KanoChart($"Kano chart of the drivers of {outcome}", named)));
            }
        }

        html.AppendLine("</div>");
    }

    /// <summary>Penalty (size of the drop when failing, x) against reward (y), quadrants labelled by Kano category.</summary>
    private static string KanoChart(string title, IReadOnlyList<(string Name, double Penalty, double Reward, KanoCategory Category)> points)
    {
        const int width = ChartWidth, height = 380, left = 30, right = 10, top = 10, bottom = 30;
        var maxX = Math.Max(0.1, points.Max(static p => Math.Abs(p.Penalty))) * 1.2;
        var maxY = Math.Max(0.1, points.Max(static p => Math.Abs(p.Reward))) * 1.2;
        var midX = left + ((width - left - right) / 2.0);
        var midY = top + ((height - top - bottom) / 2.0);
        double X(double v) => midX + (v / maxX * (width - left - right) / 2);
        double Y(double v) => midY - (v / maxY * (height - top - bottom) / 2);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="{Esc(title)}">""");
        text.Append(CultureInfo.InvariantCulture, $"""<rect x="{left}" y="{top}" width="{width - left - right}" height="{height - top - bottom}" fill="none" stroke="#90a4ae"/>""");
        text.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(midX)}" x2="{N(midX)}" y1="{top}" y2="{height - bottom}" stroke="#607d8b" stroke-dasharray="4 3"/><line x1="{left}" x2="{width - right}" y1="{N(midY)}" y2="{N(midY)}" stroke="#607d8b" stroke-dasharray="4 3"/>""");
        text.Append(CultureInfo.InvariantCulture, $"""<text x="{width - right - 6}" y="{top + 16}" text-anchor="end" class="quadrant">performance</text><text x="{width - right - 6}" y="{height - bottom - 8}" text-anchor="end" class="quadrant focus">basic</text>""");
        text.Append(CultureInfo.InvariantCulture, $"""<text x="{left + 6}" y="{top + 16}" class="quadrant">delighter</text><text x="{left + 6}" y="{height - bottom - 8}" class="quadrant">indifferent</text>""");
        text.Append(CultureInfo.InvariantCulture, $"""<text x="{(left + width - right) / 2}" y="{height - 8}" text-anchor="middle" class="axis">penalty: drop when failing →</text>""");
        text.Append(CultureInfo.InvariantCulture, $"""<text x="16" y="{(top + height - bottom) / 2}" text-anchor="middle" class="axis" transform="rotate(-90 16 {(top + height - bottom) / 2})">reward: rise when delighting →</text>""");
        var placer = new LabelPlacer(left, top, width - right, height - bottom);
        placer.Reserve(width - right - 120, top, 120, 22);
        placer.Reserve(width - right - 60, height - bottom - 22, 60, 22);
        placer.Reserve(left, top, 90, 22);
        placer.Reserve(left, height - bottom - 22, 100, 22);
        foreach (var (_, penalty, reward, _) in points)
        {
            placer.Reserve(X(penalty) - 5, Y(reward) - 5, 10, 10);
        }

        foreach (var (name, penalty, reward, category) in points)
        {
            var fill = category == KanoCategory.Indifferent ? "none" : Blue;
            text.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(X(penalty))}" cy="{N(Y(reward))}" r="5" fill="{fill}" stroke="{Blue}"><title>{Esc(name)}: penalty {N(-penalty)}, reward {N(reward)}, {category.ToString().ToLowerInvariant()}</title></circle>""");
            var label = Shorten(name, 22);
            if (placer.Place(X(penalty), Y(reward), LabelPlacer.Width(label, 14), 17) is { } spot)
            {
                if (spot.Moved)
                {
                    text.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(X(penalty))}" y1="{N(Y(reward))}" x2="{N(spot.AnchorX)}" y2="{N(spot.AnchorY)}" stroke="{Grey}" stroke-width="1"/>""");
                }

                text.Append(CultureInfo.InvariantCulture, $"""<text x="{N(spot.X)}" y="{N(spot.Y + 13)}" class="label">{Esc(label)}<title>{Esc(name)}</title></text>""");
            }
        }

        text.Append("</svg>");
        return text.ToString();
    }
}
