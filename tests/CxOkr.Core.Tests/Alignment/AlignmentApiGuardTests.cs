using CxOkr.Alignment;
using static CxOkr.Tests.Alignment.AlignmentFixture;

namespace CxOkr.Tests.Alignment;

/// <summary>Driver rankings refuse impossible shares; a checker keeps the options it validated; the graph builds from a workspace.</summary>
public sealed class AlignmentApiGuardTests
{
    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Ranking_refuses_a_negative_or_non_finite_share_naming_the_driver(double share)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new KeyDriverRanking("support_sat", [new("chat_csat", 0.7), new("handle_time", share)]));
        Assert.Equal("drivers", ex.ParamName);
        Assert.Contains("'handle_time'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(">= 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranking_refuses_a_driver_named_twice()
    {
        // Two shares for one driver have no meaning; the second used to be kept silently beside the first.
        var ex = Assert.Throws<ArgumentException>(() => new KeyDriverRanking("support_sat", [new("chat_csat", 0.7), new("chat_csat", 0.3)]));
        Assert.Equal("drivers", ex.ParamName);
        Assert.Contains("'chat_csat' is listed more than once", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranking_accepts_zero_shares()
    {
        var ranking = new KeyDriverRanking("support_sat", [new("a", 0), new("b", 1)]);
        Assert.Equal(["b", "a"], ranking.Drivers.Select(d => d.Key));
    }

    [Fact]
    public void Options_are_immutable_and_invalid_ones_are_refused_when_the_checker_is_created()
    {
        var objectives = Healthy();
        objectives.Add(Obj("o-x", "chat", "o-support", "Q4", Kr("kr-x", "no_metric")));
        var options = new AlignmentOptions();
        var checker = new AlignmentChecker(options);
        var graph = new CascadeGraph(objectives, Units, [Q4], Metrics, Links);
        Assert.NotEmpty(Lines(checker.Check(graph)));

        Assert.Throws<ArgumentOutOfRangeException>(() => new AlignmentChecker(options with { MaxObjectivesPerUnit = -3 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AlignmentChecker(options with { MaxKeyResultsPerObjective = 0 }));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new AlignmentChecker(options with { TopDrivers = 0 }));
        Assert.Equal(nameof(AlignmentOptions.TopDrivers), ex.ParamName);
        var severities = options.Severities.SetItem(AlignmentRuleIds.Orphan, (CxOkr.Findings.FindingSeverity)42);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AlignmentChecker(options with { Severities = severities }));
        Assert.Throws<ArgumentNullException>(() => options with { DisabledRules = null! });

        // The collections are immutable: adding returns a new set and leaves the options as they were.
        Assert.NotSame(options.DisabledRules, options.DisabledRules.Add(AlignmentRuleIds.DanglingReference));
        Assert.Empty(options.DisabledRules);
        Assert.DoesNotContain(typeof(AlignmentOptions).GetProperties(), static p => p.SetMethod is { } set && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)));
    }

    [Fact]
    public void Graph_from_a_workspace_takes_every_list_and_the_driver_rankings()
    {
        var objectives = Healthy();
        objectives.Add(Obj("o-x", "chat", "o-support", "Q4", Kr("kr-x", "no_metric")));
        var workspace = new Workspace(Units, [Q4], objectives, Metrics, Links);
        KeyDriverRanking[] drivers = [new("support_sat", [new("chat_csat", 0.6), new("handle_time", 0.4)])];

        var graph = CascadeGraph.From(workspace, drivers);
        Assert.Equal(workspace.Objectives, graph.Objectives);
        Assert.Equal(workspace.Units, graph.Units);
        Assert.Equal(workspace.Periods, graph.Periods);
        Assert.Equal(workspace.Metrics, graph.Metrics);
        Assert.Equal(workspace.MetricLinks, graph.MetricLinks);
        Assert.Equal(drivers, graph.DriverRankings);
        var report = Lines(new AlignmentChecker().Check(graph));
        Assert.Equal(Lines(new AlignmentChecker().Check(new CascadeGraph(objectives, Units, [Q4], Metrics, Links, drivers))), report);
        Assert.Contains(report, line => line.Contains("kr-x,no_metric", StringComparison.Ordinal)); // the metrics were not forgotten
        Assert.Empty(CascadeGraph.From(workspace).DriverRankings);
        Assert.Equal("workspace", Assert.Throws<ArgumentNullException>(() => CascadeGraph.From(null!)).ParamName);
    }

    private static List<string> Lines(AlignmentReport report) =>
        report.Findings.Select(f => $"{f.Severity} {f.Rule} {string.Join(",", f.Subjects)}: {f.Message}").ToList();
}
