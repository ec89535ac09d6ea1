using System.Text.Json;

namespace CxOkr.Cli.Tests;

/// <summary>cxokr score and report with the fields of issue 15: probability, stale, confidence, reasons, guardrails.</summary>
public sealed class TruthEarlyCliTests
{
    private static readonly string Example = CliRunner.TestData("score-issue-example.json");

    [Fact]
    public void Score_json_has_the_new_key_result_and_objective_fields()
    {
        var (code, output, _) = CliRunner.Run("score", Example, "--as-of", "2026-11-15", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var objective = doc.RootElement.GetProperty("objectives")[0];
        foreach (var name in new[] { "attainmentProbability", "attainmentProbabilityError", "confidence", "staleKeyResults", "statusReason" })
        {
            Assert.True(objective.TryGetProperty(name, out _), name);
        }

        var reply = objective.GetProperty("keyResults")[0];
        foreach (var name in new[] { "attainmentProbability", "stale", "daysSinceCheckIn", "statusReason", "confidence", "guardrail", "suggestedWeight" })
        {
            Assert.True(reply.TryGetProperty(name, out _), name);
        }

        // kr-reply: one check-in on 2026-10-20, 26 days before: stale; two points, no probability.
        Assert.True(reply.GetProperty("stale").GetBoolean());
        Assert.Equal(26, reply.GetProperty("daysSinceCheckIn").GetInt32());
        Assert.Equal(JsonValueKind.Null, reply.GetProperty("attainmentProbability").ValueKind);
        Assert.Contains("a probability needs at least 3", reply.GetProperty("noProbabilityReason").GetString(), StringComparison.Ordinal);
        Assert.Equal("behind the expected progress by 0.21; stale for 26 days", reply.GetProperty("statusReason").GetString());
        Assert.Equal(0.8, objective.GetProperty("confidence").GetDouble());
    }

    [Fact]
    public void Score_table_shows_probability_stale_and_why()
    {
        var (code, output, _) = CliRunner.Run("score", Example, "--as-of", "2026-11-15");
        Assert.Equal(0, code);
        Assert.Contains(" prob stale ", output, StringComparison.Ordinal);
        Assert.Contains("why: behind the expected progress by 0.21; stale for 26 days; no probability: 2 point(s)", output, StringComparison.Ordinal);
        var line = Assert.Single(output.Split('\n'), l => l.TrimStart().StartsWith("kr-reply ", StringComparison.Ordinal));
        Assert.Contains(" 26d ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_shows_probability_chips_stale_marks_and_reasons_on_hover()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cxokr-issue15-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, _, _) = CliRunner.Run("report", CliRunner.TestData(Path.Combine("examples", "workspace.json")), "--responses", CliRunner.TestData(Path.Combine("examples", "responses.csv")), "--as-of", "2026-11-27", "--out", folder);
            Assert.Equal(0, code);
            var html = File.ReadAllText(Path.Combine(folder, "report.html"));
            Assert.Contains("class=\"prob\"", html, StringComparison.Ordinal);
            Assert.Matches("title=\"probability of reaching the target by the period end: \\d+%\">\\d+%<", html);
            // The status in plain words is the badge; its hover text starts with the status and gives the reason (issue 17).
            Assert.Matches("class=\"badge st-(ontrack|atrisk|offtrack|achieved)\" title=\"(On track|At risk|Off track|Achieved): (behind|ahead)", html);
            Assert.Contains("<span class=\"why\">Why ", html, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
