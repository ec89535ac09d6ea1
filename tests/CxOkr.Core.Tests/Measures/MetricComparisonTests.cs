using CxOkr.Journeys;
using CxOkr.Measures;

namespace CxOkr.Tests.Measures;

public sealed class MetricComparisonTests
{
    [Fact]
    public void Difference_of_two_nps_results_has_the_root_sum_of_squares_standard_error()
    {
        var a = MetricCalculator.Nps(MetricCalculatorTests.Nps(60, 25, 15));
        var b = MetricCalculator.Nps(MetricCalculatorTests.Nps(40, 30, 30));
        var c = MetricComparison.Compare(a, b);
        Assert.Equal(35, c.Difference, 10);
        Assert.Equal(Math.Sqrt((a.StandardError!.Value * a.StandardError.Value) + (b.StandardError!.Value * b.StandardError.Value)), c.StandardError, 12);
        Assert.True(c.PValue < 0.01);
        Assert.True(c.Lower < 35 && 35 < c.Upper);
    }

    [Fact]
    public void Z_of_1_96_gives_p_0_05()
    {
        var c = MetricComparison.Compare(1.959963984540054, 0.6, 0, 0.8);
        Assert.Equal(0.05, c.PValue, 10);
        Assert.Equal(1.959963984540054, c.Statistic!.Value, 10);
    }

    [Fact]
    public void Zero_standard_error_gives_p_1_or_0_and_no_z()
    {
        Assert.Equal(1, MetricComparison.Compare(5, 0, 5, 0).PValue);
        var c = MetricComparison.Compare(5, 0, 4, 0);
        Assert.Equal(0, c.PValue);
        Assert.Null(c.Statistic);
    }

    [Fact]
    public void Different_calculations_or_missing_standard_errors_are_refused()
    {
        var nps = MetricCalculator.Nps([new Observation(9)]);
        var mean = MetricCalculator.Mean([new Observation(9), new Observation(3)]);
        var median = MetricCalculator.Median([new Observation(9)]);
        Assert.Throws<ArgumentException>(() => MetricComparison.Compare(nps, mean));
        Assert.Throws<ArgumentException>(() => MetricComparison.Compare(median, median));
    }

    [Fact]
    public void Results_of_two_different_metrics_are_refused_and_of_one_metric_compared()
    {
        MetricDefinition Mean(string id) => new(id, id, MetricTier.Interaction, MetricScope.ForTouchpoint("tp-chat"), DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean);
        Response R(string id, string metric, double value) => new(id, new DateOnly(2026, 10, 1), new Dictionary<string, double> { [metric] = value });
        var chat = ResponseMeasures.Measure(Mean("chat_csat"), [R("a", "chat_csat", 4), R("b", "chat_csat", 5), R("c", "chat_csat", 3)]);
        var phone = ResponseMeasures.Measure(Mean("phone_csat"), [R("a", "phone_csat", 2), R("b", "phone_csat", 5), R("c", "phone_csat", 3)]);

        var ex = Assert.Throws<ArgumentException>(() => MetricComparison.Compare(chat, phone));
        Assert.Equal("second", ex.ParamName);
        Assert.Contains("'chat_csat'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'phone_csat'", ex.Message, StringComparison.Ordinal);

        Assert.Equal(0, MetricComparison.Compare(chat, chat).Difference);
        var raw = MetricCalculator.Mean([new Observation(2), new Observation(5), new Observation(3)]);
        Assert.Equal(chat.Value - raw.Value, MetricComparison.Compare(chat, raw).Difference, 12); // no metric id: the caller's word
    }
}
