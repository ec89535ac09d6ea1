using Microsoft.Extensions.Time.Testing;

namespace CxOkr.Cli.Tests;

/// <summary>Runs the tool in-process and captures what it writes.</summary>
internal static class CliRunner
{
    public static readonly DateTimeOffset FixedNow = new(2026, 11, 15, 12, 0, 0, TimeSpan.Zero);

    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, new FakeTimeProvider(FixedNow));
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static string TestData(string name) =>
        Path.Combine(AppContext.BaseDirectory, "TestData", name);
}
