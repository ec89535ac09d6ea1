using System.CommandLine;

namespace CxOkr.Cli;

/// <summary>The list of <c>cxokr</c> subcommands; each lives in its own file under Commands/.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Commands.ScoreCommand.Create(context);
        yield return Commands.DriversCommand.Create(context);
        yield return Commands.AlignCommand.Create(context);
        yield return Commands.ReportCommand.Create(context);
        yield return Commands.MetricsCommand.Create(context);
        yield return Commands.JourneysCommand.Create(context);
        yield return Commands.TopicsCommand.Create(context);
        yield return Commands.CompareCommand.Create(context);
        yield return Commands.PlanCommand.Create(context);
        yield return Commands.DissatisfiersCommand.Create(context);
        yield return Commands.LinkageCommand.Create(context);
    }
}
