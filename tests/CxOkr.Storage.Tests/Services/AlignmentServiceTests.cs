using CxOkr.Alignment;
using CxOkr.Findings;
using CxOkr.Services;

namespace CxOkr.Storage.Tests.Services;

public sealed class AlignmentServiceTests
{
    private static string Describe(AlignmentReport report) =>
        string.Join("\n", report.Findings.Select(static f => $"{f.Rule}|{f.Severity}|{string.Join(",", f.Subjects)}|{f.Message}"));

    private static async Task<(Workspace Workspace, InMemoryOkrStore Store)> ExampleAsync()
    {
        var workspace = TestFiles.ExampleWorkspace();
        var store = new InMemoryOkrStore();
        await WorkspaceTransfer.ImportAsync(workspace, store);
        return (workspace, store);
    }

    [Fact]
    public async Task Check_over_the_store_equals_the_checker_on_the_workspace()
    {
        var (workspace, store) = await ExampleAsync();
        var checker = new AlignmentChecker();
        var service = new AlignmentService(store, store, store, checker);

        var expected = checker.Check(new CascadeGraph(workspace.Objectives, workspace.Units, workspace.Periods, workspace.Metrics, workspace.MetricLinks));
        var actual = await service.CheckAsync();
        Assert.Equal(Describe(expected), Describe(actual));

        var graph = await service.BuildGraphAsync();
        Assert.Equal(workspace.Objectives.Select(static o => o.Id), graph.Objectives.Select(static o => o.Id));
        Assert.Equal(workspace.Metrics.Count, graph.Metrics.Count);
        Assert.Equal(workspace.MetricLinks.Count, graph.MetricLinks.Count);
    }

    [Fact]
    public async Task Driver_rankings_feed_the_uncovered_driver_rule_and_options_apply()
    {
        var (_, store) = await ExampleAsync();
        var ranking = new KeyDriverRanking("nps", [new("no-kr-measures-this", 0.6), new("nor-this", 0.3)]);

        var service = new AlignmentService(store, store, store, new AlignmentChecker());
        var report = await service.CheckAsync([ranking]);
        Assert.Equal(2, report.Findings.Count(static f => f.Rule == AlignmentRuleIds.UncoveredDriver));
        Assert.Contains(report.Findings, static f => f.Rule == AlignmentRuleIds.UncoveredDriver && f.Subjects.SequenceEqual(["nps", "no-kr-measures-this"]));

        var options = new AlignmentOptions { TopDrivers = 1 };
        options = options with { Severities = options.Severities.SetItem(AlignmentRuleIds.UncoveredDriver, FindingSeverity.Error) };
        var strict = await new AlignmentService(store, store, store, new AlignmentChecker(options)).CheckAsync([ranking]);
        var finding = Assert.Single(strict.Findings, static f => f.Rule == AlignmentRuleIds.UncoveredDriver);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
    }

    [Fact]
    public async Task Empty_store_gives_no_findings_and_cancellation_is_honoured()
    {
        var store = new InMemoryOkrStore();
        var service = new AlignmentService(store, store, store, new AlignmentChecker());
        Assert.Empty((await service.CheckAsync()).Findings);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => service.CheckAsync(cancellationToken: new CancellationToken(true)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => service.CheckAsync([null!]));
        Assert.Throws<ArgumentNullException>(() => new AlignmentService(store, store, null!, new AlignmentChecker()));
    }
}
