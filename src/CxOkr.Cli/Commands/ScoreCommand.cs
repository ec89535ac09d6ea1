using System.CommandLine;
using System.Globalization;
using System.Text;
using CxOkr.Okrs;
using CxOkr.Serialization;

namespace CxOkr.Cli.Commands;

/// <summary><c>cxokr score WORKSPACE.json [--as-of DATE] [--format table|json]</c>.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var workspaceArgument = new Argument<string>("workspace") { Description = "The workspace document (JSON)." };
        var asOfOption = CommonOptions.AsOf();
        var formatOption = CommonOptions.Format("table", "json");
        var command = new Command("score", "Score every objective and key result on a date: score, grade, status, expected progress, forecast and achievements.")
        {
            workspaceArgument,
            asOfOption,
            formatOption,
        };
        command.SetAction(parseResult => CliApp.Guarded(context, () =>
        {
            var path = CommonOptions.ExistingFile(parseResult.GetValue(workspaceArgument)!, "Workspace file");
            var asOfText = parseResult.GetValue(asOfOption);
            var asOf = asOfText is null ? context.Today : CommonOptions.ParseDate(asOfText, "--as-of");
            var workspace = WorkspaceReader.ReadFile(path);
            var scorecard = new OkrScorer().Score(workspace, asOf);
            if (parseResult.GetValue(formatOption) == "json")
            {
                context.Out.WriteLine(ResultJson.ToJson(scorecard));
            }
            else
            {
                context.Out.Write(ToTable(workspace, scorecard));
            }

            return CliApp.Success;
        }));
        return command;
    }

    internal static string ToTable(Workspace workspace, OkrScorecard scorecard)
    {
        var titles = workspace.Objectives.ToDictionary(static o => o.Id, static o => o.Title, StringComparer.Ordinal);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"OKR scores as of {Date(scorecard.AsOf)}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"id",-24} {"score",6} {"grade",-7} {"status",-9} {"expect",6} {"current",9} {"forecast",9}");
        foreach (var objective in scorecard.Objectives)
        {
            var score = objective.Score is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "-";
            var grade = objective.Grade is { } g ? JsonNames.Of(g) : "-";
            var status = objective.Status is { } st ? JsonNames.Of(st) : "-";
            text.AppendLine(CultureInfo.InvariantCulture, $"{Clip(objective.ObjectiveId, 24),-24} {score,6} {grade,-7} {status,-9} {objective.ExpectedProgress,6:0.00}  {titles.GetValueOrDefault(objective.ObjectiveId)}");
            if (objective.NoScoreReason is { } reason)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    ({reason})");
            }

            foreach (var kr in objective.KeyResults)
            {
                // No check-in yet: "-", though scoring takes the baseline as the current value.
                var current = kr.HasCheckIn && kr.Current is { } c ? c.ToString("0.####", CultureInfo.InvariantCulture) : "-";
                var forecast = kr.Forecast is { } f ? f.Value.ToString("0.####", CultureInfo.InvariantCulture) : "-";
                text.AppendLine(CultureInfo.InvariantCulture, $"  {Clip(kr.KeyResultId, 22),-22} {kr.Score,6:0.00} {"",-7} {JsonNames.Of(kr.Status),-9} {kr.ExpectedProgress,6:0.00} {current,9} {forecast,9}");
            }
        }

        if (scorecard.Achievements.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Achievements");
            foreach (var a in scorecard.Achievements)
            {
                var level = a.Level is { } l ? $" {l:0.##}" : string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture, $"  {Date(a.Date)}  {JsonNames.Of(a.Kind)}{level}  {a.SubjectId}");
            }
        }

        return text.ToString();
    }

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "~";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
