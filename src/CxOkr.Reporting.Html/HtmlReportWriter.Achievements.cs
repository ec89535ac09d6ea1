using System.Globalization;
using System.Text;
using CxOkr.Okrs;
using static CxOkr.Reporting.Html.Svg;

namespace CxOkr.Reporting.Html;

/// <summary>Achievements worth celebrating: the period's highlights at the top, then every achievement grouped by objective, newest first.</summary>
internal static partial class HtmlReportWriter
{
    /// <summary>Key results and objectives achieved, and progress milestones crossed, in the period that holds the as-of date.</summary>
    private static void Highlights(StringBuilder html, ProgrammeReport report)
    {
        var names = Names(report);
        var inPeriod = report.Scorecard.Achievements
            .Where(a => PeriodOf(report, a.SubjectId) is { } p && p.Contains(a.Date) && p.Contains(report.AsOf))
            .OrderByDescending(static a => a.Date)
            .ToList();
        var achieved = inPeriod.Where(static a => a.Kind is AchievementKind.KeyResultAchieved or AchievementKind.ObjectiveAchieved).ToList();
        var crossed = inPeriod.Where(static a => a.Kind == AchievementKind.ProgressMilestone).ToList();
        if (achieved.Count == 0 && crossed.Count == 0)
        {
            return;
        }

        html.AppendLine("<div class=\"highlights\"><h2>This period's highlights</h2><ul>");
        if (achieved.Count > 0)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<li><b>{achieved.Count} achieved:</b> {string.Join("; ", achieved.Take(8).Select(a => $"{Named(names.SubjectTitle(a.SubjectId), a.SubjectId)} <span class=\"note\">({ShortDate(a.Date)})</span>"))}{(achieved.Count > 8 ? $"; and {achieved.Count - 8} more" : string.Empty)}</li>");
        }

        if (crossed.Count > 0)
        {
            // The furthest milestone of each key result is the news; earlier ones are in the list below.
            var furthest = crossed.GroupBy(static a => a.SubjectId, StringComparer.Ordinal).Select(static g => g.MaxBy(static a => a.Level ?? 0)!).OrderByDescending(static a => a.Date).ToList();
            html.AppendLine(CultureInfo.InvariantCulture, $"<li><b>{furthest.Count} key result{(furthest.Count == 1 ? string.Empty : "s")} crossed a milestone:</b> {string.Join("; ", furthest.Take(8).Select(a => $"{Named(names.SubjectTitle(a.SubjectId), a.SubjectId)} passed {a.Level * 100:0}% <span class=\"note\">({ShortDate(a.Date)})</span>"))}{(furthest.Count > 8 ? $"; and {furthest.Count - 8} more" : string.Empty)}</li>");
        }

        html.AppendLine("</ul></div>");
    }

    private static void Achievements(StringBuilder html, ProgrammeReport report, HtmlReportOptions options)
    {
        html.AppendLine("<h2>Achievements</h2>");
        var achievements = report.Scorecard.Achievements;
        if (achievements.Count == 0)
        {
            html.AppendLine("<p class=\"note\">None yet.</p>");
            return;
        }

        var names = Names(report);
        var groups = achievements
            .GroupBy(a => names.KeyResult(a.SubjectId)?.Objective.Id ?? a.SubjectId, StringComparer.Ordinal)
            .Select(static g => (ObjectiveId: g.Key, Items: g.OrderByDescending(static a => a.Date).ThenBy(static a => a.Kind).ThenByDescending(static a => a.Level).ToList()))
            .OrderByDescending(static g => g.Items[0].Date)
            .ToList();
        html.AppendLine(CultureInfo.InvariantCulture, $"<p class=\"note\">{achievements.Count} achievements up to {LongDate(report.AsOf)}, grouped by objective, newest first.</p>");
        foreach (var (objectiveId, items) in groups)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<h3>{Named(names.ObjectiveTitle(objectiveId), objectiveId)}</h3><ul>");
            foreach (var a in items.Take(options.AchievementsPerObjective))
            {
                html.AppendLine(CultureInfo.InvariantCulture, $"<li><span class=\"note\">{ShortDate(a.Date)}</span> {AchievementText(names, a)}</li>");
            }

            if (items.Count > options.AchievementsPerObjective)
            {
                html.AppendLine(CultureInfo.InvariantCulture, $"<li class=\"note\">and {items.Count - options.AchievementsPerObjective} earlier</li>");
            }

            html.AppendLine("</ul>");
        }
    }

    private static string AchievementText(ReportNames names, Achievement a)
    {
        var subject = Named(names.SubjectTitle(a.SubjectId), a.SubjectId);
        return a.Kind switch
        {
            AchievementKind.KeyResultAchieved => $"<b>Target reached:</b> {subject}",
            AchievementKind.ObjectiveAchieved => $"<b>Objective achieved:</b> {subject}",
            AchievementKind.ProgressMilestone => $"{subject} passed <b>{a.Level * 100:0}%</b> of the way to its target",
            AchievementKind.OnTrackStreak => $"{subject}: three check-ins in a row on track",
            _ => $"{Esc(a.Kind.ToString())}: {subject}",
        };
    }

    private static OkrPeriod? PeriodOf(ProgrammeReport report, string subjectId)
    {
        var names = Names(report);
        var periodId = names.KeyResult(subjectId)?.Objective.PeriodId ?? names.Objective(subjectId)?.PeriodId;
        return periodId is null ? null : report.Workspace.Periods.FirstOrDefault(p => p.Id == periodId);
    }

    private static string ShortDate(DateOnly date) => date.ToString("d MMM", CultureInfo.InvariantCulture);
}
