using CxOkr.Okrs;
using CxOkr.Serialization;

namespace CxOkr.Tests.Serialization;

/// <summary>The optional workspace fields of issue 15: parentIds/parentShares, rollup, guardrailMetricId/guardrailMargin.</summary>
public sealed class TruthEarlyWorkspaceTests
{
    private const string Head = """
        {"formatVersion": 1, "units": [{"id": "u", "name": "U", "parentId": null}],
         "periods": [{"id": "q4", "start": "2026-10-01", "end": "2026-12-31"}],
         "objectives": [
           {"id": "p1", "title": "P1", "unitId": "u", "periodId": "q4", "parentId": null,
            "keyResults": [{"id": "kr-p", "title": "Revenue", "kind": "increase", "metricId": "rev", "baseline": 0, "target": 100, "rollup": "sum"}]},
           {"id": "p2", "title": "P2", "unitId": "u", "periodId": "q4", "parentId": null},
        """;

    private static string Doc(string child) => Head + child + "]}";

    [Fact]
    public void New_fields_are_read_and_written_back_unchanged()
    {
        var json = Doc("""
            {"id": "c", "title": "C", "unitId": "u", "periodId": "q4", "parentId": null, "parentIds": ["p1", "p2"], "parentShares": [0.6, 0.4],
             "keyResults": [{"id": "kr-c", "title": "Cut AHT", "kind": "decrease", "metricId": "aht", "baseline": 500, "target": 400, "guardrailMetricId": "fcr", "guardrailMargin": 2}]}
            """);
        var workspace = WorkspaceReader.Read(json);
        var child = workspace.Objectives[2];
        Assert.Equal([new ObjectiveParent("p1", 0.6), new ObjectiveParent("p2", 0.4)], child.Parents);
        Assert.Equal(("fcr", 2.0), (child.KeyResults[0].GuardrailMetricId, child.KeyResults[0].GuardrailMargin));
        Assert.Equal(KeyResultRollup.Sum, workspace.Objectives[0].KeyResults[0].Rollup);

        var written = WorkspaceWriter.Write(workspace);
        Assert.Contains("\"parentIds\"", written, StringComparison.Ordinal);
        Assert.Contains("\"rollup\": \"sum\"", written, StringComparison.Ordinal);
        var again = WorkspaceReader.Read(written);
        Assert.Equal(written, WorkspaceWriter.Write(again));
        Assert.Equal(child.Parents, again.Objectives[2].Parents);

        // Absent fields: written as before (no parentIds, rollup or guardrail keys).
        var plain = WorkspaceWriter.Write(WorkspaceReader.Read(Doc("""{"id": "c", "title": "C", "unitId": "u", "periodId": "q4", "parentId": "p1"}""")));
        Assert.DoesNotContain("parentIds", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("guardrail", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Parent_ids_without_shares_split_equally()
    {
        var workspace = WorkspaceReader.Read(Doc("""{"id": "c", "title": "C", "unitId": "u", "periodId": "q4", "parentIds": ["p1", "p2"]}"""));
        Assert.Equal([0.5, 0.5], workspace.Objectives[2].Parents.Select(static p => p.Share));
    }

    [Theory]
    [InlineData("""{"id": "c", "title": "C", "unitId": "u", "periodId": "q4", "parentIds": ["p1", "p2"], "parentShares": [0.7, 0.5]}""", "$.objectives[2].parentShares", "more than 1")]
    [InlineData("""{"id": "c", "title": "C", "unitId": "u", "periodId": "q4", "parentIds": ["p1", "p2"], "parentShares": [0.7]}""", "$.objectives[2].parentShares", "one share per parent")]
    [InlineData("""{"id": "c", "title": "C", "unitId": "u", "periodId": "q4", "parentId": "p1", "parentIds": ["p2"]}""", "$.objectives[2].parentIds", "not both")]
    [InlineData("""{"id": "c", "title": "C", "unitId": "u", "periodId": "q4", "parentIds": ["p1", "p9"]}""", "$.objectives[2].parentIds[1]", "not the id of any objective")]
    [InlineData("""{"id": "c", "title": "C", "unitId": "u", "periodId": "q4", "parentIds": ["p1"], "parentShares": [0]}""", "$.objectives[2].parentShares[0]", "(0, 1]")]
    [InlineData("""{"id": "c", "title": "C", "unitId": "u", "periodId": "q4", "keyResults": [{"id": "k", "title": "k", "kind": "atLeast", "threshold": 1, "metricId": "m", "rollup": "sum"}]}""", "$.objectives[2].keyResults[0].rollup", "only increase and decrease")]
    [InlineData("""{"id": "c", "title": "C", "unitId": "u", "periodId": "q4", "keyResults": [{"id": "k", "title": "k", "kind": "increase", "baseline": 0, "target": 1, "rollup": "max"}]}""", "$.objectives[2].keyResults[0].rollup", "expected sum, targetWeighted")]
    [InlineData("""{"id": "c", "title": "C", "unitId": "u", "periodId": "q4", "keyResults": [{"id": "k", "title": "k", "kind": "increase", "baseline": 0, "target": 1, "metricId": "m", "guardrailMetricId": "m"}]}""", "$.objectives[2].keyResults[0].guardrailMetricId", "own metric")]
    [InlineData("""{"id": "c", "title": "C", "unitId": "u", "periodId": "q4", "keyResults": [{"id": "k", "title": "k", "kind": "increase", "baseline": 0, "target": 1, "guardrailMetricId": "g", "guardrailMargin": -1}]}""", "$.objectives[2].keyResults[0].guardrailMargin", ">= 0")]
    public void Bad_new_fields_are_reported_at_their_path(string child, string path, string message)
    {
        var error = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read(Doc(child)));
        Assert.Contains(error.Problems, p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Multi_parent_cycle_is_reported()
    {
        var json = """
            {"formatVersion": 1, "units": [{"id": "u", "name": "U", "parentId": null}],
             "periods": [{"id": "q4", "start": "2026-10-01", "end": "2026-12-31"}],
             "objectives": [
               {"id": "p1", "title": "P1", "unitId": "u", "periodId": "q4", "parentId": "c"},
               {"id": "p2", "title": "P2", "unitId": "u", "periodId": "q4", "parentId": null},
               {"id": "c", "title": "C", "unitId": "u", "periodId": "q4", "parentIds": ["p2", "p1"]}]}
            """;
        var error = Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read(json));
        Assert.Contains(error.Problems, p => p.Path == "$.objectives" && p.Message.Contains("form a cycle", StringComparison.Ordinal));
    }
}
