using System.CommandLine;
using System.Text.Json;

namespace CxOkr.Cli;

/// <summary>Builds the <c>cxokr</c> command tree and runs it with one-line errors and fixed exit codes.</summary>
internal static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for unusable input (bad arguments, unreadable or invalid files).</summary>
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        var context = new CliContext(stdout, stderr, time);
        var root = new RootCommand("cxokr: customer-experience OKRs, alignment checks and key-driver analysis.");
        foreach (var command in CommandCatalog.Create(context))
        {
            root.Subcommands.Add(command);
        }

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            stderr.WriteLine($"cxokr: {OneLine(parseResult.Errors[0].Message)}");
            return UsageError;
        }

        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
        };
        return parseResult.Invoke(configuration);
    }

    /// <summary>Runs a command body, turning a user's mistake into one line on stderr and exit code 2.</summary>
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

    private static bool IsUserError(Exception ex) =>
        ex is CxOkrException or ArgumentException or IOException or UnauthorizedAccessException
            or JsonException or FormatException or NotSupportedException;

    private static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Trim();
}
