using System.CommandLine;
using System.Globalization;
using System.Text;
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
                ? DriverRankingsReader.ReadFile(CommonOptions.ExistingFile(driversPath, "Drivers file"))
                : [];
            var graph = CascadeGraph.From(workspace, rankings);
            var report = new AlignmentChecker().Check(graph);
            context.Out.Write(parseResult.GetValue(formatOption) == "json" ? ResultJson.ToJson(report) + Environment.NewLine : ToTable(report));
            return report.Errors > 0 ? ErrorsFound : CliApp.Success;
        }));
        return command;
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
