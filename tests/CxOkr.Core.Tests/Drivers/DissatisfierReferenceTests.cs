using System.Text.Json;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Measures;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Tests.Drivers;

/// <summary>Reach-noise Shapley values (exact subset enumeration in R) and penalty-reward (R lm) per driver, 1e-9 relative (TestData/dissatisfiers).</summary>
public sealed class DissatisfierReferenceTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData("five")]
    [InlineData("tenWeighted")]
    [InlineData("fiveOtherCutoffs")]
    public void Every_driver_matches_r(string name)
    {
        var (expected, result) = Run(name);
        Assert.Equal(expected.GetProperty("nUsed").GetInt32(), result.NUsed);
        var drivers = expected.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(drivers.Count, result.Drivers.Count);
        for (var k = 0; k < drivers.Count; k++)
        {
            var e = drivers[k];
            var a = result.Drivers[k];
            Assert.Equal(e.GetProperty("name").GetString(), a.Name);
            ReferenceCaseTests.Close(e, "dissatisfierShapley", a.DissatisfierShapley, Tolerance, a.Name);
            ReferenceCaseTests.Close(e, "dissatisfierShare", a.DissatisfierShare, Tolerance, a.Name);
            ReferenceCaseTests.Close(e, "satisfierShapley", a.SatisfierShapley, Tolerance, a.Name);
            ReferenceCaseTests.Close(e, "satisfierShare", a.SatisfierShare, Tolerance, a.Name);
            ReferenceCaseTests.Close(e, "penalty", a.Penalty!.Value, Tolerance, a.Name);
            ReferenceCaseTests.Close(e, "penaltyP", a.PenaltyP!.Value, Tolerance, a.Name);
            ReferenceCaseTests.Close(e, "reward", a.Reward!.Value, Tolerance, a.Name);
            ReferenceCaseTests.Close(e, "rewardP", a.RewardP!.Value, Tolerance, a.Name);
            var expectedCategory = (e.GetProperty("penaltyP").GetDouble() < 0.05, e.GetProperty("rewardP").GetDouble() < 0.05) switch
            {
                (true, true) => KanoCategory.Performance,
                (true, false) => KanoCategory.Basic,
                (false, true) => KanoCategory.Excitement,
                _ => KanoCategory.Indifferent,
            };
            Assert.Equal(expectedCategory, a.Category);
        }

        // Efficiency: the values sum to v(all drivers).
        Assert.Equal(expected.GetProperty("vAllDissatisfier").GetDouble(), result.Drivers.Sum(d => d.DissatisfierShapley), 9);
        Assert.Equal(expected.GetProperty("vAllSatisfier").GetDouble(), result.Drivers.Sum(d => d.SatisfierShapley), 9);
    }

    [Fact]
    public void The_reference_data_has_every_category_but_indifferent_in_the_ten_driver_case()
    {
        var (_, result) = Run("tenWeighted");
        Assert.Contains(result.Drivers, d => d.Category == KanoCategory.Basic);
        Assert.Contains(result.Drivers, d => d.Category == KanoCategory.Excitement);
        Assert.Contains(result.Drivers, d => d.Category == KanoCategory.Performance);
    }

    [Property(MaxTest = 200)]
    public bool Reach_noise_shapley_values_sum_to_v_of_all_drivers(PositiveInt seed, PositiveInt driverCount)
    {
        var q = (driverCount.Get % 8) + 1;
        var random = new Random(seed.Get);
        var rows = 20 + random.Next(60);
        var masks = Enumerable.Range(0, rows).Select(_ => random.Next(1 << q)).ToArray();
        var weights = Enumerable.Range(0, rows).Select(_ => 0.1 + (random.Next(100) / 10.0)).ToArray();
        var target = Enumerable.Range(0, rows).Select(i => i % 3 == 0).ToArray();
        var v = DissatisfierAnalyzer.Game(masks, weights, i => target[i], q, "target");
        var phi = DissatisfierAnalyzer.Shapley(v, q);
        return Math.Abs(phi.Sum() - v[(1 << q) - 1]) <= 1e-9 * Math.Max(1, Math.Abs(v[(1 << q) - 1])) && v[0] == 0;
    }

    [Fact]
    public void A_driver_nobody_fails_has_no_penalty_and_no_group_is_an_error_naming_it()
    {
        var y = new double[40];
        var a = new double[40];
        var b = new double[40];
        for (var i = 0; i < 40; i++)
        {
            y[i] = i % 11;
            a[i] = 7 + (i % 4);       // never <= 6
            b[i] = (i * 7) % 11;
        }

        var table = DriverTable.FromTable(ColumnTable.FromColumns(["y", "a", "b"], [y, a, b]), "y", ["a", "b"]);
        var result = DissatisfierAnalyzer.Analyze(table);
        Assert.Null(result.Drivers[0].Penalty);
        Assert.Null(result.Drivers[0].PenaltyP);
        Assert.NotNull(result.Drivers[0].Reward);
        Assert.Equal(0, result.Drivers[0].DissatisfierShapley);

        var happy = DriverTable.FromTable(ColumnTable.FromColumns(["y", "a", "b"], [y.Select(v => v + 7).ToArray(), a, b]), "y", ["a", "b"]);
        var ex = Assert.Throws<InsufficientDataException>(() => DissatisfierAnalyzer.Analyze(happy));
        Assert.Contains("no respondent is dissatisfied (outcome 'y' at or below 6)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_15_drivers_or_crossed_cut_offs_are_refused()
    {
        var names = Enumerable.Range(0, 16).Select(i => $"d{i}").ToArray();
        var columns = Enumerable.Range(0, 17).Select(j => Enumerable.Range(0, 40).Select(i => (double)((i * (j + 3)) % 11)).ToArray()).ToArray();
        var table = DriverTable.FromTable(ColumnTable.FromColumns(["y", .. names], columns), "y", names);
        Assert.Contains("at most 15", Assert.Throws<ArgumentException>(() => DissatisfierAnalyzer.Analyze(table)).Message, StringComparison.Ordinal);
        Assert.Equal("high", Assert.Throws<ArgumentOutOfRangeException>(() => new DissatisfierOptions(low: 8, high: 8)).ParamName);
        Assert.Equal("outcomeHigh", Assert.Throws<ArgumentOutOfRangeException>(() => new DissatisfierOptions(outcomeLow: 9, outcomeHigh: 3)).ParamName);
    }

    internal static (JsonElement Expected, DissatisfierResult Result) Run(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "dissatisfiers");
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "dissatisfiers.json"))).RootElement.GetProperty(name);
        var drivers = expected.GetProperty("drivers").EnumerateArray().Select(d => d.GetString()!).ToArray();
        var weight = expected.GetProperty("weighted").GetBoolean() ? "weight" : null;
        var table = DriverTable.FromTable(CsvTableReader.ReadFile(Path.Combine(folder, "ratings.csv")), "nps", drivers, weight);
        var options = new DissatisfierOptions(
            expected.GetProperty("low").GetDouble(),
            expected.GetProperty("high").GetDouble(),
            expected.GetProperty("outcomeLow").GetDouble(),
            expected.GetProperty("outcomeHigh").GetDouble());
        return (expected, DissatisfierAnalyzer.Analyze(table, options));
    }
}
