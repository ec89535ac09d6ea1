using System.Globalization;
using System.Text;
using CxOkr.Alignment;
using CxOkr.Okrs;
using static CxOkr.Reporting.Html.Svg;

namespace CxOkr.Reporting.Html;

/// <summary>The OKR tree: objectives under their parents, each with its status and reason, its key results with bars, sparklines and values; objectives whose parents form a loop drawn flat beside the finding.</summary>
internal static partial class HtmlReportWriter
{
    private static void OkrTree(StringBuilder html, ProgrammeReport report)
    {
        html.AppendLine("<h2>OKR tree</h2><p class=\"note\">The colour and the badge are the status; hover a badge for its reason. Bars show each key result's score with a dark tick at the progress expected by now; the small line is its check-ins over the period, the dashed line its target.</p>");

        // The tree shows the objectives that were scored (a leniently read workspace may hold repeated ids or
        // unknown periods, which the report leaves out with a note), in the scorecard's order.
        var names = Names(report);
        var scores = report.Scorecard.Objectives;
        var objectives = scores.Select(s => names.Objective(s.ObjectiveId)!).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < objectives.Count; i++)
        {
            index.TryAdd(objectives[i].Id, i);
        }

        var children = new Dictionary<int, List<int>>();
        var roots = new List<int>();
        for (var i = 0; i < objectives.Count; i++)
        {
            if (TreeParent(objectives[i]) is { } p && index.TryGetValue(p, out var parent) && parent != i)
            {
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(i);
            }
            else
            {
                roots.Add(i);
            }
        }

        // Iterative pre-order walk from the roots; a visited set guards against alignment loops.
        var visited = new bool[objectives.Count];
        var stack = new Stack<(int Index, bool Close)>();
        html.AppendLine("<ul class=\"tree\">");
        foreach (var root in Enumerable.Reverse(roots))
        {
            stack.Push((root, false));
        }

        while (stack.Count > 0)
        {
            var (at, close) = stack.Pop();
            if (close)
            {
                html.AppendLine("</ul></li>");
                continue;
            }

            if (visited[at])
            {
                continue;
            }

            visited[at] = true;
            var kids = children.GetValueOrDefault(at) ?? [];
            html.Append("<li>");
            Objective(html, report, objectives[at], scores[at], kids.Select(k => scores[k]).ToList(), loop: null);
            html.AppendLine("<ul>");
            stack.Push((at, true));
            foreach (var kid in Enumerable.Reverse(kids))
            {
                stack.Push((kid, false));
            }
        }

        html.AppendLine("</ul>");

        // Objectives never reached from a root have parents that align to each other in a loop (issue 19):
        // drawn flat, marked, beside the alignment finding that names them.
        var unreached = Enumerable.Range(0, objectives.Count).Where(i => !visited[i]).ToList();
        if (unreached.Count > 0)
        {
            var loops = report.Alignment.Findings.Where(static f => f.Rule == AlignmentRuleIds.Cycle).ToList();
            html.AppendLine(CultureInfo.InvariantCulture, $"<h3>In a parent loop ({unreached.Count})</h3><p class=\"note\">These objectives align to each other in a loop, so none of them leads up to a top-level goal; they are shown flat until their parents are fixed.</p>");
            foreach (var finding in loops)
            {
                html.AppendLine(CultureInfo.InvariantCulture, $"<p class=\"error\" role=\"note\">Alignment error: {Esc(finding.Message)}</p>");
            }

            html.AppendLine("<ul class=\"tree loops\">");
            foreach (var i in unreached)
            {
                html.Append("<li>");
                var finding = loops.FirstOrDefault(f => f.Subjects.Contains(objectives[i].Id, StringComparer.Ordinal));
                Objective(html, report, objectives[i], scores[i], [], loop: finding?.Message ?? "its parents align to each other in a loop");
                html.AppendLine("</li>");
            }

            html.AppendLine("</ul>");
        }
    }

    /// <summary>Where an objective sits in the tree: its one parent, or the first of its parents.</summary>
    private static string? TreeParent(Objective objective) => objective.ParentId ?? objective.Parents.FirstOrDefault()?.ObjectiveId;

    private static void Objective(StringBuilder html, ProgrammeReport report, Objective objective, ObjectiveScore score, IReadOnlyList<ObjectiveScore> children, string? loop)
    {
        var names = Names(report);
        var reason = score.StatusReason ?? score.NoScoreReason ?? "not scored";
        var heldBack = HeldBack(report, objective, score, children);
        var hover = heldBack is null ? reason : $"{reason}; {heldBack}";
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"obj {StatusClass(score.Status)}{(loop is null ? string.Empty : " loop")}\"><div class=\"head\"><span class=\"t\">{Named(objective.Title, objective.Id)}</span>");
        html.Append(CultureInfo.InvariantCulture, $"<span class=\"note\">{Esc(names.UnitName(objective.UnitId))}</span>");
        html.Append(score.Score is { } value ? $"<span>score <b>{ReportWords.Percent(value)}</b> <span class=\"note\">(grade {ReportWords.Grade(score.Grade)})</span></span>" : "<span class=\"note\">no score</span>");
        html.Append(Badge(score.Status, hover));
        html.Append("</div>");
        if (loop is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"loopmark\" title=\"{Esc(loop)}\">⟲ in a parent loop</span> ");
        }

        html.Append(ObjectiveOutlook(score));
        html.Append(CultureInfo.InvariantCulture, $"<span class=\"why\">Why {ReportWords.Status(score.Status).ToLowerInvariant()}: {Esc(reason)}</span>");
        if (heldBack is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"why\">{Esc(char.ToUpperInvariant(heldBack[0]) + heldBack[1..])}</span>");
        }

        foreach (var (kr, krScore) in objective.KeyResults.Zip(score.KeyResults))
        {
            KeyResultRow(html, report, objective, kr, krScore);
        }

        html.AppendLine("</div>");
    }

    /// <summary>The roll-up made visible: which key result or aligned objective holds an objective below on track, or null when none does.</summary>
    private static string? HeldBack(ProgrammeReport report, Objective objective, ObjectiveScore score, IReadOnlyList<ObjectiveScore> children)
    {
        if (score.Status is null or OkrStatus.Achieved or OkrStatus.OnTrack)
        {
            return null;
        }

        var names = Names(report);
        var parts = new List<string>();
        var weakest = objective.KeyResults.Zip(score.KeyResults)
            .Where(static p => p.Second.Status >= OkrStatus.AtRisk)
            .OrderByDescending(static p => p.Second.Status).ThenBy(static p => p.Second.Score * p.First.Weight)
            .Take(2)
            .Select(static p => $"'{p.First.Title}' ({ReportWords.Status(p.Second.Status).ToLowerInvariant()}, score {ReportWords.Percent(p.Second.Score)})")
            .ToList();
        if (weakest.Count > 0)
        {
            parts.Add("held back by " + string.Join(" and ", weakest));
        }

        var childLag = children.Where(static c => c.Status >= OkrStatus.AtRisk)
            .OrderByDescending(static c => c.Status)
            .Take(2)
            .Select(c => $"'{names.ObjectiveTitle(c.ObjectiveId)}' ({ReportWords.Status(c.Status).ToLowerInvariant()})")
            .ToList();
        if (childLag.Count > 0)
        {
            parts.Add("aligned objective " + string.Join(" and ", childLag) + " lagging");
        }

        if (parts.Count == 0 && score.KeyResults.Count > 0 && score.KeyResults.All(static k => k.Status <= OkrStatus.OnTrack))
        {
            parts.Add("every key result is on track on its own, but their weighted score is behind the objective's expected progress");
        }

        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static void KeyResultRow(StringBuilder html, ProgrammeReport report, Objective objective, KeyResult kr, KeyResultScore score)
    {
        var unit = kr.MetricId is { } metricId ? Names(report).Unit(metricId) : null;
        var reason = score.StatusReason ?? ReportWords.Status(score.Status);
        var barLabel = $"score {ReportWords.Percent(score.Score)}, expected {ReportWords.Percent(score.ExpectedProgress)} by now";
        html.Append("<div class=\"kr\">");
        html.Append(ProgressBar(score.Score, score.ExpectedProgress, StatusColour(score.Status), barLabel));
        html.Append(ProbabilityChip(score.AttainmentProbability, score.NoProbabilityReason));
        html.Append(CheckInSparkline(report, objective, kr, unit));
        html.Append(CultureInfo.InvariantCulture, $"<span class=\"t\">{Named(kr.Title, kr.Id)}{StaleMark(score)} <span class=\"note\">{Esc(KeyResultValue(kr, score, unit))} · score {ReportWords.Percent(score.Score)}</span>{ReasonText(report, score)}</span>");
        html.Append(Badge(score.Status, reason));
        html.AppendLine("</div>");
    }

    /// <summary>"now 16% → target 12%", "done" / "not done", "now 4.2 (at least 4)", with the metric's unit.</summary>
    private static string KeyResultValue(KeyResult kr, KeyResultScore score, string? unit)
    {
        var now = score.HasCheckIn && score.Current is { } c ? ReportWords.Value(c, unit) : "no check-in yet";
        return kr.Kind switch
        {
            KeyResultKind.Milestone => score.Status == OkrStatus.Achieved ? "done" : "not done",
            KeyResultKind.AtLeast => $"now {now} (at least {ReportWords.Value(kr.Threshold!.Value, unit)})",
            KeyResultKind.AtMost => $"now {now} (at most {ReportWords.Value(kr.Threshold!.Value, unit)})",
            _ => $"now {now} → target {ReportWords.Value(kr.Target!.Value, unit)}" + (score.Forecast is { } f ? $", forecast {ReportWords.Value(f.Value, unit)}" : string.Empty),
        };
    }

    private static string CheckInSparkline(ProgrammeReport report, Objective objective, KeyResult kr, string? unit)
    {
        if (kr.Kind == KeyResultKind.Milestone || report.Workspace.Periods.FirstOrDefault(p => p.Id == objective.PeriodId) is not { } period)
        {
            return string.Empty;
        }

        var points = kr.CheckIns.Where(c => c.Date <= report.AsOf && period.Contains(c.Date))
            .Select(c => ((double)(c.Date.DayNumber - period.Start.DayNumber), c.Value))
            .ToList();
        if (points.Count < 2)
        {
            return string.Empty;
        }

        var target = kr.Target ?? kr.Threshold;
        var label = $"check-ins: {string.Join(", ", points.Select(p => ReportWords.Value(p.Value, unit)))}{(target is { } t ? $"; target {ReportWords.Value(t, unit)}" : string.Empty)}";
        return Sparkline(points, period.SpanInDays, target, label);
    }
}
