namespace CxOkr.Cli.Tests;

/// <summary>What the tool says when it is called without a command, with a mistyped one, or with --help.</summary>
public sealed class UsageTests
{
    [Theory]
    [InlineData]
    [InlineData("--verbose")]
    public void Without_a_command_the_usage_goes_to_stderr_with_exit_2(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);
        Assert.Equal(CliApp.UsageError, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("cxokr: a command is required.", error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
        Assert.Contains("  score <workspace>", error, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command was not provided", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sco", "cxokr: 'sco' is not a cxokr command. Did you mean 'score'?")]
    [InlineData("dirvers", "cxokr: 'dirvers' is not a cxokr command. Did you mean 'drivers'?")]
    [InlineData("aling", "cxokr: 'aling' is not a cxokr command. Did you mean 'align'?")]
    [InlineData("Report", "cxokr: 'Report' is not a cxokr command. Did you mean 'report'?")]
    [InlineData("d", "cxokr: 'd' is not a cxokr command. Did you mean 'drivers' or 'dissatisfiers'?")]
    [InlineData("xyzzy", "cxokr: 'xyzzy' is not a cxokr command; run 'cxokr --help' for the list of commands.")]
    [InlineData("--bogus", "cxokr: '--bogus' is not a cxokr option; run 'cxokr --help' for the commands and options.")]
    public void An_unknown_command_names_the_nearest_in_one_line_with_exit_2(string typed, string expected)
    {
        var (code, output, error) = CliRunner.Run(typed, "docs/examples/workspace.json");
        Assert.Equal(CliApp.UsageError, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(expected, Assert.Single(error.TrimEnd().Split('\n')).TrimEnd('\r'));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("score", "--help")]
    [InlineData("drivers", "-h")]
    public void Help_lists_the_exit_codes_on_stdout_with_exit_0(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);
        Assert.Equal(CliApp.Success, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        var section = output[output.IndexOf("Exit codes:", StringComparison.Ordinal)..];
        foreach (var exitCode in new[] { "  0   success", "  1   align only", "  2   unusable input", "  70  internal error" })
        {
            Assert.Contains(exitCode, section, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("score", "score", 0)]
    [InlineData("scroe", "score", 1)]
    [InlineData("sco", "score", 2)]
    [InlineData("", "align", 5)]
    [InlineData("journey", "journeys", 1)]
    public void Edit_distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, CommandSuggestion.EditDistance(a, b));
        Assert.Equal(expected, CommandSuggestion.EditDistance(b, a));
    }

    [Fact]
    public void Suggestions_are_nearest_first_and_at_most_three()
    {
        string[] names = ["score", "scores", "scare", "scope", "store"];
        Assert.Equal(["score", "scores", "scare"], CommandSuggestion.Nearest("score", names));
        Assert.Empty(CommandSuggestion.Nearest("linkages-and-more", ["score"]));
    }
}
