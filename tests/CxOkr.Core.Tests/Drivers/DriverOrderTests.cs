using CxOkr.Alignment;
using CxOkr.Drivers;

namespace CxOkr.Tests.Drivers;

public sealed class DriverOrderTests
{
    [Fact]
    public void Compare_puts_the_larger_share_first_and_ties_at_12_decimals_in_name_order()
    {
        Assert.True(DriverOrder.Compare("b", 0.6, "a", 0.4) < 0);
        Assert.True(DriverOrder.Compare("a", 0.4, "b", 0.6) > 0);
        Assert.True(DriverOrder.Compare("a", 0.5, "b", 0.5 + 1e-15) < 0);
        Assert.True(DriverOrder.Compare("b", 0.5 + 1e-15, "a", 0.5) > 0);
        Assert.True(DriverOrder.Compare("b", 0.5 + 1e-11, "a", 0.5) < 0);
        Assert.Equal(0, DriverOrder.Compare("a", 0.5, "a", 0.5));
        Assert.True(DriverOrder.Compare("B", 0.5, "a", 0.5) < 0);
    }

    [Fact]
    public void Sort_and_the_key_driver_ranking_agree()
    {
        var result = new DriverDataset(11, 6, 120).Analyze();
        var sorted = DriverOrder.Sort(result.Drivers);
        for (var i = 1; i < sorted.Count; i++)
        {
            Assert.True(DriverOrder.Instance.Compare(sorted[i - 1], sorted[i]) < 0);
        }

        var ranking = new KeyDriverRanking("y", result.Drivers.Reverse().Select(static d => new KeyValuePair<string, double>(d.Name, d.ShapleyShare)));
        Assert.Equal(sorted.Select(static d => d.Name), ranking.Drivers.Select(static d => d.Key));
    }
}
