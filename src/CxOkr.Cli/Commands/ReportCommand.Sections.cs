using System.Globalization;
using System.Text;
using CxOkr.Reporting;

namespace CxOkr.Cli.Commands;

/// <summary>The terminal summary of the report's newer sections: tier linkage, drivers of behaviour (logit) and topics.</summary>
internal static partial class ReportCommand
{
    internal static void SummaryOfNewSections(StringBuilder text, ProgrammeReport report)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var linkage in report.Linkage)
        {
            text.AppendLine();
            var equations = string.Join("; ", linkage.Equations.Select(e => string.Create(c, $"{e.MetricId} R² {e.RSquared:0.000}, n {e.NUsed}")));
            text.AppendLine(c, $"Tier linkage into {Printable(linkage.Target)} ({equations}): total effect per unit");
            foreach (var effect in linkage.Ranking().Take(5))
            {
                var interval = effect.TotalInterval is { } i ? string.Create(c, $"[{i.BcaLower:G3}, {i.BcaUpper:G3}]") : string.Empty;
                text.AppendLine(c, $"  {Printable(effect.MetricId),-22} {effect.Total,8:G3} {interval,-20} standardised {effect.StandardizedTotal:0.000}");
            }
        }

        foreach (var analysis in report.OutcomeDrivers)
        {
            var r = analysis.Result;
            text.AppendLine();
            text.AppendLine(c, $"Drivers of {Printable(analysis.OutcomeMetricId)} ({Printable(analysis.JourneyId)}, logit): McFadden R² {r.PseudoRSquared.McFadden:0.000}, n {r.NUsed}");
            foreach (var d in r.Drivers.OrderByDescending(static d => d.ShapleyShare).Take(5))
            {
                text.AppendLine(c, $"  {Printable(d.Name),-22} {d.ShapleyShare * 100,5:0.0}%  odds ratio {d.OddsRatio,6:0.00}  p {d.P:G2}");
            }
        }

        foreach (var topics in report.Topics)
        {
            var a = topics.Analysis;
            text.AppendLine();
            text.AppendLine(c, $"Topics in {Printable(topics.JourneyId)}: {a.NWithText} comments of {a.NResponses} responses, {a.Untagged} untagged");
            foreach (var t in a.Topics.Where(static t => t.Count > 0).OrderBy(static t => t.Impact ?? 0).Take(5))
            {
                var impact = t.Impact is { } i ? i.ToString("+0.0;-0.0;0.0", c) + " NPS" : string.Empty;
                text.AppendLine(c, $"  {Printable(t.Name),-22} {t.Count,5} ({t.Share * 100:0.0}%) {impact}");
            }
        }
    }

    /// <summary>User text for a terminal: control characters (which could move the cursor or recolour the screen) become spaces.</summary>
    private static string Printable(string text) => string.Concat(text.Select(static ch => char.IsControl(ch) ? ' ' : ch));
}
