using CxOkr.Okrs;
using CxOkr.Serialization;

namespace CxOkr.Tests.Serialization;

public sealed class WorkspaceReaderTests
{
    private const string Example = """
        {
          "formatVersion": 1,
          "units": [{"id": "company", "name": "Acme", "parentId": null},
                    {"id": "support", "name": "Support", "parentId": "company"}],
          "periods": [{"id": "2026-Q4", "start": "2026-10-01", "end": "2026-12-31"}],
          "objectives": [{
            "id": "o-onboard", "title": "Onboarding feels effortless", "unitId": "support",
            "periodId": "2026-Q4", "parentId": null, "type": "committed", "weight": 1,
            "keyResults": [
              {"id": "kr-reply", "title": "Reply to 95% of feedback within 24h", "kind": "increase",
               "metricId": "feedback_reply_24h", "baseline": 0.60, "target": 0.95, "weight": 2,
               "checkIns": [{"date": "2026-10-20", "value": 0.70, "confidence": 0.8, "note": "templates live"}]},
              {"id": "kr-csat", "title": "Keep chat CSAT at or above 4.5", "kind": "atLeast", "threshold": 4.5},
              {"id": "kr-kb", "title": "Publish the help centre", "kind": "milestone"}
            ]}]
        }
        """;

    [Fact]
    public void Issue_example_reads_with_defaults_applied()
    {
        var workspace = WorkspaceReader.Read(Example);
        Assert.Equal(["company", "support"], workspace.Units.Select(u => u.Id));
        var objective = Assert.Single(workspace.Objectives);
        Assert.Equal(ObjectiveType.Committed, objective.Type);
        var csat = objective.KeyResults[1];
        Assert.Equal((KeyResultKind.AtLeast, 4.5, 1.0), (csat.Kind, csat.Threshold!.Value, csat.Weight));
        Assert.Empty(csat.CheckIns);
        var reply = objective.KeyResults[0];
        Assert.Equal(new CheckIn(new DateOnly(2026, 10, 20), 0.70, 0.8, "templates live"), Assert.Single(reply.CheckIns));
    }

    [Fact]
    public void Every_problem_is_reported_with_its_json_path()
    {
        var json = Example
            .Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal)
            .Replace("\"target\": 0.95", "\"target\": 0.5", StringComparison.Ordinal)
            .Replace("\"kind\": \"milestone\"", "\"kind\": \"done\"", StringComparison.Ordinal)
            .Replace("\"unitId\": \"support\"", "\"unitId\": \"sales\"", StringComparison.Ordinal)
            .Replace("\"date\": \"2026-10-20\"", "\"date\": \"2027-01-20\"", StringComparison.Ordinal);
        var ex = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read(json));
        Assert.Equal(
            [
                "$.formatVersion",
                "$.objectives[0].unitId",
                "$.objectives[0].keyResults[0].target",
                "$.objectives[0].keyResults[0].checkIns[0].date",
                "$.objectives[0].keyResults[2].kind",
            ],
            ex.Problems.Select(p => p.Path));
        Assert.Contains("must be above baseline (0.6)", ex.Problems[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_property_is_an_error_naming_it()
    {
        var json = Example.Replace("\"weight\": 2,", "\"weight\": 2, \"colour\": \"blue\",", StringComparison.Ordinal);
        var ex = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read(json));
        var problem = Assert.Single(ex.Problems);
        Assert.Contains("colour", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_an_error_with_a_line_number()
    {
        var ex = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read("{\"formatVersion\": 1,"));
        Assert.Contains("line", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_unknown_parent_and_cycles_are_errors_when_strict_and_accepted_when_lenient()
    {
        const string json = """
            {"formatVersion": 1,
             "units": [{"id": "u", "name": "U"}],
             "periods": [{"id": "p", "start": "2026-01-01", "end": "2026-03-31"}],
             "objectives": [
               {"id": "a", "title": "A", "unitId": "u", "periodId": "p", "parentId": "b"},
               {"id": "b", "title": "B", "unitId": "u", "periodId": "p", "parentId": "a"},
               {"id": "c", "title": "C", "unitId": "u", "periodId": "p", "parentId": "ghost"},
               {"id": "c", "title": "C again", "unitId": "nowhere", "periodId": "p"}]}
            """;
        var ex = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read(json));
        Assert.Contains(ex.Problems, p => p.Path == "$.objectives[3].id");
        Assert.Contains(ex.Problems, p => p.Path == "$.objectives[3].unitId");
        Assert.Contains(ex.Problems, p => p.Path == "$.objectives[2].parentId" && p.Message.Contains("ghost", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Path == "$.objectives" && p.Message.Contains("a -> b", StringComparison.Ordinal));

        var lenient = WorkspaceReader.Read(json, WorkspaceReadMode.Lenient);
        Assert.Equal(4, lenient.Objectives.Count);
    }

    [Theory]
    [InlineData("\"2026-Q4\"", WorkspaceReadMode.Strict)]
    [InlineData("\"2099-Q9\"", WorkspaceReadMode.Lenient)] // unknown period: no range check would catch the date
    public void Check_in_on_the_default_date_is_one_problem_at_its_json_path_not_a_crash(string periodId, WorkspaceReadMode mode)
    {
        var json = Example
            .Replace("\"periodId\": \"2026-Q4\"", $"\"periodId\": {periodId}", StringComparison.Ordinal)
            .Replace("\"date\": \"2026-10-20\"", "\"date\": \"0001-01-01\"", StringComparison.Ordinal);
        var ex = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read(json, mode));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("$.objectives[0].keyResults[0].checkIns[0].date", problem.Path);
        Assert.Contains("default date 0001-01-01, which marks a missing date", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_format_version_is_an_error()
    {
        var ex = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read("{}"));
        Assert.Equal("$.formatVersion", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Written_document_reads_back_to_the_same_document()
    {
        var first = WorkspaceWriter.Write(WorkspaceReader.Read(Example));
        var second = WorkspaceWriter.Write(WorkspaceReader.Read(first));
        Assert.Equal(first, second);
        Assert.Contains("\"checkIns\"", first, StringComparison.Ordinal);
    }
}
