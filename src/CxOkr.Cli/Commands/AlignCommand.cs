using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CxOkr.Alignment;
using CxOkr.Findings;
using CxOkr.Serialization;

namespace CxOkr.Cli.Commands;

/// <summary><c>cxokr align WORKSPACE.json [--drivers DRIVERS.json] [--format table|json]</c>.</summary>
internal static class AlignCommand
{
    /// <summary>Exit code when the check ran and found at least one error-level finding.</summary>
    public const int ErrorsFound = 1;

    public static Command Create(CliContext context)
    {
        var workspaceArgument = new Argument<string>("workspace") { Description = "The workspace document (JSON); read leniently so that broken references become findings." };
        var driversOption = new Option<string?>("--drivers") { Description = "JSON output of `cxokr drivers` with an added \"metricId\" naming the outcome metric (one object or an array of them)." };
        var formatOption = CommonOptions.Format("table", "json");
        var command = new Command("align", "Check the cascade of objectives for alignment problems; exit 1 when there is an error-level finding.")
        {
            workspaceArgument,
            driversOption,
            formatOption,
        };
        command.SetAction(parseResult => CliApp.Guarded(context, () =>
        {
            var path = CommonOptions.ExistingFile(parseResult.GetValue(workspaceArgument)!, "Workspace file");
            var workspace = WorkspaceReader.ReadFile(path, WorkspaceReadMode.Lenient);
            var rankings = parseResult.GetValue(driversOption) is { } driversPath
                ? ReadRankings(CommonOptions.ExistingFile(driversPath, "Drivers file"))
                : [];
            var graph = CascadeGraph.From(workspace, rankings);
            var report = new AlignmentChecker().Check(graph);
            context.Out.Write(parseResult.GetValue(formatOption) == "json" ? ToJson(report) : ToTable(report));
            return report.Errors > 0 ? ErrorsFound : CliApp.Success;
        }));
        return command;
    }

    internal static List<KeyDriverRanking> ReadRankings(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new CxOkr.Data.DataFormatException($"Drivers file '{path}' is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            var rankings = new List<KeyDriverRanking>();
            for (var i = 0; i < items.Count; i++)
            {
                var at = items.Count > 1 || root.ValueKind == JsonValueKind.Array ? $"$[{i}]" : "$";
                var item = items[i];
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw new CxOkr.Data.DataFormatException($"Drivers file '{path}' {at}: expected an object.");
                }

                if (!item.TryGetProperty("metricId", out var metricId) || metricId.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(metricId.GetString()))
                {
                    throw new CxOkr.Data.DataFormatException($"Drivers file '{path}' {at}.metricId: expected the outcome metric's id (add it to the output of `cxokr drivers`).");
                }

                if (!item.TryGetProperty("drivers", out var drivers) || drivers.ValueKind != JsonValueKind.Array)
                {
                    throw new CxOkr.Data.DataFormatException($"Drivers file '{path}' {at}.drivers: expected an array of drivers.");
                }

                var shares = new List<KeyValuePair<string, double>>();
                var d = 0;
                foreach (var driver in drivers.EnumerateArray())
                {
                    if (driver.ValueKind != JsonValueKind.Object
                        || !driver.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
                        || !driver.TryGetProperty("shapleyShare", out var share) || share.ValueKind != JsonValueKind.Number
                        || !share.TryGetDouble(out var shareValue))
                    {
                        throw new CxOkr.Data.DataFormatException($"Drivers file '{path}' {at}.drivers[{d}]: expected an object with a string \"name\" and a number \"shapleyShare\".");
                    }

                    if (!(shareValue >= 0))
                    {
                        throw new CxOkr.Data.DataFormatException($"Drivers file '{path}' {at}.drivers[{d}].shapleyShare: {share.GetRawText()} must be >= 0 (a share of R^2).");
                    }

                    shares.Add(new(name.GetString()!, shareValue));
                    d++;
                }

                try
                {
                    rankings.Add(new KeyDriverRanking(metricId.GetString()!, shares));
                }
                catch (ArgumentException ex)
                {
                    // The ranking's own checks (such as a driver named twice) judge the file's content.
                    throw new CxOkr.Data.DataFormatException($"Drivers file '{path}' {at}: {ex.Message}", ex);
                }
            }

            return rankings;
        }
    }

    internal static string ToJson(AlignmentReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("rule", finding.Rule);
                json.WriteString("severity", JsonNames.Camel(finding.Severity));
                json.WriteStartArray("subjects");
                foreach (var subject in finding.Subjects)
                {
                    json.WriteStringValue(subject);
                }

                json.WriteEndArray();
                json.WriteString("message", finding.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("error", report.Errors);
            json.WriteNumber("warning", report.Warnings);
            json.WriteNumber("info", report.Infos);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    internal static string ToTable(AlignmentReport report)
    {
        var text = new StringBuilder();
        foreach (var finding in report.Findings)
        {
            var mark = finding.Severity switch
            {
                FindingSeverity.Error => "ERROR",
                FindingSeverity.Warning => "WARN ",
                _ => "info ",
            };
            text.AppendLine(CultureInfo.InvariantCulture, $"{mark} {finding.Rule,-26} {finding.Message}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{report.Errors} error(s), {report.Warnings} warning(s), {report.Infos} info.");
        return text.ToString();
    }
}
