using System.CommandLine;
using System.Globalization;
using System.Text;
using CxOkr.Data;
using CxOkr.Measures;
using CxOkr.Okrs;
using CxOkr.Serialization;

namespace CxOkr.Cli.Commands;

/// <summary><c>cxokr score WORKSPACE.json [--as-of DATE] [--responses FILE.csv] [--drivers FILE.json] [--format table|json]</c>.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var workspaceArgument = new Argument<string>("workspace") { Description = "The workspace document (JSON)." };
        var asOfOption = CommonOptions.AsOf();
        var formatOption = CommonOptions.Format("table", "json");
        var responsesOption = new Option<string?>("--responses") { Description = "Survey responses CSV: guardrail metrics are measured from it where it carries them (else judged from check-ins)." };
        var driversOption = new Option<string?>("--drivers") { Description = "JSON output of `cxokr drivers` with an added \"metricId\" (as for `cxokr align`): suggested key-result weights from the drivers' Shapley shares." };
        var command = new Command("score", "Score every objective and key result on a date: score, grade, status and why, expected progress, forecast, probability of attainment, stale check-ins, confidence, guardrails and achievements.")
        {
            workspaceArgument,
            asOfOption,
            responsesOption,
            driversOption,
            formatOption,
        };
        command.SetAction(parseResult => CliApp.Guarded(context, () =>
        {
            var path = CommonOptions.ExistingFile(parseResult.GetValue(workspaceArgument)!, "Workspace file");
            var asOfText = parseResult.GetValue(asOfOption);
            var asOf = asOfText is null ? context.Today : CommonOptions.ParseDate(asOfText, "--as-of");
            var workspace = WorkspaceReader.ReadFile(path);
            var evidence = new ScoringEvidence();
            if (parseResult.GetValue(responsesOption) is { } responsesPath)
            {
                var responses = ResponseCsvReader.ReadFile(CommonOptions.ExistingFile(responsesPath, "Responses file"), new ResponseCsvOptions { MetricColumns = workspace.Metrics.Select(static m => m.Id).ToArray() });
                evidence = evidence with { Guardrails = GuardrailMeasurement.ForWorkspace(workspace, responses.Where(r => r.Date <= asOf).ToList(), asOf) };
            }

            if (parseResult.GetValue(driversOption) is { } driversPath)
            {
                var rankings = DriverRankingsReader.ReadFile(CommonOptions.ExistingFile(driversPath, "Drivers file"));
                evidence = evidence with { DriverImportances = [.. rankings.Select(static r => new DriverImportance(r.OutcomeMetricId, r.Drivers))] };
            }

            var scorecard = new OkrScorer().Score(workspace.Objectives, workspace.Periods, asOf, evidence);
            if (parseResult.GetValue(formatOption) == "json")
            {
                JsonOutput.WriteLine(context.Out, writer => ResultJson.Write(writer, scorecard));
            }
            else
            {
                WriteTable(context.Out, workspace, scorecard);
            }

            return CliApp.Success;
        }));
        return command;
    }

    /// <summary>Writes the table as it goes, in pieces of about 64 KiB (not one string of the whole table).</summary>
    internal static void WriteTable(TextWriter output, Workspace workspace, OkrScorecard scorecard)
    {
        var titles = workspace.Objectives.ToDictionary(static o => o.Id, static o => o.Title, StringComparer.Ordinal);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"OKR scores as of {Date(scorecard.AsOf)}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"id",-24} {"score",6} {"grade",-7} {"status",-9} {"expect",6} {"prob",5} {"stale",-5} {"current",9} {"forecast",9}");
        foreach (var objective in scorecard.Objectives)
        {
            var score = objective.Score is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "-";
            var grade = objective.Grade is { } g ? JsonNames.Of(g) : "-";
            var status = objective.Status is { } st ? JsonNames.Of(st) : "-";
            var objectiveStale = objective.StaleKeyResults.Count > 0 ? objective.StaleKeyResults.Count.ToString(CultureInfo.InvariantCulture) : "-";
            text.AppendLine(CultureInfo.InvariantCulture, $"{Clip(objective.ObjectiveId, 24),-24} {score,6} {grade,-7} {status,-9} {objective.ExpectedProgress,6:0.00} {Percent(objective.AttainmentProbability),5} {objectiveStale,-5}  {titles.GetValueOrDefault(objective.ObjectiveId)}");
            if (objective.NoScoreReason is { } reason)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    ({reason})");
            }

            if (objective.StatusReason is { } why)
            {
                var confidence = objective.Confidence is { } oc ? $"; confidence {oc.ToString("0.##", CultureInfo.InvariantCulture)}" : string.Empty;
                var error = objective.AttainmentProbabilityError is { } se && se > 0 ? $"; probability +-{(se * 100).ToString("0.#", CultureInfo.InvariantCulture)} points (simulation)" : string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture, $"    why: {why}{confidence}{error}");
            }

            foreach (var kr in objective.KeyResults)
            {
                // No check-in yet: "-", though scoring takes the baseline as the current value.
                var current = kr.HasCheckIn && kr.Current is { } c ? c.ToString("0.####", CultureInfo.InvariantCulture) : "-";
                var forecast = kr.Forecast is { } f ? f.Value.ToString("0.####", CultureInfo.InvariantCulture) : "-";
                var stale = kr.Stale ? (kr.DaysSinceCheckIn is { } days ? $"{days}d" : "none") : "-";
                text.AppendLine(CultureInfo.InvariantCulture, $"  {Clip(kr.KeyResultId, 22),-22} {kr.Score,6:0.00} {"",-7} {JsonNames.Of(kr.Status),-9} {kr.ExpectedProgress,6:0.00} {Percent(kr.AttainmentProbability),5} {stale,-5} {current,9} {forecast,9}");
                var notes = new List<string>();
                if (kr.StatusReason is { } krWhy)
                {
                    notes.Add(krWhy);
                }

                if (kr.AttainmentProbability is null && kr.NoProbabilityReason is { } noProbability && kr.Kind is KeyResultKind.Increase or KeyResultKind.Decrease)
                {
                    notes.Add($"no probability: {noProbability}");
                }

                if (kr.Guardrail is { } guard)
                {
                    notes.Add(guard.Breached switch
                    {
                        true => $"guardrail '{guard.MetricId}' BREACHED ({Number(guard.Start)} -> {Number(guard.Current)}, margin {Number(guard.Margin)}, from {guard.Source})",
                        false => $"guardrail '{guard.MetricId}' holds ({Number(guard.Start)} -> {Number(guard.Current)}, from {guard.Source})",
                        _ => $"guardrail '{guard.MetricId}' not measured",
                    });
                }

                if (kr.SuggestedWeight is { } suggested)
                {
                    notes.Add($"suggested weight {suggested.ToString("0.##", CultureInfo.InvariantCulture)}");
                }

                if (notes.Count > 0)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"      why: {string.Join("; ", notes)}");
                }
            }

            if (text.Length > 64 * 1024)
            {
                output.Write(text.ToString());
                text.Clear();
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

        output.Write(text.ToString());
    }

    private static string Percent(double? probability) => probability is { } p ? (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "-";

    private static string Number(double? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "-";

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "~";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
