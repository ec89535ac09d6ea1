using System.CommandLine;
using System.Globalization;
using System.Text;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Linkage;
using CxOkr.Serialization;

namespace CxOkr.Cli.Commands;

/// <summary>
/// <c>cxokr linkage WORKSPACE.json --responses FILE.csv [--target METRIC] [--weight COL] [--bootstrap B] [--seed S]
/// [--confidence 0.95] [--format table|json]</c>: how each metric moves the target through the workspace's metric links.
/// </summary>
internal static class LinkageCommand
{
    public static Command Create(CliContext context)
    {
        var workspaceArgument = new Argument<string>("workspace") { Description = "The workspace document (JSON): its metrics and metric links." };
        var responsesOption = new Option<string>("--responses") { Description = "Survey responses CSV with one column per metric id (header row, empty cell = missing).", Required = true };
        var targetOption = new Option<string?>("--target") { Description = "The target metric (default: every relationship-tier metric with incoming links and a column)." };
        var weightOption = new Option<string?>("--weight") { Description = "The case-weight column." };
        var bootstrapOption = new Option<int?>("--bootstrap") { Description = "Bootstrap resamples for intervals of the total effects (e.g. 1000; none by default)." };
        var seedOption = new Option<ulong>("--seed") { Description = "Seed of the bootstrap; equal seeds give equal intervals.", DefaultValueFactory = _ => 1UL };
        var confidenceOption = new Option<double>("--confidence") { Description = "Confidence level of the bootstrap intervals.", DefaultValueFactory = _ => 0.95 };
        var formatOption = CommonOptions.Format("table", "json");
        var command = new Command("linkage", "Tier linkage: estimate the metric links into a target (piecewise path analysis) and each upstream metric's direct, indirect and total effect.")
        {
            workspaceArgument,
            responsesOption,
            targetOption,
            weightOption,
            bootstrapOption,
            seedOption,
            confidenceOption,
            formatOption,
        };
        command.SetAction(parseResult => CliApp.Guarded(context, () =>
        {
            var workspace = WorkspaceReader.ReadFile(CommonOptions.ExistingFile(parseResult.GetValue(workspaceArgument)!, "Workspace file"));
            var table = CsvTableReader.ReadFile(CommonOptions.ExistingFile(parseResult.GetValue(responsesOption)!, "Responses file"));
            var options = new LinkageOptions { Weight = parseResult.GetValue(weightOption) };
            if (parseResult.GetValue(bootstrapOption) is { } replicates)
            {
                options = options with { Bootstrap = new BootstrapOptions { Replicates = replicates, Seed = parseResult.GetValue(seedOption), Confidence = parseResult.GetValue(confidenceOption) } };
            }

            var analyzer = CliUsageException.FromArguments(() => new LinkageAnalyzer(options));
            IReadOnlyList<string> targets = parseResult.GetValue(targetOption) is { } target ? [target] : LinkageAnalyzer.DefaultTargets(workspace.Metrics, workspace.MetricLinks, table);
            if (targets.Count == 0)
            {
                throw new CliUsageException("no relationship-tier metric with incoming metric links has a column in the responses; name the target with --target.");
            }

            var results = targets.Select(t => analyzer.Analyze(workspace.Metrics, workspace.MetricLinks, table, t)).ToList();
            if (parseResult.GetValue(formatOption) == "json")
            {
                context.Out.WriteLine(results.Count == 1 ? ResultJson.ToJson(results[0]) : ResultJson.ToJson(results));
            }
            else
            {
                context.Out.Write(string.Join("\n", results.Select(ToTable)));
            }

            return CliApp.Success;
        }));
        return command;
    }

    internal static string ToTable(LinkageResult result)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"Linkage into {result.Target}{(result.Weight is null ? string.Empty : $" (weight {result.Weight})")}: {result.Equations.Count} equation(s)\n\n");
        var width = Math.Max(8, result.Equations.SelectMany(static e => e.Terms.Select(static t => t.MetricId.Length + 2)).Concat(result.Effects.Select(static e => e.MetricId.Length)).DefaultIfEmpty(0).Max());
        foreach (var e in result.Equations)
        {
            text.Append(c, $"{e.MetricId}: n {e.NUsed}, R² {e.RSquared:F4}, intercept {e.Intercept:G4}\n");
            foreach (var t in e.Terms)
            {
                text.Append(("  " + t.MetricId).PadRight(width)).Append(c, $"  {t.Coefficient,9:G4}  SE {t.StandardError,8:G3}  t {t.T,7:F2}  p {t.P,8:G2}\n");
            }
        }

        text.Append(c, $"\nEffects on {result.Target}, interaction metrics ranked by |standardised total| first");
        if (result.Bootstrap is { } b)
        {
            text.Append(c, $"; {b.Confidence * 100:0.##}% BCa intervals of the total from {b.Replicates} resamples ({b.FailedReplicates} failed)");
        }

        text.Append(":\n");
        text.Append("Metric".PadRight(width)).Append("  Tier          Direct  Indirect     Total  Std.total").Append(result.Bootstrap is null ? "\n" : "  Interval\n");
        var ranked = result.Ranking();
        foreach (var e in ranked.Concat(result.Effects.Where(e => !ranked.Contains(e))))
        {
            text.Append(e.MetricId.PadRight(width))
                .Append(c, $"  {JsonNames.Camel(e.Tier),-11}  {CommonOptions.Round4(e.Direct),8:F4}  {CommonOptions.Round4(e.Indirect),8:F4}  {CommonOptions.Round4(e.Total),8:F4}  {CommonOptions.Round4(e.StandardizedTotal),9:F4}");
            if (e.TotalInterval is { } i)
            {
                text.Append(c, $"  [{i.BcaLower:F4}, {i.BcaUpper:F4}]");
            }

            text.Append('\n');
        }

        if (result.Unmeasured.Count > 0)
        {
            text.Append("\nLeft out (the upstream metric has no column): ").Append(string.Join(", ", result.Unmeasured.Select(static l => $"{l.From} -> {l.To}"))).Append('\n');
        }

        return text.ToString();
    }
}
