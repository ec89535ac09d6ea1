using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
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
                context.Out.WriteLine(ToJson(scorecard));
            }
            else
            {
                context.Out.Write(ToTable(workspace, scorecard));
            }

            return CliApp.Success;
        }));
        return command;
    }

    internal static string ToJson(OkrScorecard scorecard)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("asOf", Date(scorecard.AsOf));
            json.WriteStartArray("objectives");
            foreach (var objective in scorecard.Objectives)
            {
                json.WriteStartObject();
                json.WriteString("id", objective.ObjectiveId);
                WriteNumberOrNull(json, "score", objective.Score);
                WriteStringOrNull(json, "grade", objective.Grade is { } g ? JsonNames.Of(g) : null);
                WriteStringOrNull(json, "status", objective.Status is { } s ? JsonNames.Of(s) : null);
                json.WriteNumber("expectedProgress", CommonOptions.Round4(objective.ExpectedProgress));
                if (objective.NoScoreReason is { } reason)
                {
                    json.WriteString("noScoreReason", reason);
                }

                json.WriteStartArray("keyResults");
                foreach (var kr in objective.KeyResults)
                {
                    json.WriteStartObject();
                    json.WriteString("id", kr.KeyResultId);
                    json.WriteString("kind", JsonNames.Of(kr.Kind));
                    WriteNumberOrNull(json, "current", kr.Current);
                    json.WriteNumber("progress", CommonOptions.Round4(kr.Progress));
                    json.WriteNumber("score", CommonOptions.Round4(kr.Score));
                    json.WriteString("status", JsonNames.Of(kr.Status));
                    json.WriteNumber("expectedProgress", CommonOptions.Round4(kr.ExpectedProgress));
                    WriteNumberOrNull(json, "confidence", kr.Confidence);
                    if (kr.Forecast is { } f)
                    {
                        json.WriteStartObject("forecast");
                        json.WriteNumber("value", CommonOptions.Round4(f.Value));
                        json.WriteNumber("progress", CommonOptions.Round4(f.Progress));
                        json.WriteNumber("score", CommonOptions.Round4(f.Score));
                        json.WriteEndObject();
                    }
                    else
                    {
                        json.WriteNull("forecast");
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("achievements");
            foreach (var a in scorecard.Achievements)
            {
                json.WriteStartObject();
                json.WriteString("date", Date(a.Date));
                json.WriteString("kind", JsonNames.Of(a.Kind));
                json.WriteString("subjectId", a.SubjectId);
                if (a.Level is { } level)
                {
                    json.WriteNumber("level", level);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
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
                var current = kr.Current is { } c ? c.ToString("0.####", CultureInfo.InvariantCulture) : "-";
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

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, CommonOptions.Round4(v));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
