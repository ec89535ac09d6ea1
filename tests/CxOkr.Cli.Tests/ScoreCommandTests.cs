using System.Text.Json;

namespace CxOkr.Cli.Tests;

public sealed class ScoreCommandTests
{
    private static readonly string Example = CliRunner.TestData("score-issue-example.json");

    [Fact]
    public void Json_output_of_the_issue_example_has_the_documented_values()
    {
        var (code, output, error) = CliRunner.Run("score", Example, "--as-of", "2026-11-15", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("2026-11-15", root.GetProperty("asOf").GetString());
        var objective = root.GetProperty("objectives")[0];
        Assert.Equal(0.1429, objective.GetProperty("score").GetDouble());
        Assert.Equal("red", objective.GetProperty("grade").GetString());
        Assert.Equal("offTrack", objective.GetProperty("status").GetString());
        Assert.Equal(0.4945, objective.GetProperty("expectedProgress").GetDouble());
        var reply = objective.GetProperty("keyResults")[0];
        Assert.Equal(0.7, reply.GetProperty("current").GetDouble());
        Assert.Equal(0.2857, reply.GetProperty("progress").GetDouble());
        Assert.Equal("atRisk", reply.GetProperty("status").GetString());
        var forecast = reply.GetProperty("forecast");
        Assert.Equal((1.0789, 1.3684, 1.0), (forecast.GetProperty("value").GetDouble(), forecast.GetProperty("progress").GetDouble(), forecast.GetProperty("score").GetDouble()));
        Assert.Equal(JsonValueKind.Null, objective.GetProperty("keyResults")[1].GetProperty("forecast").ValueKind);
        var achievement = Assert.Single(root.GetProperty("achievements").EnumerateArray());
        Assert.Equal("progressMilestone", achievement.GetProperty("kind").GetString());
        Assert.Equal(0.25, achievement.GetProperty("level").GetDouble());
    }

    [Fact]
    public void As_of_defaults_to_today_from_the_clock()
    {
        var (code, output, _) = CliRunner.Run("score", Example, "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("\"asOf\": \"2026-11-15\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_output_lists_objectives_key_results_and_achievements()
    {
        var (code, output, _) = CliRunner.Run("score", Example, "--as-of", "2026-11-15");
        Assert.Equal(0, code);
        Assert.Contains("o-onboard", output, StringComparison.Ordinal);
        Assert.Contains("atRisk", output, StringComparison.Ordinal);
        Assert.Contains("progressMilestone 0.25  kr-reply", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "15/11/2026")]
    [InlineData("--format", "xml")]
    public void Bad_option_value_exits_2_with_one_line(string option, string value)
    {
        var (code, output, error) = CliRunner.Run("score", Example, option, value);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Missing_file_exits_2_naming_it()
    {
        var (code, _, error) = CliRunner.Run("score", "no-such-file.json");
        Assert.Equal(2, code);
        Assert.Contains("no-such-file.json", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Invalid_document_exits_2_with_the_json_path_and_no_stack_trace()
    {
        using var file = new TempFile(".json", File.ReadAllText(Example).Replace("\"target\": 0.95", "\"target\": 0.5", StringComparison.Ordinal));
        var path = file.Path;
        var (code, _, error) = CliRunner.Run("score", path);
        Assert.Equal(2, code);
        Assert.Contains("$.objectives[0].keyResults[0].target", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }
}
