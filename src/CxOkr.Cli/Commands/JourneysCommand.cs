using System.CommandLine;
using System.Globalization;
using System.Text;
using CxOkr.Alignment;
using CxOkr.Findings;
using CxOkr.Journeys;
using CxOkr.Serialization;

namespace CxOkr.Cli.Commands;

/// <summary><c>cxokr journeys WORKSPACE.json [--format table|json]</c>: the journey map and its listening-plan findings.</summary>
internal static class JourneysCommand
{
    public static Command Create(CliContext context)
    {
        var workspaceArgument = new Argument<string>("workspace") { Description = "The workspace document (JSON), read strictly." };
        var formatOption = CommonOptions.Format("table", "json");
        var command = new Command("journeys", "Print the journey map (stages, touchpoints, metrics by tier, links) and the listening-plan findings.")
        {
            workspaceArgument,
            formatOption,
        };
        command.SetAction(parseResult => CliApp.Guarded(context, () =>
        {
            var path = CommonOptions.ExistingFile(parseResult.GetValue(workspaceArgument)!, "Workspace file");
            var workspace = WorkspaceReader.ReadFile(path);
            var map = new JourneyMap(workspace.Journeys, workspace.Metrics, workspace.MetricLinks);
            var findings = map.Check();
            context.Out.Write(parseResult.GetValue(formatOption) == "json" ? ResultJson.ToJson(map, findings) + Environment.NewLine : ToTable(map, findings));
            return CliApp.Success;
        }));
        return command;
    }

    internal static string ToTable(JourneyMap map, IReadOnlyList<Finding> findings)
    {
        var text = new StringBuilder();
        var relationship = map.MetricsOfTier(MetricTier.Relationship);
        text.AppendLine("Relationship metrics");
        AppendMetrics(text, map, relationship, "  ");
        foreach (var journey in map.Journeys)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Journey {journey.Id}: {journey.Name} ({JsonNames.Camel(journey.Audience)})");
            var outcomes = journey.Outcomes.Select(o => $"{o.MetricId} ({JsonNames.Camel(o.Category)})").ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"  outcomes: {(outcomes.Count == 0 ? "none" : string.Join(", ", outcomes))}");
            text.AppendLine("  journey metrics:");
            AppendMetrics(text, map, map.JourneyMetrics(journey), "    ");
            foreach (var stage in journey.Stages)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {stage.Order}. {stage.Id}: {stage.Name}");
                foreach (var touchpoint in stage.Touchpoints)
                {
                    var unit = touchpoint.UnitId is null ? "no owning unit" : $"unit {touchpoint.UnitId}";
                    text.AppendLine(CultureInfo.InvariantCulture, $"     - {touchpoint.Id}: {touchpoint.Name} [{JsonNames.Camel(touchpoint.Channel)}, {unit}]");
                }

                text.AppendLine("     interaction metrics:");
                AppendMetrics(text, map, map.StageMetrics(stage), "       ");
            }
        }

        text.AppendLine();
        text.AppendLine("Listening plan");
        text.Append(AlignCommand.ToTable(new AlignmentReport(findings)));
        return text.ToString();
    }

    private static void AppendMetrics(StringBuilder text, JourneyMap map, IReadOnlyList<MetricDefinition> metrics, string indent)
    {
        if (metrics.Count == 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{indent}none");
            return;
        }

        foreach (var metric in metrics)
        {
            var calculation = metric.Calculation is { } c ? JsonNames.Camel(c) : "no calculation";
            var links = map.LinksFrom(metric.Id).Select(l => l.Strength is { } s
                ? string.Create(CultureInfo.InvariantCulture, $"{l.To} (strength {CommonOptions.Round4(s)})")
                : l.To).ToList();
            var feeds = links.Count == 0 ? "" : $" -> {string.Join(", ", links)}";
            text.AppendLine(CultureInfo.InvariantCulture, $"{indent}{metric.Id}: {metric.Name} [{calculation}, {JsonNames.Camel(metric.DataKind)}]{feeds}");
        }
    }
}
