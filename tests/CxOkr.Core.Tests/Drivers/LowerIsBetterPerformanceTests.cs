using CxOkr.Data;
using CxOkr.Drivers;

namespace CxOkr.Tests.Drivers;

/// <summary>The priority matrix honours <c>betterWhen</c> lower: a driver whose low values are good has high performance.</summary>
public sealed class LowerIsBetterPerformanceTests
{
    // Hold time on a 1-5 scale (1 = short hold, good) drives satisfaction down; most holds are short.
    private static readonly ColumnTable Table = ColumnTable.FromColumns(
        ["sat", "hold", "knowledge"],
        [[5, 4, 5, 3, 4, 5, 2, 4], [1, 2, 1, 3, 2, 1, 5, 2], [4, 4, 5, 3, 3, 5, 2, 4]]);

    private static readonly KeyDriverSpecification Specification = new("sat", ["hold", "knowledge"]);

    [Fact]
    public void A_lower_is_better_driver_with_a_good_value_lands_in_a_high_performance_quadrant()
    {
        var options = new KeyDriverOptions { ScaleMinimum = 1, ScaleMaximum = 5 };
        var plain = new KeyDriverAnalyzer(options).Analyze(Table, Specification);
        var reversed = new KeyDriverAnalyzer(options with { LowerIsBetterDrivers = ["hold"] }).Analyze(Table, Specification);

        var before = plain.Drivers.Single(static d => d.Name == "hold");
        var after = reversed.Drivers.Single(static d => d.Name == "hold");
        Assert.Equal(100 * (2.125 - 1) / 4, before.Performance, 1e-9); // mean 2.125 on 1-5: low as a raw value
        Assert.Equal(100 - before.Performance, after.Performance, 1e-9);
        Assert.Contains(before.Quadrant, new[] { Quadrant.Focus, Quadrant.Monitor });
        Assert.Contains(after.Quadrant, new[] { Quadrant.Maintain, Quadrant.Promote });
        Assert.True(after.Performance >= reversed.PerformanceThreshold);

        // The other driver is untouched, and importance does not depend on the direction.
        Assert.Equal(plain.Drivers.Single(static d => d.Name == "knowledge").Performance, reversed.Drivers.Single(static d => d.Name == "knowledge").Performance, 1e-12);
        Assert.Equal(before.ShapleyShare, after.ShapleyShare, 1e-12);
    }

    [Fact]
    public void A_lower_is_better_driver_reverses_its_top_box_share()
    {
        var options = new KeyDriverOptions { TopBoxThreshold = 4 };
        var plain = new KeyDriverAnalyzer(options).Analyze(Table, Specification);
        var reversed = new KeyDriverAnalyzer(options with { LowerIsBetterDrivers = ["hold"] }).Analyze(Table, Specification);
        Assert.Equal(100 - plain.Drivers.Single(static d => d.Name == "hold").Performance, reversed.Drivers.Single(static d => d.Name == "hold").Performance, 1e-9);
    }

    [Fact]
    public void A_blank_lower_is_better_name_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new KeyDriverAnalyzer(new KeyDriverOptions { LowerIsBetterDrivers = [" "] }));
        Assert.Equal("LowerIsBetterDrivers", error.ParamName);
    }
}
