using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text.Json;

namespace CxOkr.Cli;

/// <summary>Builds the <c>cxokr</c> command tree and runs it with one-line errors and fixed exit codes.</summary>
internal static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for unusable input (bad arguments, unreadable or invalid files).</summary>
    public const int UsageError = 2;

    /// <summary>Exit code for an internal error, a bug in cxokr (EX_SOFTWARE of BSD's sysexits.h).</summary>
    public const int InternalError = 70;

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="time">The clock.</param>
    /// <param name="commands">The subcommands (tests add their own); default <see cref="CommandCatalog.Create"/>.</param>
    /// <returns>The exit code: 0, 1 (<c>align</c> found an error), 2 (unusable input) or 70 (a bug in cxokr).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time, Func<CliContext, IEnumerable<Command>>? commands = null)
    {
        // Nothing a user supplied may drive the terminal (escape sequences, a lone CR, bidi overrides).
        using var safeOut = new TerminalSafeWriter(stdout);
        using var safeError = new TerminalSafeWriter(stderr);
        var terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? stderr : null;
        return RunSafely(args, safeOut, safeError, time, terminal, commands);
    }

    private static int RunSafely(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time, TextWriter? terminal, Func<CliContext, IEnumerable<Command>>? commands)
    {
        var context = new CliContext(stdout, stderr, time, terminal);
        var verbose = new Option<bool>("--verbose")
        {
            Description = "On an internal error, also print the stack trace.",
            Recursive = true,
        };
        var root = new RootCommand("cxokr: customer-experience OKRs, alignment checks and key-driver analysis.");
        root.Options.Add(verbose);
        foreach (var command in (commands ?? CommandCatalog.Create)(context))
        {
            root.Subcommands.Add(command);
        }

        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExitCodesAction((SynchronousCommandLineAction)help.Action!);

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            return ReportParseError(root, parseResult, stderr);
        }

        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return parseResult.Invoke(configuration);
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            // A command outside Guarded, or an error thrown while the command was being set up.
            stderr.WriteLine($"cxokr: {OneLine(ex.Message)}");
            return UsageError;
        }
        catch (Exception ex)
        {
            // Never silence a bug, never pass it off as the user's mistake.
            var details = parseResult.GetValue(verbose) ? "the stack trace follows" : "run again with --verbose for the stack trace";
            stderr.WriteLine($"cxokr: internal error, a bug in cxokr ({ex.GetType().FullName}: {OneLine(ex.Message)}); please report it; {details}.");
            if (parseResult.GetValue(verbose))
            {
                stderr.WriteLine(ex.ToString());
            }

            return InternalError;
        }
    }

    // No command: the usage on stderr (a missing command is unusable input, exit 2); an unknown command: one line
    // naming the nearest commands; any other mistake: System.CommandLine's first error, on one line.
    private static int ReportParseError(RootCommand root, ParseResult parseResult, TextWriter stderr)
    {
        if (parseResult.CommandResult.Command == root)
        {
            var typed = parseResult.UnmatchedTokens.FirstOrDefault();
            if (typed is null)
            {
                stderr.WriteLine("cxokr: a command is required.");
                stderr.WriteLine();
                root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
                return UsageError;
            }

            var message = typed.StartsWith('-')
                ? $"'{typed}' is not a cxokr option; run 'cxokr --help' for the commands and options."
                : CommandSuggestion.Message(typed, root.Subcommands.Select(c => c.Name));
            stderr.WriteLine($"cxokr: {OneLine(message)}");
            return UsageError;
        }

        stderr.WriteLine($"cxokr: {OneLine(parseResult.Errors[0].Message)}");
        return UsageError;
    }

    /// <summary>
    /// Runs a command body, turning a user's mistake into one line on stderr and exit code 2; anything else
    /// propagates to <see cref="Run"/>, which reports it as an internal error (exit 70).
    /// </summary>
    public static int Guarded(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            context.Error.WriteLine($"cxokr: {OneLine(ex.Message)}");
            return UsageError;
        }
    }

    // The user's mistakes: the command line (CliUsageException), the library's verdict on documents and data
    // (the CxOkrException family, JsonException from reading documents) and files that cannot be read or
    // written (IOException, FileNotFoundException included, and UnauthorizedAccessException). Not
    // ArgumentException, FormatException, NotSupportedException or InvalidOperationException: from the
    // library those mean the tool called it wrongly, a bug.
    private static bool IsUserError(Exception ex) =>
        ex is CliUsageException or CxOkrException or JsonException or IOException or UnauthorizedAccessException;

    /// <summary>The longest error line the tool prints; a longer message (a 100 MB cell echoed back) is cut, saying how much was left out.</summary>
    internal const int MaximumErrorLength = 2000;

    private static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length <= MaximumErrorLength
            ? line
            : string.Concat(line.AsSpan(0, MaximumErrorLength), $"... ({line.Length - MaximumErrorLength} more characters)");
    }
}
