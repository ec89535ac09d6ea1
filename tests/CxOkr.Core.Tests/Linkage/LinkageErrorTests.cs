using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Linkage;
using static CxOkr.Tests.Linkage.LinkageFixture;

namespace CxOkr.Tests.Linkage;

/// <summary>What the analysis refuses, and how it says so.</summary>
public sealed class LinkageErrorTests
{
    [Fact]
    public void An_equation_with_fewer_than_k_plus_2_complete_rows_names_its_metric_and_row_count()
    {
        // support_sat and onboarding_sat are never answered together: nps ~ support_sat + onboarding_sat has no complete row.
        var table = ColumnTable.FromRows(["nps", "support_sat", "onboarding_sat"], [[9, 4, double.NaN], [7, double.NaN, 3], [8, 5, double.NaN], [6, double.NaN, 2], [10, 3, double.NaN]]);
        var links = new[] { new MetricLink("support_sat", "nps"), new MetricLink("onboarding_sat", "nps") };
        var error = Assert.Throws<LinkageModelException>(() => new LinkageAnalyzer().Analyze(LinkageFixture.Metrics, links, table, "nps"));
        Assert.Equal("nps", error.MetricId);
        Assert.Equal(0, error.Rows);
        Assert.Contains("equation 'nps' (on support_sat, onboarding_sat) has 0 complete rows", error.Message, StringComparison.Ordinal);
        Assert.Contains("at least 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_without_a_column_is_an_error_naming_it()
    {
        var table = ColumnTable.FromRows(["support_sat"], [[1], [2]]);
        var error = Assert.Throws<LinkageModelException>(() => new LinkageAnalyzer().Analyze(LinkageFixture.Metrics, LinkageFixture.Links, table, "nps"));
        Assert.Equal("nps", error.MetricId);
        Assert.Contains("no column", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_in_the_model_is_an_error_naming_a_metric_on_it()
    {
        var links = new[] { new MetricLink("support_sat", "nps"), new MetricLink("onboarding_sat", "support_sat"), new MetricLink("support_sat", "onboarding_sat") };
        var error = Assert.Throws<LinkageModelException>(() => new LinkageAnalyzer().Analyze(LinkageFixture.Metrics, links, Table(), "nps"));
        Assert.Contains(error.MetricId, new[] { "support_sat", "onboarding_sat" });
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_whose_upstream_has_no_column_are_listed_and_left_out_not_followed()
    {
        var result = new LinkageAnalyzer().Analyze(LinkageFixture.Metrics, LinkageFixture.Links, Table(), "nps");
        Assert.Equal([("time_to_resolution", "nps")], result.Unmeasured.Select(static l => (l.From, l.To)));
        Assert.DoesNotContain(result.Effects, static e => e.MetricId is "time_to_resolution" or "handle_time");
        Assert.DoesNotContain(result.Equations, static e => e.MetricId == "time_to_resolution");
    }

    [Fact]
    public void A_target_whose_upstream_metrics_all_lack_columns_is_an_error()
    {
        var table = ColumnTable.FromRows(["nps"], [[1], [2], [3]]);
        var error = Assert.Throws<LinkageModelException>(() => new LinkageAnalyzer().Analyze(LinkageFixture.Metrics, LinkageFixture.Links, table, "nps"));
        Assert.Contains("no measured upstream metric", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_constant_predictor_is_an_error_naming_it()
    {
        var rows = Enumerable.Range(0, 20).Select(static i => new double[] { i % 7, 3, i % 5 }).ToArray();
        var table = ColumnTable.FromRows(["nps", "support_sat", "onboarding_sat"], rows);
        var links = new[] { new MetricLink("support_sat", "nps"), new MetricLink("onboarding_sat", "nps") };
        var error = Assert.Throws<LinkageModelException>(() => new LinkageAnalyzer().Analyze(LinkageFixture.Metrics, links, table, "nps"));
        Assert.Contains("'support_sat' is constant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_weight_column_or_a_negative_weight_is_a_data_error()
    {
        Assert.Throws<DataFormatException>(() => new LinkageAnalyzer(new LinkageOptions { Weight = "wt" }).Analyze(LinkageFixture.Metrics, LinkageFixture.Links, Table(), "nps"));
        var rows = Enumerable.Range(0, 20).Select(static i => new double[] { i % 7, i % 3, i == 4 ? -1 : 1 }).ToArray();
        var table = ColumnTable.FromRows(["nps", "support_sat", "w"], rows);
        var error = Assert.Throws<DataFormatException>(() => new LinkageAnalyzer(new LinkageOptions { Weight = "w" }).Analyze(LinkageFixture.Metrics, [new MetricLink("support_sat", "nps")], table, "nps"));
        Assert.Contains("row 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bootstrap_results_do_not_depend_on_the_thread_count_and_follow_the_seed()
    {
        LinkageResult Run(int threads, ulong seed) => new LinkageAnalyzer(new LinkageOptions { Bootstrap = new BootstrapOptions { Replicates = 50, Seed = seed, MaxDegreeOfParallelism = threads } })
            .Analyze(LinkageFixture.Metrics, LinkageFixture.Links, Table(), "nps");
        var one = Run(1, 7);
        var four = Run(4, 7);
        var other = Run(4, 8);
        Assert.Equal(one.Effects.Select(static e => e.TotalInterval), four.Effects.Select(static e => e.TotalInterval));
        Assert.NotEqual(one.Effects.Select(static e => e.TotalInterval), other.Effects.Select(static e => e.TotalInterval));
        Assert.All(one.Effects, static e => Assert.True(e.TotalInterval!.PercentileLower <= e.Total && e.Total <= e.TotalInterval.PercentileUpper || e.TotalInterval.PercentileLower < e.TotalInterval.PercentileUpper));
    }

    [Fact]
    public void Default_targets_are_linked_relationship_metrics_with_a_column()
    {
        Assert.Equal(["nps"], LinkageAnalyzer.DefaultTargets(LinkageFixture.Metrics, LinkageFixture.Links, Table()));
        Assert.Empty(LinkageAnalyzer.DefaultTargets(LinkageFixture.Metrics, LinkageFixture.Links, ColumnTable.FromRows(["support_sat"], [[1]])));
    }
}
