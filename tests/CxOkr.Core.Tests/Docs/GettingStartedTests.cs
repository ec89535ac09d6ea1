using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Okrs;
using CxOkr.Serialization;

namespace CxOkr.Tests.Docs;

/// <summary>The code of docs/getting-started.md, so that the page cannot drift from the library.</summary>
public sealed class GettingStartedTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "TestData", "examples");

    [Fact]
    public void First_objective_scores_as_the_page_says()
    {
        var q4 = new OkrPeriod("2026-Q4", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));
        var objective = new Objective("o-onboard", "Onboarding feels effortless", unitId: "support", periodId: q4.Id,
        [
            KeyResult.Increase("kr-reply", "Reply to 95% of feedback within 24h", baseline: 0.60, target: 0.95, weight: 2,
                checkIns: [new CheckIn(new DateOnly(2026, 10, 20), 0.70, confidence: 0.8)]),
            KeyResult.AtLeast("kr-csat", "Keep chat CSAT at or above 4.5", threshold: 4.5),
            KeyResult.Milestone("kr-kb", "Publish the help centre"),
        ]);

        var card = new OkrScorer().Score([objective], [q4], asOf: new DateOnly(2026, 11, 15));
        var o = card.Objectives[0];
        Assert.Equal((0.1429, Grade.Red, OkrStatus.OffTrack, 0.4945), (Math.Round(o.Score!.Value, 4), o.Grade, o.Status, Math.Round(o.ExpectedProgress, 4)));
        Assert.Equal((0.2857, OkrStatus.AtRisk, 1.0789), (Math.Round(o.KeyResults[0].Progress, 4), o.KeyResults[0].Status, Math.Round(o.KeyResults[0].Forecast!.Value, 4)));
        var ex = Assert.Throws<ArgumentException>(() => KeyResult.Increase("k", "t", baseline: 0.6, target: 0.5));
        Assert.Contains("target (0.5) must be above baseline (0.6) for an increase key result", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Workspace_and_driver_snippets_run_on_the_example()
    {
        Workspace workspace = WorkspaceReader.ReadFile(Path.Combine(Examples, "workspace.json"));
        Assert.Equal(WorkspaceWriter.Write(workspace), WorkspaceWriter.Write(WorkspaceReader.Read(WorkspaceWriter.Write(workspace))));

        ColumnTable table = CsvTableReader.ReadFile(Path.Combine(Examples, "responses.csv"));
        var spec = new KeyDriverSpecification("support_sat",
            ["chat_csat", "hold_time", "agent_knowledge", "agent_courtesy", "first_contact_fix"], weight: "weight");
        KeyDriverResult result = new KeyDriverAnalyzer().Analyze(table, spec);
        Assert.Equal(5, result.Drivers.Count);
        Assert.Equal(result.RSquared, result.Drivers.Sum(d => d.Shapley), 10);
    }
}
