using CxOkr.Drivers;

namespace CxOkr.Tests.Drivers;

public sealed class KeyDriverBootstrapperTests
{
    [Fact]
    public void Bootstrap_is_reproducible_for_a_seed_whatever_the_thread_count()
    {
        var data = new DriverDataset(12, 4, 150);
        var spec = new KeyDriverSpecification("y", data.Names, "w");
        var one = new KeyDriverBootstrapper(new KeyDriverOptions(), new BootstrapOptions { Replicates = 60, Seed = 7, MaxDegreeOfParallelism = 1 }).Run(data.Table(), spec);
        var two = new KeyDriverBootstrapper(new KeyDriverOptions(), new BootstrapOptions { Replicates = 60, Seed = 7, MaxDegreeOfParallelism = 2 }).Run(data.Table(), spec);
        var other = new KeyDriverBootstrapper(new KeyDriverOptions(), new BootstrapOptions { Replicates = 60, Seed = 8 }).Run(data.Table(), spec);
        Assert.Equal(one.RSquared, two.RSquared);
        for (var j = 0; j < 4; j++)
        {
            Assert.Equal(one.Drivers[j].Intervals, two.Drivers[j].Intervals);
            Assert.Equal(one.Drivers[j].RankFirstShare, two.Drivers[j].RankFirstShare);
        }

        Assert.NotEqual(one.RSquared, other.RSquared);
    }

    [Fact]
    public void Intervals_bracket_the_estimate_and_match_the_regression_standard_error()
    {
        var data = new DriverDataset(21, 3, 800);
        var spec = new KeyDriverSpecification("y", data.Names);
        var analysis = new KeyDriverAnalyzer().Analyze(data.Table(weighted: false), spec);
        var result = new KeyDriverBootstrapper(new KeyDriverOptions(), new BootstrapOptions { Replicates = 400, Seed = 3 }).Run(data.Table(weighted: false), spec);
        Assert.Equal(0, result.FailedReplicates);
        Assert.Equal(1.0, result.Drivers.Sum(d => d.RankFirstShare), 12);
        Assert.InRange(result.RSquared.Estimate, result.RSquared.PercentileLower, result.RSquared.PercentileUpper);
        for (var j = 0; j < 3; j++)
        {
            foreach (var interval in result.Drivers[j].Intervals)
            {
                Assert.True(interval.PercentileLower <= interval.PercentileUpper && interval.BcaLower <= interval.BcaUpper, interval.Metric);
                Assert.True(double.IsFinite(interval.BcaLower) && double.IsFinite(interval.BcaUpper) && double.IsFinite(interval.StandardError));
            }

            // With homoscedastic errors the bootstrap standard error of a coefficient is close to lm's.
            var coefficient = result.Drivers[j].Interval("coefficient");
            Assert.Equal(analysis.Drivers[j].Coefficient, coefficient.Estimate, 12);
            Assert.InRange(coefficient.StandardError / analysis.Drivers[j].StandardError, 0.8, 1.25);
        }
    }

    [Fact]
    public void Quantile_is_rs_type_7()
    {
        // R: quantile(c(1, 2, 4, 8), c(0.1, 0.5, 0.9)) = 1.3 3.0 6.8
        double[] sorted = [1, 2, 4, 8];
        Assert.Equal(1.3, KeyDriverBootstrapper.Quantile(sorted, 0.1), 12);
        Assert.Equal(3.0, KeyDriverBootstrapper.Quantile(sorted, 0.5), 12);
        Assert.Equal(6.8, KeyDriverBootstrapper.Quantile(sorted, 0.9), 12);
    }

    [Fact]
    public void Options_are_validated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new KeyDriverBootstrapper(new KeyDriverOptions(), new BootstrapOptions { Replicates = 5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new KeyDriverBootstrapper(new KeyDriverOptions(), new BootstrapOptions { Confidence = 1 }));
    }
}
