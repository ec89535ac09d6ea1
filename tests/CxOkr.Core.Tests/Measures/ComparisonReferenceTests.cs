using System.Text.Json;
using CxOkr.Data;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Tests.Drivers;

namespace CxOkr.Tests.Measures;

/// <summary>Every pair of every run against R (t.test, p.adjust, qnorm/pnorm; see TestData/comparisons/PROVENANCE.md), 1e-9 relative.</summary>
public sealed class ComparisonReferenceTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string, string, string, bool, bool, string> Runs => new()
    {
        // case, column, calculation, weighted, by month, nps interval
        { "meanBySegment", "csat", "mean", false, false, "wald" },
        { "weightedMeanBySegment", "csat", "mean", true, false, "wald" },
        { "npsAdjustedWaldBySegment", "nps", "nps", false, false, "adjustedWald" },
        { "npsWaldBySegment", "nps", "nps", false, false, "wald" },
        { "topBoxBySegment", "nps", "topBox", false, false, "wald" },
        { "npsAdjustedWaldByMonth", "nps", "nps", false, true, "adjustedWald" },
        { "meanByMonth", "csat", "mean", false, true, "wald" },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void Every_pair_matches_r(string name, string column, string calculation, bool weighted, bool byMonth, string interval)
    {
        var expected = Expected().GetProperty(name).EnumerateArray().ToList();
        var holm = Run(column, calculation, weighted, byMonth, interval, PValueAdjustment.Holm);
        var bh = Run(column, calculation, weighted, byMonth, interval, PValueAdjustment.BenjaminiHochberg);
        var none = Run(column, calculation, weighted, byMonth, interval, PValueAdjustment.None);
        Assert.Equal(expected.Count, holm.Comparisons.Count);
        for (var k = 0; k < expected.Count; k++)
        {
            var e = expected[k];
            var a = holm.Comparisons[k];
            var where = $"{name}[{k}]";
            Assert.Equal(e.GetProperty("first").GetString(), a.First);
            Assert.Equal(e.GetProperty("second").GetString(), a.Second);
            ReferenceCaseTests.Close(e, "difference", a.Comparison.Difference, Tolerance, where);
            ReferenceCaseTests.Close(e, "standardError", a.Comparison.StandardError, Tolerance, where);
            ReferenceCaseTests.Close(e, "statistic", a.Comparison.Statistic!.Value, Tolerance, where);
            ReferenceCaseTests.Close(e, "p", a.Comparison.PValue, Tolerance, where);
            ReferenceCaseTests.Close(e, "lower", a.Comparison.Lower, Tolerance, where);
            ReferenceCaseTests.Close(e, "upper", a.Comparison.Upper, Tolerance, where);
            ReferenceCaseTests.Close(e, "holm", a.AdjustedP, Tolerance, where);
            ReferenceCaseTests.Close(e, "bh", bh.Comparisons[k].AdjustedP, Tolerance, where);
            Assert.Equal(a.Comparison.PValue, none.Comparisons[k].AdjustedP);
            if (calculation == "mean")
            {
                ReferenceCaseTests.Close(e, "df", a.Comparison.DegreesOfFreedom!.Value, Tolerance, where);
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, e.GetProperty("df").ValueKind);
                Assert.Null(a.Comparison.DegreesOfFreedom);
            }
        }
    }

    [Theory]
    [InlineData("holm", PValueAdjustment.Holm)]
    [InlineData("bh", PValueAdjustment.BenjaminiHochberg)]
    public void P_adjust_matches_r_with_ties(string field, PValueAdjustment method)
    {
        var reference = Expected().GetProperty("pAdjust");
        var p = reference.GetProperty("p").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        var expected = reference.GetProperty(field).EnumerateArray().Select(x => x.GetDouble()).ToArray();
        var actual = PValueAdjuster.Adjust(p, method);
        for (var k = 0; k < p.Length; k++)
        {
            Assert.True(Math.Abs(actual[k] - expected[k]) <= Tolerance * expected[k], $"{field}[{k}]: expected {expected[k]:R}, got {actual[k]:R}");
        }
    }

    internal static GroupComparisonSet Run(string column, string calculation, bool weighted, bool byMonth, string interval, PValueAdjustment adjustment)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "comparisons", "survey.csv");
        var answers = ResponseCsvReader.ReadAnswersFile(path, new MetricColumnCsvOptions(column)
        {
            WeightColumn = weighted ? "weight" : null,
            DateColumn = "date",
            SegmentColumn = byMonth ? null : "region",
        });
        var (calc, scale) = calculation switch
        {
            "mean" => (Calculation.Mean, new MetricScale(1, 5)),
            "topBox" => (Calculation.TopBox, new MetricScale(0, 10, 9)),
            _ => (Calculation.Nps, new MetricScale(0, 10)),
        };
        var metric = new MetricDefinition(column, column, MetricTier.Relationship, MetricScope.None, DataKind.Experience, Collection.Solicited, Structure.Structured, calc, scale);
        var options = new MeasureOptions(npsInterval: interval == "adjustedWald" ? NpsIntervalMethod.AdjustedWald : NpsIntervalMethod.Wald);
        var results = ResponseMeasures.Aggregate(metric, answers, byMonth ? Grouping.ByPeriod(TimeBucket.Month) : Grouping.BySegment("region"), options);
        return byMonth ? MetricComparison.ComparePeriods(results, adjustment) : MetricComparison.CompareSegments(results, adjustment);
    }

    private static JsonElement Expected() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "comparisons", "comparisons.json"))).RootElement;
}
