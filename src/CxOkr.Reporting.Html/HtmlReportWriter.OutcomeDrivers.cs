using System.Globalization;
using System.Text;
using static CxOkr.Reporting.Html.Svg;

namespace CxOkr.Reporting.Html;

/// <summary>The churn (logit) key-driver section: per journey, what drives a behavioural 0/1 outcome.</summary>
internal static partial class HtmlReportWriter
{
    private static void OutcomeDrivers(StringBuilder html, ProgrammeReport report)
    {
        if (report.OutcomeDrivers.Count == 0)
        {
            return;
        }

        html.AppendLine("<h2>Drivers of behaviour (logit)</h2><p class=\"note\">A binary logistic model of the behavioural outcome (1 = it happened, e.g. the customer churned) on the journey's drivers. An odds ratio above 1 means a higher answer makes the outcome more likely; * p &lt; 0.05, ** p &lt; 0.01, *** p &lt; 0.001. Importance is each driver's Shapley share of McFadden's pseudo-R².</p>");
        var c = CultureInfo.InvariantCulture;
        var names = Names(report);
        foreach (var analysis in report.OutcomeDrivers)
        {
            var outcome = names.MetricName(analysis.OutcomeMetricId);
            var journey = names.JourneyName(analysis.JourneyId);
            var r = analysis.Result;
            var pseudo = r.PseudoRSquared;
            var method = r.ShapleyExact ? "exact" : $"sampled, {r.ShapleyPermutations} orderings";
            html.AppendLine(c, $"<h3>{Named(outcome, analysis.OutcomeMetricId)} in the {Esc(journey)} journey</h3><p class=\"note\">{r.NUsed} responses{(r.Weight is null ? string.Empty : " (weighted)")}; McFadden R² {pseudo.McFadden:0.000}, Nagelkerke R² {pseudo.Nagelkerke:0.000}; log-likelihood {r.LogLikelihood:0.0} against {r.NullLogLikelihood:0.0} for the intercept alone; Shapley values {method}.</p><div class=\"charts\">");
            var bars = r.Drivers.OrderByDescending(static d => d.ShapleyShare).ThenBy(static d => d.Name, StringComparer.Ordinal)
                .Select(static d => (d.Name, d.ShapleyShare, (double?)null, (double?)null)).ToList();
            html.AppendLine(Figure($"Importance: {outcome}", null, ImportanceChart($"Importance of each driver of {outcome}", bars.Select(b => (names.MetricName(b.Name), b.ShapleyShare, b.Item3, b.Item4)).ToList())));
            var points = r.Drivers.Select(d =>
            {
                var name = names.MetricName(d.Name);
                var reversed = names.Metric(d.Name)?.BetterWhen == Journeys.BetterWhen.Lower ? ", lower is better so the scale is reversed" : string.Empty;
                return (name, d.ShapleyShare, d.Performance, $"{name}: importance {d.ShapleyShare * 100:0.0}%, performance {d.Performance:0} of 100{reversed}; {d.Quadrant}");
            }).ToList();
            var split = $"Dashed lines: importance split at {r.ImportanceThreshold * 100:0.#}% and performance at {r.PerformanceThreshold:0.#}. Performance is the rescaled mean rating (0 worst, 100 best; reversed where lower is better).";
            html.AppendLine(Figure($"Priority matrix: {outcome}", Esc(split), QuadrantChart($"Priority matrix of the drivers of {outcome}", points, r.ImportanceThreshold, r.PerformanceThreshold), QuadrantLegend));
            html.AppendLine("</div>");
            html.AppendLine(c, $"<table><caption>Logistic model of {Esc(outcome)} ({Esc(journey)})</caption><tr><th scope=\"col\">Driver</th><th scope=\"col\">Coefficient</th><th scope=\"col\">Std. error</th><th scope=\"col\">Odds ratio</th><th scope=\"col\">p</th><th scope=\"col\">Shapley share</th></tr>");
            foreach (var d in bars.Select(b => r.Drivers.First(x => x.Name == b.Name)))
            {
                html.AppendLine(c, $"<tr><th scope=\"row\">{Named(names.MetricName(d.Name), d.Name)}</th><td>{d.Coefficient:0.000}</td><td>{d.StandardError:0.000}</td><td>{d.OddsRatio:0.00}</td><td>{OddsPValue(d.P)}{SignificanceStars(d.P)}</td><td>{d.ShapleyShare * 100:0.0}%</td></tr>");
            }

            html.AppendLine("</table>");
        }
    }

    private static string OddsPValue(double p) => p < 0.001 ? "&lt; 0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    private static string SignificanceStars(double p) => p < 0.001 ? " ***" : p < 0.01 ? " **" : p < 0.05 ? " *" : string.Empty;
}
