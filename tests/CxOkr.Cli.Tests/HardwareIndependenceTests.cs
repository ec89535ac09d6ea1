using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CxOkr.Cli.Tests;

/// <summary>
/// The tool prints the same bytes whatever vector instructions the machine offers: the built tool is run in a
/// child process as it is (AVX2 where the machine has it), with AVX2 off and with every hardware intrinsic off
/// (the scalar fallbacks), and the JSON must not differ in one digit. This is what makes the Native AOT tool
/// (compiled for the baseline instruction set) and the framework-dependent tool agree.
/// </summary>
public sealed class HardwareIndependenceTests
{
    private static readonly string Churn = CliRunner.TestData("churn_weighted.csv");
    private static readonly string Workspace = CliRunner.TestData(Path.Combine("examples", "workspace.json"));
    private static readonly string Responses = CliRunner.TestData(Path.Combine("examples", "responses.csv"));

    public static TheoryData<string> Environments() => new() { "DOTNET_EnableAVX2=0", "DOTNET_EnableHWIntrinsic=0" };

    [Theory]
    [MemberData(nameof(Environments))]
    public void Linear_drivers_json_is_byte_identical_without_wide_vectors(string environment)
    {
        using var data = new TempFile(".csv", SixteenDrivers());
        string[] args = ["drivers", "--data", data.Path, "--outcome", "y", "--format", "json"];
        Assert.Equal(RunTool(args, null), RunTool(args, environment));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Logistic_drivers_json_is_byte_identical_without_wide_vectors(string environment)
    {
        string[] args = ["drivers", "--data", Churn, "--outcome", "churned", "--weight", "weight", "--model", "logit", "--format", "json"];
        Assert.Equal(RunTool(args, null), RunTool(args, environment));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Linkage_bootstrap_json_is_byte_identical_without_wide_vectors(string environment)
    {
        string[] args = ["linkage", Workspace, "--responses", Responses, "--target", "support_sat", "--weight", "weight", "--bootstrap", "50", "--seed", "7", "--format", "json"];
        Assert.Equal(RunTool(args, null), RunTool(args, environment));
    }

    /// <summary>16 drivers x 2,000 rows with decimals (so that sums round), fixed seed.</summary>
    private static string SixteenDrivers()
    {
        var random = new Random(18);
        var text = new StringBuilder("y");
        for (var j = 1; j <= 16; j++)
        {
            text.Append(CultureInfo.InvariantCulture, $",x{j}");
        }

        text.Append('\n');
        for (var r = 0; r < 2000; r++)
        {
            var y = 0.0;
            var line = new StringBuilder();
            for (var j = 1; j <= 16; j++)
            {
                var x = random.Next(1, 11) + Math.Round(random.NextDouble(), 3);
                y += x * j / 40;
                line.Append(CultureInfo.InvariantCulture, $",{x}");
            }

            text.Append(CultureInfo.InvariantCulture, $"{y + (random.NextDouble() * 3):F3}").Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static string RunTool(string[] args, string? environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cxokr.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("DOTNET_EnableAVX2");
        start.Environment.Remove("DOTNET_EnableHWIntrinsic");
        if (environment is not null)
        {
            var parts = environment.Split('=');
            start.Environment[parts[0]] = parts[1];
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{environment}: exit {process.ExitCode}: {error.Result}");
        Assert.NotEmpty(output);
        return output;
    }
}
