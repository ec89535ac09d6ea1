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
}
