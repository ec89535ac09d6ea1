using System.Globalization;
using System.Text;
using CxOkr.Journeys;
using CxOkr.Linkage;
using static CxOkr.Reporting.Html.Svg;

namespace CxOkr.Reporting.Html;

/// <summary>The tier-linkage section: a left-to-right diagram of the tiers per target and the ranking table.</summary>
internal static partial class HtmlReportWriter
{
    private const int LinkageWidth = 820;
    private const int LinkageRow = 30;
    private const int LinkageNodeWidth = 150;

    private static void Linkage(StringBuilder html, ProgrammeReport report)
    {
        if (report.Linkage.Count == 0)
        {
            return;
        }

        html.AppendLine("<h2>Tier linkage</h2><p class=\"note\">Each arrow is a metric link estimated by regression on the respondents who answered both ends (piecewise path analysis); its label is the coefficient (change per unit of the upstream metric), its width the standardised strength, blue positive and red negative. Links whose upstream metric has no data are left out and listed.</p>");
        var tiers = report.Workspace.Metrics.DistinctBy(static m => m.Id, StringComparer.Ordinal).ToDictionary(static m => m.Id, static m => m.Tier, StringComparer.Ordinal);
        foreach (var result in report.Linkage)
        {
            var target = Names(report).MetricName(result.Target);
            html.AppendLine(CultureInfo.InvariantCulture, $"<h3>Into {Named(target, result.Target)}</h3>");
            html.AppendLine(Figure($"Links into {target}", null, LinkageDiagram(result, tiers, Names(report)), wide: true));
            LinkageRanking(html, result, Names(report));
            if (result.Unmeasured.Count > 0)
            {
                html.AppendLine(CultureInfo.InvariantCulture, $"<p class=\"note\">Left out (no data for the upstream metric): {Esc(string.Join(", ", result.Unmeasured.Select(static l => $"{l.From} → {l.To}")))}.</p>");
            }
        }
    }

    private static string LinkageDiagram(LinkageResult result, Dictionary<string, MetricTier> tiers, ReportNames names)
    {
        var nodes = result.Effects.Select(static e => (e.MetricId, e.Tier)).Append((MetricId: result.Target, Tier: tiers.GetValueOrDefault(result.Target, MetricTier.Relationship))).ToList();
        var columns = new[] { MetricTier.Interaction, MetricTier.Journey, MetricTier.Relationship };
        var columnX = new[] { 20, 335, 650 };
        var position = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        var rows = 0;
        foreach (var (tier, x) in columns.Zip(columnX))
        {
            var inTier = nodes.Where(n => n.Tier == tier).ToList();
            for (var i = 0; i < inTier.Count; i++)
            {
                position[inTier[i].MetricId] = (x, 50 + (i * LinkageRow));
            }

            rows = Math.Max(rows, inTier.Count);
        }

        var height = 70 + (rows * LinkageRow);
        var links = result.Equations.SelectMany(static e => e.Terms.Select(t => (From: t.MetricId, To: e.MetricId, t.Coefficient, t.StandardizedCoefficient))).ToList();
        var strongest = links.Select(static l => Math.Abs(l.StandardizedCoefficient)).DefaultIfEmpty(0).Max();
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" width=\"{LinkageWidth}\" height=\"{height}\" viewBox=\"0 0 {LinkageWidth} {height}\" role=\"img\" aria-label=\"Tier linkage into {Esc(names.MetricName(result.Target))}\">");
        foreach (var (tier, x) in columns.Zip(columnX))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{x}\" y=\"40\">{JsonNamesOf(tier)}</text>");
        }

        // Node boxes first, so no coefficient label is put on a node; then each label where it overlaps nothing placed.
        var placed = position.Values.Select(static p => (p.X, p.Y, X2: p.X + LinkageNodeWidth, Y2: p.Y + 20.0)).ToList();
        foreach (var link in links)
        {
            var (fx, fy) = position[link.From];
            var (tx, ty) = position[link.To];
            var width = strongest > 0 ? 1 + (7 * Math.Abs(link.StandardizedCoefficient) / strongest) : 1;
            var colour = link.Coefficient < 0 ? "#c62828" : "#1565c0";
            var (x1, y1, x2, y2) = (fx + LinkageNodeWidth, fy + 10, tx, ty + 10);
            var path = fx == tx
                ? $"M{N(fx + LinkageNodeWidth)},{N(y1)} C{N(fx + LinkageNodeWidth + 60)},{N(y1)} {N(fx + LinkageNodeWidth + 60)},{N(y2)} {N(fx + LinkageNodeWidth)},{N(y2)}"
                : $"M{N(x1)},{N(y1)} C{N((x1 + x2) / 2)},{N(y1)} {N((x1 + x2) / 2)},{N(y2)} {N(x2)},{N(y2)}";
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-opacity=\"0.75\" stroke-width=\"{N(width)}\"><title>{Esc(names.MetricName(link.From))} → {Esc(names.MetricName(link.To))}: {link.Coefficient:G4} (standardised {link.StandardizedCoefficient:0.00})</title></path>");
            var text = link.Coefficient.ToString("G3", CultureInfo.InvariantCulture);
            var (lx, ly) = fx == tx ? (fx + LinkageNodeWidth + 48, (y1 + y2) / 2) : PlaceLinkLabel(x1, y1, x2, y2, text.Length, placed);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{N(lx)}\" y=\"{N(ly)}\">{text}</text>");
        }

        foreach (var (id, (x, y)) in position)
        {
            var fill = id == result.Target ? "#263238" : "#eceff1";
            var text = id == result.Target ? "#fff" : "#263238";
            var label = Shorten(names.MetricName(id), 19);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{N(y)}\" width=\"{LinkageNodeWidth}\" height=\"20\" rx=\"4\" fill=\"{fill}\"/><text class=\"label\" x=\"{x + 6}\" y=\"{N(y + 14)}\" style=\"fill:{text}\">{Esc(label)}<title>{Esc(names.MetricName(id))} ({Esc(id)})</title></text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>
    /// A point on the link's curve (the cubic from (x1, y1) to (x2, y2) with both control points at the middle x)
    /// for its coefficient label: the first of a few positions along the curve whose box (about 8 units a
    /// character, 14 high, the text's baseline at the point) overlaps no node and no label placed before; the
    /// box is then taken.
    /// </summary>
    private static (double X, double Y) PlaceLinkLabel(double x1, double y1, double x2, double y2, int characters, List<(double X, double Y, double X2, double Y2)> placed)
    {
        var middle = (x1 + x2) / 2;
        var width = (characters * 8.0) + 4;
        (double X, double Y) At(double t)
        {
            var u = 1 - t;
            var x = (u * u * u * x1) + (3 * u * u * t * middle) + (3 * u * t * t * middle) + (t * t * t * x2);
            var y = (u * u * u * y1) + (3 * u * u * t * y1) + (3 * u * t * t * y2) + (t * t * t * y2);
            return (x - (width / 2), y - 3);
        }

        bool Free((double X, double Y) p) => !placed.Any(b => p.X < b.X2 && p.X + width > b.X && p.Y - 12 < b.Y2 && p.Y + 2 > b.Y);
        (double X, double Y)? chosen = null;
        foreach (var t in (ReadOnlySpan<double>)[0.3, 0.22, 0.38, 0.15, 0.46, 0.55, 0.62, 0.7, 0.1])
        {
            if (Free(At(t)))
            {
                chosen = At(t);
                break;
            }
        }

        // Every position taken: stack the label below the lowest box that blocks the first one.
        var label = chosen ?? At(0.3);
        while (!Free(label))
        {
            label = (label.X, label.Y + 14);
        }

        placed.Add((label.X, label.Y - 12, label.X + width, label.Y + 2));
        return label;
    }

    private static void LinkageRanking(StringBuilder html, LinkageResult result, ReportNames names)
    {
        var interval = result.Bootstrap is { } b ? $"{b.Confidence * 100:0}% BCa interval of the total ({b.Replicates} resamples)" : null;
        string[] headers = interval is null ? ["#", "Interaction metric", "Total effect", "Standardised", "Direct", "Through"] : ["#", "Interaction metric", "Total effect", "Standardised", interval, "Direct", "Through"];
        html.AppendLine(Table($"Interaction metrics ranked by their total effect on {names.MetricName(result.Target)}", headers));
        var rank = 0;
        foreach (var e in result.Ranking())
        {
            var through = string.Join("; ", e.Paths.Where(static p => p.Count > 2).Select(p => string.Join(" → ", p.Skip(1).SkipLast(1).Select(names.MetricName))));
            var bounds = e.TotalInterval is { } i ? $"<td>[{i.BcaLower:G3}, {i.BcaUpper:G3}]</td>" : (interval is null ? string.Empty : "<td></td>");
            html.AppendLine(CultureInfo.InvariantCulture, $"<tr><td>{++rank}</td><td>{Named(names.MetricName(e.MetricId), e.MetricId)}</td><td>{e.Total:G3}</td><td>{e.StandardizedTotal:0.000}</td>{bounds}<td>{e.Direct:G3}</td><td>{Esc(through)}</td></tr>");
        }

        html.AppendLine(EndTable);
        var fits = string.Join("; ", result.Equations.Select(e => $"{names.MetricName(e.MetricId)}: R² {e.RSquared.ToString("0.000", CultureInfo.InvariantCulture)}, n {e.NUsed}"));
        html.AppendLine(CultureInfo.InvariantCulture, $"<p class=\"note\">Equations: {Esc(fits)}{(result.Weight is null ? string.Empty : " (weighted)")}.</p>");
    }

    private static string JsonNamesOf(MetricTier tier) => tier switch
    {
        MetricTier.Interaction => "Interaction",
        MetricTier.Journey => "Journey",
        _ => "Relationship",
    };
}
