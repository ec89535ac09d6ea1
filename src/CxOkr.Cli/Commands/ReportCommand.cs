using System.CommandLine;
using System.Globalization;
using System.Text;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Findings;
using CxOkr.Journeys;
using CxOkr.Linkage;
using CxOkr.Okrs;
using CxOkr.Reporting;
using CxOkr.Reporting.Html;
using CxOkr.Serialization;

namespace CxOkr.Cli.Commands;

/// <summary><c>cxokr report WORKSPACE.json [--responses FILE.csv] [--as-of DATE] [--out DIR]</c>.</summary>
internal static partial class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var workspaceArgument = new Argument<string>("workspace") { Description = "The workspace document (JSON)." };
        var responsesOption = new Option<string?>("--responses") { Description = "Survey responses CSV (respondent_id, date, journey, weight, one column per metric)." };
        var asOfOption = CommonOptions.AsOf();
        var bootstrapOption = new Option<int>("--bootstrap")
        {
            Description = "Bootstrap resamples for the driver importance intervals (0 for none).",
            DefaultValueFactory = _ => 1000,
        };
        var seedOption = new Option<ulong>("--seed")
        {
            Description = "Seed of the bootstrap; equal seeds give equal intervals.",
            DefaultValueFactory = _ => 1,
        };
        var topicsOption = new Option<string?>("--topics") { Description = "Topic definitions (JSON, see docs/topics.md): adds, per journey, topic volume against NPS impact with example comments." };
        var textOption = new Option<string?>("--text") { Description = "The column of comments for --topics (default: comment)." };
        var outOption = new Option<string>("--out")
        {
            Description = "Folder to write report.html into (created if needed).",
            DefaultValueFactory = _ => "out",
        };
        var command = new Command("report", "Run everything (OKR scores, alignment, CX metrics, key drivers), print a summary and write DIR/report.html.")
        {
            workspaceArgument,
            responsesOption,
            asOfOption,
            bootstrapOption,
            seedOption,
            topicsOption,
            textOption,
            outOption,
        };
        var csvOptions = CsvInputOptions.AddTo(command);
        command.SetAction(parseResult => CliApp.Guarded(context, () =>
        {
            var path = CommonOptions.ExistingFile(parseResult.GetValue(workspaceArgument)!, "Workspace file");
            var asOfText = parseResult.GetValue(asOfOption);
            var asOf = asOfText is null ? context.Today : CommonOptions.ParseDate(asOfText, "--as-of");
            var workspace = WorkspaceReader.ReadFile(path, WorkspaceReadMode.Lenient);
            IReadOnlyList<Response> responses = parseResult.GetValue(responsesOption) is { } responsesPath
                ? ResponseCsvReader.ReadFile(CommonOptions.ExistingFile(responsesPath, "Responses file"), new ResponseCsvOptions { MetricColumns = workspace.Metrics.Select(static m => m.Id).ToArray(), Csv = csvOptions.Read(parseResult, context) })
                : [];
            var replicates = parseResult.GetValue(bootstrapOption);
            if (replicates < 0)
            {
                throw new CliUsageException($"--bootstrap ({replicates}) must be 0 (none) or a number of resamples.");
            }

            var bootstrapper = replicates == 0 ? null : CliUsageException.FromArguments(() => new KeyDriverBootstrapper(new KeyDriverOptions(), new BootstrapOptions { Replicates = replicates, Seed = parseResult.GetValue(seedOption) }));
            var (topics, textColumn) = ReportTopics(parseResult.GetValue(topicsOption), parseResult.GetValue(textOption));
            var report = new ProgrammeReportBuilder(bootstrapper: bootstrapper)
            {
                LinkageOptions = new LinkageOptions { Bootstrap = replicates == 0 ? null : new BootstrapOptions { Replicates = Math.Min(replicates, LinkageReplicates), Seed = parseResult.GetValue(seedOption) } },
                Topics = topics,
                TextColumn = textColumn,
            }.Build(workspace, responses, asOf);
            var folder = OutputFolder(parseResult.GetValue(outOption));
            Directory.CreateDirectory(folder);
            var htmlPath = Path.Combine(folder, "report.html");
            OutputFile.Write(htmlPath, new ProgrammeReportHtmlRenderer().Render(report));
            context.Out.Write(Summary(report));
            context.Out.WriteLine($"Report written to {htmlPath}");
            return CliApp.Success;
        }));
        return command;
    }

    /// <summary>
    /// Most resamples the report's linkage bootstrap draws (each refits every equation; <c>cxokr linkage</c> has no
    /// such cap), so the report stays fast; the key-driver bootstrap takes <c>--bootstrap</c> as given.
    /// </summary>
    internal const int LinkageReplicates = 200;

    /// <summary>The topics of <c>--topics</c> (compiled with ICU, as <c>cxokr topics</c> does) and the comment column.</summary>
    private static (Text.TopicMatcher? Topics, string TextColumn) ReportTopics(string? topicsPath, string? textColumn)
    {
        if (topicsPath is null)
        {
            return textColumn is null ? (null, ProgrammeReportBuilder.DefaultTextColumn) : throw new CliUsageException("--text is only used with --topics.");
        }

        if (textColumn is not null && string.IsNullOrWhiteSpace(textColumn))
        {
            throw new CliUsageException("--text must name the column of comments.");
        }

        return (TopicsCommand.Matcher(topicsPath), textColumn ?? ProgrammeReportBuilder.DefaultTextColumn);
    }

    private static string OutputFolder(string? folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new CliUsageException("--out must name a folder to write report.html into.");
        }

        if (File.Exists(folder))
        {
            throw new CliUsageException($"--out '{folder}' is a file; give a folder to write report.html into.");
        }

        return folder;
    }

    internal static string Summary(ProgrammeReport report)
    {
        var text = new StringBuilder();
        var card = report.Scorecard;
        text.AppendLine(CultureInfo.InvariantCulture, $"CX OKR report as of {report.AsOf:yyyy-MM-dd}");
        text.AppendLine();
        text.AppendLine("Objectives (score, status)");
        var titles = report.Workspace.Objectives.GroupBy(static o => o.Id).ToDictionary(static g => g.Key, static g => g.First().Title, StringComparer.Ordinal);
        var keyResults = report.Workspace.Objectives.SelectMany(static o => o.KeyResults).GroupBy(static k => k.Id).ToDictionary(static g => g.Key, static g => g.First().Title, StringComparer.Ordinal);
        var metrics = report.Workspace.Metrics.GroupBy(static m => m.Id).ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);
        var journeys = report.Workspace.Journeys.GroupBy(static j => j.Id).ToDictionary(static g => g.Key, static g => g.First().Name, StringComparer.Ordinal);
        string MetricName(string id) => metrics.TryGetValue(id, out var m) ? m.Name : id;
        foreach (var o in card.Objectives)
        {
            var score = o.Score is { } s ? ReportWords.Percent(s) : "-";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {score,4} {ReportWords.Status(o.Status),-10} {titles.GetValueOrDefault(o.ObjectiveId, o.ObjectiveId)}");
            if (o.Status is not null and not OkrStatus.Achieved and not OkrStatus.OnTrack && o.StatusReason is { } reason)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"                  why: {reason}");
            }
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Achievements: {card.Achievements.Count} up to {report.AsOf:yyyy-MM-dd}; latest:");
        foreach (var a in card.Achievements.Reverse().Take(5))
        {
            var subject = keyResults.GetValueOrDefault(a.SubjectId) ?? titles.GetValueOrDefault(a.SubjectId, a.SubjectId);
            var what = a.Kind switch
            {
                AchievementKind.KeyResultAchieved => "target reached",
                AchievementKind.ObjectiveAchieved => "objective achieved",
                AchievementKind.ProgressMilestone => $"passed {a.Level * 100:0}%",
                _ => "three check-ins on track",
            };
            text.AppendLine(CultureInfo.InvariantCulture, $"  {a.Date:yyyy-MM-dd} {what}: {subject}");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Alignment: {report.Alignment.Errors} error(s), {report.Alignment.Warnings} warning(s), {report.Alignment.Infos} info");
        foreach (var f in report.Alignment.Findings.Where(static f => f.Severity != FindingSeverity.Info))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {JsonNames.Camel(f.Severity),-7} {f.Message} [{f.Rule}]");
        }

        if (report.Trends.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("CX metrics, all responses (95% interval)");
            foreach (var t in report.Trends)
            {
                var r = t.Overall;
                var unit = t.Metric.Unit;
                var interval = r.Lower is { } lo && r.Upper is { } hi ? $"[{ReportWords.Value(lo, unit)}, {ReportWords.Value(hi, unit)}]" : string.Empty;
                var where = t.JourneyId is null ? "all journeys" : journeys.GetValueOrDefault(t.JourneyId, t.JourneyId);
                text.AppendLine(CultureInfo.InvariantCulture, $"  {Shorten(t.Metric.Name, 34),-34} {Shorten(where, 18),-18} {ReportWords.Value(r.Value, unit),8} {interval,-18} n={r.N}");
            }
        }

        foreach (var d in report.Drivers)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Key drivers of {MetricName(d.OutcomeMetricId)} ({journeys.GetValueOrDefault(d.JourneyId, d.JourneyId)}): R² {d.Result.RSquared:0.00}, n {d.Result.NUsed}");
            foreach (var driver in DriverOrder.Sort(d.Result.Drivers).Take(5))
            {
                var interval = d.Bootstrap?.Drivers.FirstOrDefault(b => b.Name == driver.Name)?.Interval("shapleyShare") is { } i
                    ? $"[{i.PercentileLower * 100:0.0}, {i.PercentileUpper * 100:0.0}]"
                    : string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture, $"  {Shorten(MetricName(driver.Name), 30),-30} {driver.ShapleyShare * 100,5:0.0}% {interval,-14} {driver.Quadrant}");
            }
        }

        SummaryOfNewSections(text, report);
        foreach (var note in report.Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Note: {note}");
        }

        text.AppendLine();
        return text.ToString();
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
