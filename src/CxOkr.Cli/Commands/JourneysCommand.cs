using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
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
            context.Out.Write(parseResult.GetValue(formatOption) == "json" ? ToJson(map, findings) : ToTable(map, findings));
            return CliApp.Success;
        }));
        return command;
    }

    internal static string ToJson(JourneyMap map, IReadOnlyList<Finding> findings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            WriteArray(json, "journeys", map.Journeys, journey => WriteJourney(json, map, journey));
            WriteArray(json, "metrics", map.Metrics, metric => WriteMetric(json, metric));
            WriteArray(json, "links", map.Links, link =>
            {
                json.WriteStartObject();
                json.WriteString("from", link.From);
                json.WriteString("to", link.To);
                WriteNumberOrNull(json, "strength", link.Strength);
                json.WriteEndObject();
            });
            // The findings and summary exactly as `cxokr align` writes them, from its one writer.
            using var findingsJson = JsonDocument.Parse(AlignCommand.ToJson(new AlignmentReport(findings)));
            foreach (var property in findingsJson.RootElement.EnumerateObject())
            {
                property.WriteTo(json);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    private static void WriteJourney(Utf8JsonWriter json, JourneyMap map, Journey journey)
    {
        json.WriteStartObject();
        json.WriteString("id", journey.Id);
        json.WriteString("name", journey.Name);
        json.WriteString("audience", JsonNames.Camel(journey.Audience));
        WriteArray(json, "outcomes", journey.Outcomes, outcome =>
        {
            json.WriteStartObject();
            json.WriteString("metricId", outcome.MetricId);
            json.WriteString("category", JsonNames.Camel(outcome.Category));
            json.WriteEndObject();
        });
        WriteStrings(json, "metrics", map.JourneyMetrics(journey).Select(m => m.Id));
        WriteArray(json, "stages", journey.Stages, stage =>
        {
            json.WriteStartObject();
            json.WriteString("id", stage.Id);
            json.WriteString("name", stage.Name);
            json.WriteNumber("order", stage.Order);
            WriteArray(json, "touchpoints", stage.Touchpoints, touchpoint =>
            {
                json.WriteStartObject();
                json.WriteString("id", touchpoint.Id);
                json.WriteString("name", touchpoint.Name);
                json.WriteString("channel", JsonNames.Camel(touchpoint.Channel));
                json.WriteString("unitId", touchpoint.UnitId);
                json.WriteEndObject();
            });
            WriteStrings(json, "metrics", map.StageMetrics(stage).Select(m => m.Id));
            json.WriteEndObject();
        });
        json.WriteEndObject();
    }

    private static void WriteMetric(Utf8JsonWriter json, MetricDefinition metric)
    {
        json.WriteStartObject();
        json.WriteString("id", metric.Id);
        json.WriteString("name", metric.Name);
        json.WriteString("tier", JsonNames.Camel(metric.Tier));
        if (metric.Scope.IsNone)
        {
            json.WriteNull("scope");
        }
        else
        {
            json.WriteStartObject("scope");
            if (metric.Scope.JourneyId is { } journeyId)
            {
                json.WriteString("journeyId", journeyId);
            }

            if (metric.Scope.StageId is { } stageId)
            {
                json.WriteString("stageId", stageId);
            }

            if (metric.Scope.TouchpointId is { } touchpointId)
            {
                json.WriteString("touchpointId", touchpointId);
            }

            json.WriteEndObject();
        }

        json.WriteString("dataKind", JsonNames.Camel(metric.DataKind));
        json.WriteString("collection", JsonNames.Camel(metric.Collection));
        json.WriteString("structure", JsonNames.Camel(metric.Structure));
        json.WriteString("calculation", metric.Calculation is { } calculation ? JsonNames.Camel(calculation) : null);
        if (metric.Scale is { } scale)
        {
            json.WriteStartObject("scale");
            json.WriteNumber("min", scale.Min);
            json.WriteNumber("max", scale.Max);
            WriteNumberOrNull(json, "topBox", scale.TopBox);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("scale");
        }

        json.WriteString("betterWhen", JsonNames.Camel(metric.BetterWhen));
        json.WriteString("unit", metric.Unit);
        json.WriteString("source", metric.Source);
        json.WriteEndObject();
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

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values) =>
        WriteArray(json, name, values, json.WriteStringValue);

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> writeItem)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            writeItem(item);
        }

        json.WriteEndArray();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
