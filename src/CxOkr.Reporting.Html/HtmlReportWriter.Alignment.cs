using System.Globalization;
using System.Text;
using CxOkr.Findings;
using static CxOkr.Reporting.Html.Svg;

namespace CxOkr.Reporting.Html;

/// <summary>The alignment findings, errors first, with the rule as a secondary hint.</summary>
internal static partial class HtmlReportWriter
{
    private static void AlignmentFindings(StringBuilder html, ProgrammeReport report)
    {
        var a = report.Alignment;
        html.AppendLine(CultureInfo.InvariantCulture, $"<h2>Alignment</h2><p>{a.Errors} error{(a.Errors == 1 ? string.Empty : "s")}, {a.Warnings} warning{(a.Warnings == 1 ? string.Empty : "s")}, {a.Infos} for information.</p>");
        if (a.Findings.Count == 0)
        {
            return;
        }

        html.AppendLine(Table("Alignment findings, errors first", "Severity", "Finding", "Rule"));
        foreach (var f in a.Findings.OrderBy(static f => f.Severity))
        {
            var (css, word) = f.Severity switch
            {
                FindingSeverity.Error => ("error", "Error"),
                FindingSeverity.Warning => ("warning", "Warning"),
                _ => ("info", "Info"),
            };
            html.AppendLine(CultureInfo.InvariantCulture, $"<tr><td class=\"{css}\">{word}</td><td>{Esc(f.Message)}</td><td class=\"id\">{Esc(f.Rule)}</td></tr>");
        }

        html.AppendLine(EndTable);
    }
}
