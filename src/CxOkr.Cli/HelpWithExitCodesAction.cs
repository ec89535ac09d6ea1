using System.CommandLine;
using System.CommandLine.Invocation;

namespace CxOkr.Cli;

/// <summary>
/// The <c>--help</c> action: System.CommandLine's help, then the exit codes (the same for every command,
/// as docs/cli.md defines them).
/// </summary>
/// <param name="help">The standard help action this one extends.</param>
internal sealed class HelpWithExitCodesAction(SynchronousCommandLineAction help) : SynchronousCommandLineAction
{
    /// <summary>The exit-code section printed after the help of every command.</summary>
    public static readonly string ExitCodes = string.Join(
        Environment.NewLine,
        "Exit codes:",
        $"  {CliApp.Success,-3} success",
        "  1   align only: the check found an error-level problem",
        $"  {CliApp.UsageError,-3} unusable input: a missing command, a bad option, a missing or invalid file (one line on stderr)",
        $"  {CliApp.InternalError,-3} internal error, a bug in cxokr (one line on stderr; --verbose adds the stack trace)");

    /// <inheritdoc />
    public override bool ClearsParseErrors => help.ClearsParseErrors;

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        var code = help.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine(ExitCodes);
        output.WriteLine();
        return code;
    }
}
