using System.Globalization;
using System.Text;
using CxOkr.Journeys;
using CxOkr.Okrs;
using static CxOkr.Reporting.Html.Svg;

namespace CxOkr.Reporting.Html;

/// <summary>CX metrics by month: a trend chart per metric with target lines and the partial month marked, and the NPS composition per month.</summary>
internal static partial class HtmlReportWriter
{
    private const string PassiveGrey = "#90a4ae";

    private static void MetricTrends(StringBuilder html, ProgrammeReport report)
    {
        if (report.Trends.Count == 0)
        {
            return;
        }

        var names = Names(report);
        html.AppendLine("<h2>CX metrics by month</h2><p class=\"note\">Shaded bands are 95% intervals; hollow points have a low effective sample; a shaded last month (marked *) is not over yet; dashed red lines are the targets of key results that measure the metric.</p><div class=\"charts\">");
        foreach (var trend in report.Trends)
        {
            var metric = trend.Metric;
            var unit = metric.Unit;
            string Format(double v) => ReportWords.Value(v, unit);
            var where = trend.JourneyId is null ? "all responses" : $"{names.JourneyName(trend.JourneyId)} journey";
            var points = trend.Months.Select(m =>
            {
                var partial = m.Start.AddMonths(1).AddDays(-1) > report.AsOf;
                var label = m.Start.ToString("MMM", CultureInfo.InvariantCulture) + (partial ? "*" : string.Empty);
                var r = m.Result;
                var interval = r.Lower is { } lo && r.Upper is { } hi ? $" (95% interval {Format(lo)} to {Format(hi)})" : string.Empty;
                return new TrendPoint(label, r.Value, r.Lower ?? r.Value, r.Upper ?? r.Value, r.LowSample, partial, $"{m.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}{(partial ? " so far" : string.Empty)}: {Format(r.Value)}{interval}, {r.N} responses");
            }).ToList();
            var targets = KeyResultsMeasuring(report, metric.Id).ToList();
            var axis = metric.Calculation == Calculation.Nps && unit is null ? "NPS (-100 to 100)" : unit is null ? metric.Calculation == Calculation.Mean ? "mean score" : "value" : $"in {unit}";
            var title = $"{metric.Name} · {where}";
            var note = new StringBuilder();
            if (trend.Months.Count > 0)
            {
                var last = trend.Months[^1];
                var partial = points[^1].Partial;
                note.Append(CultureInfo.InvariantCulture, $"Latest month ({last.Start.ToString("MMMM", CultureInfo.InvariantCulture)}{(partial ? $", partial: to {ShortDate(report.AsOf)}" : string.Empty)}): <b>{Esc(Format(last.Result.Value))}</b>. ");
            }

            note.Append(CultureInfo.InvariantCulture, $"All {trend.Overall.N} responses together (period total): {Esc(Format(trend.Overall.Value))}.");
            var legend = targets.Count == 0 ? null
                : "<ul class=\"legend\">" + string.Concat(targets.Select(t => $"<li><span class=\"dash\" aria-hidden=\"true\"></span>target {Esc(Format(t.Value))}: {Named(t.KeyResult.Title, t.KeyResult.Id)}</li>")) + "</ul>";
            html.AppendLine(Figure(title, note.ToString(), TrendChart($"{title}: {axis} by month", points, axis, targets.Select(static t => t.Value).ToList(), Format), legend));
            if (trend.Months.Count > 0 && trend.Months.All(static m => m.Result.Nps is not null))
            {
                var bars = trend.Months.Select(m =>
                {
                    var nps = m.Result.Nps!;
                    IReadOnlyList<double> shares = [nps.Detractors, nps.Passives, nps.Promoters];
                    return (m.Start.ToString("MMM", CultureInfo.InvariantCulture) + (m.Start.AddMonths(1).AddDays(-1) > report.AsOf ? "*" : string.Empty), shares,
                        $"{m.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}: detractors {ReportWords.Percent(nps.Detractors)} ({nps.DetractorCount}), passives {ReportWords.Percent(nps.Passives)} ({nps.PassiveCount}), promoters {ReportWords.Percent(nps.Promoters)} ({nps.PromoterCount})");
                }).ToList();
                var latest = trend.Months[^1].Result.Nps!;
                var compositionLegend = $"<ul class=\"legend\"><li><span class=\"swatch\" style=\"background:{Red}\" aria-hidden=\"true\"></span>detractors (0-6) {ReportWords.Percent(latest.Detractors)}</li><li><span class=\"swatch\" style=\"background:{PassiveGrey}\" aria-hidden=\"true\"></span>passives (7-8) {ReportWords.Percent(latest.Passives)}</li><li><span class=\"swatch\" style=\"background:{Green}\" aria-hidden=\"true\"></span>promoters (9-10) {ReportWords.Percent(latest.Promoters)}</li></ul>";
                html.AppendLine(Figure($"{metric.Name} composition · {where}", "Share of answers per month; the percentages are the latest month's.", StackedBars($"{metric.Name} composition by month", bars, [Red, PassiveGrey, Green]), compositionLegend));
            }
        }

        html.AppendLine("</div>");
    }

    /// <summary>The key results that measure a metric, with their target (Increase/Decrease) or threshold (AtLeast/AtMost).</summary>
    private static IEnumerable<(KeyResult KeyResult, double Value)> KeyResultsMeasuring(ProgrammeReport report, string metricId)
    {
        var scored = new HashSet<string>(report.Scorecard.Objectives.Select(static o => o.ObjectiveId), StringComparer.Ordinal);
        return report.Workspace.Objectives
            .Where(o => scored.Contains(o.Id))
            .SelectMany(static o => o.KeyResults)
            .Where(kr => kr.MetricId == metricId && (kr.Target ?? kr.Threshold) is not null)
            .DistinctBy(static kr => kr.Id, StringComparer.Ordinal)
            .Select(static kr => (kr, (kr.Target ?? kr.Threshold)!.Value));
    }
}
