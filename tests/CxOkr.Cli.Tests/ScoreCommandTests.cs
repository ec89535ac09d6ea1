using System.Text.Json;
using CxOkr.Okrs;
using CxOkr.Serialization;

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
        Assert.Equal(0.1429, objective.GetProperty("score").GetDouble(), 4);
        Assert.Equal("red", objective.GetProperty("grade").GetString());
        Assert.Equal("offTrack", objective.GetProperty("status").GetString());
        Assert.Equal(0.4945, objective.GetProperty("expectedProgress").GetDouble(), 4);
        var reply = objective.GetProperty("keyResults")[0];
        Assert.Equal(0.7, reply.GetProperty("current").GetDouble());
        Assert.Equal(0.2857, reply.GetProperty("progress").GetDouble(), 4);
        Assert.Equal("atRisk", reply.GetProperty("status").GetString());
        var forecast = reply.GetProperty("forecast");
        Assert.Equal(1.0789, forecast.GetProperty("value").GetDouble(), 4);
        Assert.Equal(1.3684, forecast.GetProperty("progress").GetDouble(), 4);
        Assert.Equal(1.0, forecast.GetProperty("score").GetDouble());
        Assert.Equal(JsonValueKind.Null, objective.GetProperty("keyResults")[1].GetProperty("forecast").ValueKind);
        var achievement = Assert.Single(root.GetProperty("achievements").EnumerateArray());
        Assert.Equal("progressMilestone", achievement.GetProperty("kind").GetString());
        Assert.Equal(0.25, achievement.GetProperty("level").GetDouble());
    }

    [Fact]
    public void Json_output_is_the_library_json_of_the_scorecard_at_full_precision()
    {
        var (code, output, _) = CliRunner.Run("score", Example, "--as-of", "2026-11-15", "--format", "json");
        Assert.Equal(0, code);
        var scorecard = new OkrScorer().Score(WorkspaceReader.ReadFile(Example), new DateOnly(2026, 11, 15));
        Assert.Equal(ResultJson.ToJson(scorecard) + Environment.NewLine, output);

        // (0.70 - 0.60) / (0.95 - 0.60) = 0.285714...: parsed back, the same double as the library's, not 0.2857.
        using var doc = JsonDocument.Parse(output);
        var reply = doc.RootElement.GetProperty("objectives")[0].GetProperty("keyResults")[0];
        var progress = reply.GetProperty("progress").GetDouble();
        Assert.Equal(BitConverter.DoubleToInt64Bits(scorecard.Objectives[0].KeyResults[0].Progress), BitConverter.DoubleToInt64Bits(progress));
        Assert.NotEqual(0.2857, progress);
        Assert.True(reply.GetProperty("hasCheckIn").GetBoolean());
    }

    [Fact]
    public void Key_result_without_check_in_shows_the_baseline_as_current_and_has_check_in_false()
    {
        using var workspace = new TempFile(".json", """
            {"formatVersion": 1,
             "units": [{"id": "u", "name": "Unit", "parentId": null}],
             "periods": [{"id": "q4", "start": "2026-10-01", "end": "2026-12-31"}],
             "objectives": [{"id": "o", "title": "O", "unitId": "u", "periodId": "q4", "parentId": null, "type": "committed", "weight": 1,
               "keyResults": [{"id": "kr", "title": "KR", "kind": "increase", "baseline": 0.6, "target": 0.95, "weight": 1}]}]}
            """);
        var (code, output, error) = CliRunner.Run("score", workspace.Path, "--as-of", "2026-11-15", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var doc = JsonDocument.Parse(output);
        var kr = doc.RootElement.GetProperty("objectives")[0].GetProperty("keyResults")[0];
        Assert.Equal(0.6, kr.GetProperty("current").GetDouble());
        Assert.False(kr.GetProperty("hasCheckIn").GetBoolean());

        var (_, table, _) = CliRunner.Run("score", workspace.Path, "--as-of", "2026-11-15");
        var line = Assert.Single(table.Split('\n'), l => l.TrimStart().StartsWith("kr ", StringComparison.Ordinal));
        Assert.Equal("-", line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^2]);
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
