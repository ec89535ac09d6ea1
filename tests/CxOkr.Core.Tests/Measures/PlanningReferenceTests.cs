using System.Text.Json;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Tests.Drivers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Tests.Measures;

/// <summary>Sample sizes, margins and detectable changes against R's qnorm (TestData/planning), 1e-9 relative; laws and bad input.</summary>
public sealed class PlanningReferenceTests
{
    public static IEnumerable<object[]> Cases() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "planning", "planning.json")))
            .RootElement.GetProperty("cases").EnumerateArray().Select((c, k) => new object[] { k, c.GetRawText() });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Plan_matches_r(int index, string json)
    {
        var c = JsonDocument.Parse(json).RootElement;
        var assumption = c.GetProperty("metric").GetString() switch
        {
            "nps" => PlanningAssumption.Nps(c.GetProperty("a").GetDouble(), c.GetProperty("b").GetDouble()),
            "proportion" => PlanningAssumption.Proportion(c.GetProperty("a").GetDouble()),
            "topBox" => PlanningAssumption.Proportion(c.GetProperty("a").GetDouble(), Calculation.TopBox),
            _ => PlanningAssumption.Mean(c.GetProperty("a").GetDouble()),
        };
        double? population = c.GetProperty("population").ValueKind == JsonValueKind.Null ? null : c.GetProperty("population").GetDouble();
        var options = new PlanningOptions(c.GetProperty("confidence").GetDouble(), population, c.GetProperty("designEffect").GetDouble());
        var where = $"case {index}";
        ReferenceCaseTests.Close(c, "variance", assumption.Variance, 1e-12, where);
        if (c.GetProperty("margin").ValueKind != JsonValueKind.Null)
        {
            var plan = SampleSizePlanner.RequiredN(assumption, c.GetProperty("margin").GetDouble(), options);
            Assert.Equal(c.GetProperty("requiredN").GetInt32(), plan.RequiredN);
            Assert.Null(plan.N);
        }
        else
        {
            var plan = SampleSizePlanner.MarginOfError(assumption, c.GetProperty("n").GetInt32(), options);
            ReferenceCaseTests.Close(c, "marginOfN", plan.Margin, 1e-9, where);
            Assert.Null(plan.RequiredN);
        }

        ReferenceCaseTests.Close(c, "detectableChange", SampleSizePlanner.SmallestDetectableChange(assumption, c.GetProperty("detectableN").GetDouble(), options), 1e-9, where);
    }

    [Property(MaxTest = 500)]
    public bool Required_n_for_a_margin_gives_a_margin_at_most_that(PositiveInt margin10, NonNegativeInt promoters, NonNegativeInt detractors, bool withPopulation, PositiveInt population)
    {
        var p = (promoters.Get % 101) / 100.0;
        var d = Math.Min(1 - p, (detractors.Get % 101) / 100.0);
        var assumption = PlanningAssumption.Nps(p, d);
        var margin = margin10.Get / 10.0;
        var options = new PlanningOptions(0.95, withPopulation ? population.Get + 1 : null);
        var plan = SampleSizePlanner.RequiredN(assumption, margin, options);
        var n = options.Population is { } size ? Math.Min(plan.RequiredN!.Value, (int)size) : plan.RequiredN!.Value;
        return SampleSizePlanner.MarginOfError(assumption, n, options).Margin <= margin * (1 + 1e-12);
    }

    [Fact]
    public void Bad_input_names_what_is_wrong()
    {
        Assert.Equal("margin", Assert.Throws<ArgumentOutOfRangeException>(() => SampleSizePlanner.RequiredN(PlanningAssumption.Mean(1), 0)).ParamName);
        Assert.Equal("margin", Assert.Throws<ArgumentOutOfRangeException>(() => SampleSizePlanner.RequiredN(PlanningAssumption.Mean(1), -2)).ParamName);
        var sum = Assert.Throws<ArgumentOutOfRangeException>(() => PlanningAssumption.Nps(0.7, 0.4));
        Assert.Equal("detractors", sum.ParamName);
        Assert.Contains("more than 1", sum.Message, StringComparison.Ordinal);
        Assert.Equal("promoters", Assert.Throws<ArgumentOutOfRangeException>(() => PlanningAssumption.Nps(1.2, 0)).ParamName);
        Assert.Equal("proportion", Assert.Throws<ArgumentOutOfRangeException>(() => PlanningAssumption.Proportion(-0.1)).ParamName);
        Assert.Equal("proportion", Assert.Throws<ArgumentOutOfRangeException>(() => PlanningAssumption.Proportion(double.NaN)).ParamName);
        Assert.Equal("standardDeviation", Assert.Throws<ArgumentOutOfRangeException>(() => PlanningAssumption.Mean(0)).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => SampleSizePlanner.MarginOfError(PlanningAssumption.Mean(1), 11, new PlanningOptions(population: 10))).ParamName);
        Assert.Equal("designEffect", Assert.Throws<ArgumentOutOfRangeException>(() => new PlanningOptions(designEffect: 0)).ParamName);
        Assert.Equal("population", Assert.Throws<ArgumentOutOfRangeException>(() => new PlanningOptions(population: 1)).ParamName);
    }

    [Fact]
    public void Detectable_change_of_a_period_result_is_the_half_width_of_comparing_it_with_its_twin()
    {
        var period = MetricCalculator.Nps(MetricCalculatorTests.Nps(60, 25, 15));
        var twin = MetricComparison.Compare(period, period);
        Assert.Equal(twin.Upper, SampleSizePlanner.SmallestDetectableChange(period), 12);
    }
}
