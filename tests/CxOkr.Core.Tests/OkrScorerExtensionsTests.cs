using CxOkr.Okrs;
using CxOkr.Serialization;

namespace CxOkr.Tests;

public sealed class OkrScorerExtensionsTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "TestData", "examples");

    [Fact]
    public void Scoring_a_workspace_in_one_call_equals_scoring_its_objectives_and_periods()
    {
        var workspace = WorkspaceReader.ReadFile(Path.Combine(Examples, "workspace.json"));
        var asOf = new DateOnly(2026, 11, 27);
        IOkrScorer scorer = new OkrScorer();

        var card = scorer.Score(workspace, asOf);
        var expected = scorer.Score(workspace.Objectives, workspace.Periods, asOf);
        Assert.Equal(asOf, card.AsOf);
        Assert.Equal(expected.Objectives.Select(o => (o.ObjectiveId, o.Score, o.Status)), card.Objectives.Select(o => (o.ObjectiveId, o.Score, o.Status)));
        Assert.Equal(expected.Achievements, card.Achievements);
        Assert.Equal("workspace", Assert.Throws<ArgumentNullException>(() => scorer.Score((Workspace)null!, asOf)).ParamName);
        Assert.Equal("scorer", Assert.Throws<ArgumentNullException>(() => ((IOkrScorer)null!).Score(workspace, asOf)).ParamName);
    }
}
