using System.CommandLine;
using Microsoft.Extensions.Time.Testing;

namespace CxOkr.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public void Unknown_command_exits_2_with_one_line_on_stderr()
    {
        var (code, _, error) = CliRunner.Run("no-such-command");
        Assert.Equal(2, code);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("cxokr: ", error);
    }

    [Fact]
    public void A_library_argument_exception_is_a_bug_exit_70_with_one_line_naming_it()
    {
        var (code, output, error) = RunThrowing(new ArgumentOutOfRangeException("index", "a library check the tool failed"));
        Assert.Equal(CliApp.InternalError, code);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("cxokr: internal error, a bug in cxokr (System.ArgumentOutOfRangeException: ", line, StringComparison.Ordinal);
        Assert.Contains("--verbose", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--verbose", "boom")]
    [InlineData("boom", "--verbose")]
    public void Verbose_prints_the_stack_trace_of_an_internal_error(string first, string second)
    {
        var (code, _, error) = RunThrowing(new InvalidOperationException("state the tool did not expect"), first, second);
        Assert.Equal(CliApp.InternalError, code);
        Assert.StartsWith("cxokr: internal error, a bug in cxokr (System.InvalidOperationException: state the tool did not expect)", error, StringComparison.Ordinal);
        Assert.Contains(nameof(Throw), error, StringComparison.Ordinal);
        Assert.Contains("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Formats_and_unsupported_operations_from_the_library_are_bugs_too()
    {
        Assert.Equal(CliApp.InternalError, RunThrowing(new FormatException("x")).ExitCode);
        Assert.Equal(CliApp.InternalError, RunThrowing(new NotSupportedException("x")).ExitCode);
        Assert.Equal(CliApp.InternalError, RunThrowing(new NullReferenceException()).ExitCode);
    }

    [Fact]
    public void Data_file_and_usage_errors_still_exit_2_with_one_line()
    {
        Exception[] userErrors =
        [
            new CliUsageException("--by needs --date-column."),
            new CxOkr.Data.DataFormatException("responses.csv line 3: 'x' is not a number."),
            new System.Text.Json.JsonException("bad JSON"),
            new FileNotFoundException("missing.json does not exist"),
            new UnauthorizedAccessException("denied"),
        ];
        foreach (var userError in userErrors)
        {
            var (code, _, error) = RunThrowing(userError);
            Assert.Equal(CliApp.UsageError, code);
            Assert.Equal($"cxokr: {userError.Message}", Assert.Single(error.TrimEnd().Split('\n')));
        }
    }

    [Fact]
    public void A_bad_option_value_the_library_refuses_is_a_usage_error()
    {
        // --bootstrap 3 reaches BootstrapOptions (at least 10 replicates): the library's ArgumentOutOfRangeException
        // is about what the user typed, so it is exit 2, not a bug.
        var (code, _, error) = CliRunner.Run("drivers", "--data", CliRunner.TestData(Path.Combine("examples", "responses.csv")), "--outcome", "support_sat", "--drivers", "chat_csat,hold_time", "--bootstrap", "3");
        Assert.Equal(CliApp.UsageError, code);
        Assert.Contains("Replicates", Assert.Single(error.TrimEnd().Split('\n')), StringComparison.Ordinal);
    }

    private static (int ExitCode, string Out, string Error) RunThrowing(Exception exception, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args.Length == 0 ? ["boom"] : args, stdout, stderr, new FakeTimeProvider(CliRunner.FixedNow), context => [Throw(context, exception)]);
        return (code, stdout.ToString(), stderr.ToString());
    }

    // A command like the real ones (its body runs through CliApp.Guarded) whose body throws what it is given.
    private static Command Throw(CliContext context, Exception exception)
    {
        var command = new Command("boom");
        command.SetAction(_ => CliApp.Guarded(context, () => throw exception));
        return command;
    }
}
