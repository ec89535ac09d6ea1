using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CxOkr.Okrs;
using static CxOkr.Reporting.Html.Svg;

namespace CxOkr.Reporting.Html;

/// <summary>
/// Renders a <see cref="ProgrammeReport"/> as one self-contained HTML file (inline CSS and SVG, no scripts). Each
/// section is a method <c>Name(StringBuilder html, ProgrammeReport report)</c> in its own partial file
/// <c>HtmlReportWriter.&lt;Section&gt;.cs</c> that starts with an <c>&lt;h2&gt;</c>; <see cref="Write"/> wraps it in a
/// <c>&lt;section&gt;</c> and lists it in the table of contents. Shared helpers: <see cref="Names"/> (workspace names),
/// <see cref="Badge"/> (a status with its reason), <see cref="Figure"/> (a chart with its caption), <see cref="Table"/>.
/// </summary>
internal static partial class HtmlReportWriter
{
    // Colours are chosen for WCAG 2.1 AA: every text colour on its background has a contrast of at least 4.5:1.
    private const string Css = """
        :root{--ink:#263238;--muted:#546e7a;--line:#cfd8dc;--achieved:#1b5e20;--ontrack:#2e7d32;--atrisk:#b45309;--offtrack:#c62828;--none:#546e7a}
        *{box-sizing:border-box}html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1240px;color:var(--ink);background:#fff;padding:1rem;line-height:1.45;font-size:16px;overflow-wrap:anywhere}
        h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.3rem;border-bottom:2px solid #eceff1;padding-bottom:.3rem;margin-top:2rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
        .sub,.note{color:var(--muted)}.note{font-size:.875rem}.id{color:var(--muted);font-size:.75rem}
        nav.toc{background:#f5f7f8;border-radius:8px;padding:.5rem 1rem;margin:1rem 0}nav.toc ol{margin:.3rem 0;padding-left:1.2rem;columns:2 12rem}nav.toc a{color:#0d47a1}
        .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(128px,1fr));gap:.6rem;margin:1rem 0}
        .tile{background:#f5f7f8;border-radius:8px;padding:.6rem .8rem;border-left:6px solid var(--line)}.tile b{display:block;font-size:1.5rem;line-height:1.2}
        .tile.st-achieved{border-color:var(--achieved)}.tile.st-ontrack{border-color:var(--ontrack)}.tile.st-atrisk{border-color:var(--atrisk)}.tile.st-offtrack{border-color:var(--offtrack)}.tile.st-none{border-color:var(--none)}
        .highlights{background:#e8f5e9;border-radius:8px;padding:.6rem 1rem;margin:1rem 0}.highlights h2{border:0;margin:.2rem 0;font-size:1.15rem}.highlights ul{margin:.2rem 0;padding-left:1.2rem}
        ul.tree,ul.tree ul{list-style:none;padding-left:1.1rem;margin:0}ul.tree{padding-left:0}
        .obj{border-left:6px solid var(--none);background:#fafafa;margin:.5rem 0;padding:.5rem .7rem;border-radius:4px;break-inside:avoid}
        .obj.st-achieved{border-color:var(--achieved)}.obj.st-ontrack{border-color:var(--ontrack)}.obj.st-atrisk{border-color:var(--atrisk)}.obj.st-offtrack{border-color:var(--offtrack)}
        .obj.loop{border-style:dashed}.loopmark{color:#8e0000;font-weight:600;font-size:.875rem}
        .head{display:flex;flex-wrap:wrap;gap:.2rem .6rem;align-items:baseline}.head .t{font-weight:600;flex:1 1 14rem}
        .kr{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem .6rem;font-size:.92rem;margin:.45rem 0 .2rem;padding-top:.35rem;border-top:1px solid #eceff1}
        .kr .t{flex:1 1 16rem;min-width:0}.kr .bar,.kr .spark{flex:none}
        .badge{display:inline-block;border-radius:10px;padding:0 .55rem;font-size:.8rem;font-weight:600;color:#fff;background:var(--none);white-space:nowrap}
        .badge.st-achieved{background:var(--achieved)}.badge.st-ontrack{background:var(--ontrack)}.badge.st-atrisk{background:var(--atrisk)}.badge.st-offtrack{background:var(--offtrack)}
        .why{display:block;color:#37474f;font-size:.85rem}.stale{color:var(--atrisk);font-weight:600;font-size:.8rem}
        .prob{display:inline-block;min-width:3.2rem;text-align:center;border-radius:10px;padding:0 .4rem;font-size:.8rem;font-weight:600;color:#fff}
        .tablewrap{overflow-x:auto;max-width:100%}
        table{border-collapse:collapse;width:100%;font-size:.9rem}caption{text-align:left;color:var(--muted);font-size:.875rem;padding:.2rem 0}
        td,th{border-bottom:1px solid #eceff1;padding:.3rem .4rem;text-align:left;vertical-align:top}th{font-weight:600}
        .error{color:#b71c1c;font-weight:600}.warning{color:#8a4a00;font-weight:600}.info{color:#0d47a1}
        figure{margin:0;break-inside:avoid;page-break-inside:avoid;min-width:0}figcaption{font-weight:600;font-size:.95rem;margin:.2rem 0}figcaption .note{display:block;font-weight:400}
        .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,420px),1fr));gap:1rem 1.2rem;margin:.5rem 0}
        svg.chart{display:block;width:100%;height:auto;max-width:540px;background:#fff;border:1px solid #eceff1;border-radius:6px}
        .scroll{overflow-x:auto;max-width:100%}.scroll svg.chart{width:auto;max-width:none}
        svg text{font-size:14px;fill:#37474f}svg .axis{font-size:14px;fill:#546e7a}svg .value{font-size:14px;font-weight:600}svg .label{font-size:14px}
        svg .quadrant{font-size:14px;fill:#546e7a;font-weight:600}svg .focus{fill:#b71c1c}svg .title{font-size:15px;font-weight:600}
        .legend{list-style:none;padding:0;margin:.3rem 0;font-size:.875rem;display:flex;flex-wrap:wrap;gap:.2rem 1rem}.legend li{display:flex;align-items:center;gap:.35rem}
        .swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:2px}.dash{display:inline-block;width:1.4rem;border-top:2px dashed #c62828}
        dl.quadrants{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;font-size:.875rem;margin:.4rem 0}dl.quadrants dt{font-weight:600}dl.quadrants dd{margin:0}
        @media (max-width:600px){body{padding:.6rem}h1{font-size:1.35rem}h2{font-size:1.15rem}.kr .t{flex-basis:100%}nav.toc ol{columns:1}}
        @media print{@page{size:A4;margin:14mm}body{max-width:none;padding:0;font-size:11pt}nav.toc{display:none}.charts{display:block}figure,.obj,table,tr{break-inside:avoid;page-break-inside:avoid}svg.chart{max-width:100%;width:100%}.scroll{overflow:visible}.scroll svg.chart{width:100%}h2,h3{break-after:avoid}a{color:inherit;text-decoration:none}}
        """;

    public static string Write(ProgrammeReport report, HtmlReportOptions options)
    {
        var body = new StringBuilder();
        var toc = new List<(string Id, string Title)>();
        void Section(string id, Action<StringBuilder, ProgrammeReport> write)
        {
            var part = new StringBuilder();
            write(part, report);
            if (part.Length == 0)
            {
                return;
            }

            var text = part.ToString();
            if (HeadingPattern().Match(text) is { Success: true } heading)
            {
                toc.Add((id, System.Net.WebUtility.HtmlDecode(TagPattern().Replace(heading.Groups[1].Value, string.Empty))));
            }

            body.AppendLine(CultureInfo.InvariantCulture, $"<section id=\"{id}\">").Append(text).AppendLine("</section>");
        }

        Section("highlights", Highlights);
        Section("okr-tree", OkrTree);
        Section("achievements", (h, r) => Achievements(h, r, options));
        Section("alignment", AlignmentFindings);
        Section("metrics", MetricTrends);
        Section("drivers", KeyDrivers);
        Section("churn", OutcomeDrivers);
        Section("changes", WeeklyStatistics);
        Section("linkage", Linkage);
        Section("topics", Topics);
        Section("notes", Notes);

        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine(CultureInfo.InvariantCulture, $"<title>{Esc(options.Title)}, {Date(report.AsOf)}</title><style>{Css}</style></head><body>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<header><h1>{Esc(options.Title)}</h1><p class=\"sub\">As of {LongDate(report.AsOf)}{PeriodsLeft(report)} · generated by CxOkr.Core</p></header>");
        Summary(html, report);
        html.AppendLine("<nav class=\"toc\" aria-label=\"Contents\"><b>Contents</b><ol>");
        foreach (var (id, title) in toc)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<li><a href=\"#{id}\">{Esc(title)}</a></li>");
        }

        html.AppendLine("</ol></nav><main>");
        html.Append(body);
        html.AppendLine("</main></body></html>");
        return html.ToString();
    }

    [GeneratedRegex("<h2[^>]*>(.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    /// <summary>The periods that contain the as-of date, with the days left in each.</summary>
    private static string PeriodsLeft(ProgrammeReport report)
    {
        var used = new HashSet<string>(report.Scorecard.Objectives.Select(o => Names(report).Objective(o.ObjectiveId)?.PeriodId ?? string.Empty), StringComparer.Ordinal);
        var parts = report.Workspace.Periods
            .DistinctBy(static p => p.Id, StringComparer.Ordinal)
            .Where(p => used.Contains(p.Id) && p.Contains(report.AsOf))
            .Select(p => $"{p.Id}: {p.End.DayNumber - report.AsOf.DayNumber} days left (ends {LongDate(p.End)})")
            .ToList();
        return parts.Count == 0 ? string.Empty : " · " + Esc(string.Join("; ", parts));
    }

    /// <summary>Tiles: objectives by status (the colour of each is its status), then alignment errors and warnings.</summary>
    private static void Summary(StringBuilder html, ProgrammeReport report)
    {
        var objectives = report.Scorecard.Objectives;
        html.AppendLine("<div class=\"tiles\" role=\"list\" aria-label=\"Objectives by status\">");
        Tile(html, "st-none", objectives.Count.ToString(CultureInfo.InvariantCulture), "objectives");
        foreach (var status in new[] { OkrStatus.Achieved, OkrStatus.OnTrack, OkrStatus.AtRisk, OkrStatus.OffTrack })
        {
            Tile(html, StatusClass(status), objectives.Count(o => o.Status == status).ToString(CultureInfo.InvariantCulture), ReportWords.Status(status));
        }

        var unscored = objectives.Count(static o => o.Status is null);
        if (unscored > 0)
        {
            Tile(html, "st-none", unscored.ToString(CultureInfo.InvariantCulture), ReportWords.Status(null));
        }

        Tile(html, report.Alignment.Errors > 0 ? "st-offtrack" : "st-none", report.Alignment.Errors.ToString(CultureInfo.InvariantCulture), "alignment errors");
        Tile(html, report.Alignment.Warnings > 0 ? "st-atrisk" : "st-none", report.Alignment.Warnings.ToString(CultureInfo.InvariantCulture), "alignment warnings");
        html.AppendLine("</div>");
    }

    private static void Tile(StringBuilder html, string css, string value, string label) =>
        html.AppendLine(CultureInfo.InvariantCulture, $"<div class=\"tile {css}\" role=\"listitem\"><b>{Esc(value)}</b>{Esc(label)}</div>");

    private static void Notes(StringBuilder html, ProgrammeReport report)
    {
        if (report.Notes.Count == 0)
        {
            return;
        }

        html.AppendLine("<h2>Notes</h2><ul>");
        foreach (var note in report.Notes)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<li class=\"note\">{Esc(note)}</li>");
        }

        html.AppendLine("</ul>");
    }

    /// <summary>A chart with its caption (title and an optional note) and an optional legend, as one figure that is never cut by a page break.</summary>
    private static string Figure(string title, string? note, string svg, string? legend = null, bool wide = false) =>
        $"<figure><figcaption>{Esc(title)}{(note is null ? string.Empty : $"<span class=\"note\">{note}</span>")}</figcaption>{(wide ? $"<div class=\"scroll\">{svg}</div>" : svg)}{legend}</figure>";

    /// <summary>Opens a table with its caption and the column headers (scope col); close it with <c>&lt;/table&gt;&lt;/div&gt;</c>.</summary>
    private static string Table(string caption, params string[] headers) =>
        $"<div class=\"tablewrap\"><table><caption>{Esc(caption)}</caption><thead><tr>{string.Concat(headers.Select(static h => $"<th scope=\"col\">{Esc(h)}</th>"))}</tr></thead><tbody>";

    private const string EndTable = "</tbody></table></div>";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string LongDate(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
