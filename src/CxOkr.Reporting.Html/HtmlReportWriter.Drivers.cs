using System.Globalization;
using System.Text;
using CxOkr.Drivers;
using CxOkr.Journeys;
using static CxOkr.Reporting.Html.Svg;

namespace CxOkr.Reporting.Html;

/// <summary>Key drivers per journey outcome: importance bars with bootstrap whiskers and the priority matrix with its legend.</summary>
internal static partial class HtmlReportWriter
{
    private const string QuadrantLegend = """
        <dl class="quadrants"><dt>Focus</dt><dd>important and performing below the split: improve these first</dd><dt>Maintain</dt><dd>important and performing well: keep them there</dd><dt>Promote</dt><dd>performing well but matters less: a strength to talk about</dd><dt>Monitor</dt><dd>matters less and performs below the split: watch, act later</dd></dl>
        """;

    private static void KeyDrivers(StringBuilder html, ProgrammeReport report)
    {
        if (report.Drivers.Count == 0)
        {
            return;
        }

        var names = Names(report);
        html.AppendLine("<h2>Key drivers</h2>");
        foreach (var analysis in report.Drivers)
        {
            var r = analysis.Result;
            var outcome = names.MetricName(analysis.OutcomeMetricId);
            var journey = names.JourneyName(analysis.JourneyId);
            html.AppendLine(CultureInfo.InvariantCulture, $"<h3>{Named(outcome, analysis.OutcomeMetricId)} in the {Named(journey, analysis.JourneyId)} journey</h3><p class=\"note\">The drivers explain R² {r.RSquared.ToString("0.00", CultureInfo.InvariantCulture)} of the outcome over {r.NUsed} responses (effective n {r.EffectiveN.ToString("0", CultureInfo.InvariantCulture)}); importance is each driver's Shapley share of R²{(r.ShapleyExact ? " (exact)" : string.Empty)}.</p><div class=\"charts\">");
            var intervals = analysis.Bootstrap?.Drivers.ToDictionary(static d => d.Name, static d => d.Interval("shapleyShare"), StringComparer.Ordinal);
            var bars = DriverOrder.Sort(r.Drivers)
                .Select(d => intervals is not null && intervals.TryGetValue(d.Name, out var i) ? (names.MetricName(d.Name), d.ShapleyShare, (double?)i.PercentileLower, (double?)i.PercentileUpper) : (names.MetricName(d.Name), d.ShapleyShare, null, null))
                .ToList();
            var whiskers = analysis.Bootstrap is { } b ? $"Whiskers: {b.Confidence * 100:0}% percentile intervals from {b.Replicates} bootstrap resamples of the respondents (seed {b.Seed})." : null;
            html.AppendLine(Figure($"Importance: {outcome}", whiskers is null ? null : Esc(whiskers), ImportanceChart($"Importance of each driver of {outcome}", bars)));

            var lower = r.Drivers.Where(d => names.Metric(d.Name)?.BetterWhen == BetterWhen.Lower).Select(d => names.MetricName(d.Name)).ToList();
            var points = r.Drivers.Select(d =>
            {
                var name = names.MetricName(d.Name);
                var reversed = names.Metric(d.Name)?.BetterWhen == BetterWhen.Lower ? ", lower is better so the scale is reversed" : string.Empty;
                return (name, d.ShapleyShare, d.Performance, $"{name}: importance {d.ShapleyShare * 100:0.0}%, performance {d.Performance:0} of 100{reversed}; {d.Quadrant}");
            }).ToList();
            var split = $"Dashed lines: importance split at {r.ImportanceThreshold * 100:0.#}% and performance at {r.PerformanceThreshold:0.#} (by default the mean share, 1 ÷ {r.Drivers.Count} drivers, and the drivers' mean performance). Performance is the rescaled mean rating (0 worst, 100 best)"
                + (lower.Count == 0 ? "." : $"; for {string.Join(", ", lower)} lower values are better, so their scale is reversed.");
            html.AppendLine(Figure($"Priority matrix: {outcome}", Esc(split), QuadrantChart($"Priority matrix of the drivers of {outcome}", points, r.ImportanceThreshold, r.PerformanceThreshold), QuadrantLegend));
            html.AppendLine("</div>");
        }
    }
}
