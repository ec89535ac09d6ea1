using CxOkr.Data;
using CxOkr.Drivers;

namespace CxOkr.Tests.Drivers;

/// <summary>What the logistic and ordinal models refuse, and how (the exception names the drivers, levels, lines and columns).</summary>
public sealed class OutcomeDriverErrorTests
{
    private static readonly OutcomeDriverAnalyzer Analyzer = new();

    [Fact]
    public void Complete_separation_is_an_error_naming_the_driver()
    {
        var data = Csv("y,a,b", Rows(40, i => $"{(i < 20 ? 0 : 1)},{i % 7},{(i < 20 ? 1 + (i % 3) : 5 + (i % 3))}"));
        var error = Assert.Throws<ModelFitException>(() => Analyzer.AnalyzeLogistic(data));
        Assert.Equal(ModelFitProblem.Separation, error.Problem);
        Assert.Equal(["b"], error.Drivers);
        Assert.Contains("b predicts the outcome perfectly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quasi_complete_separation_is_an_error_naming_the_driver()
    {
        // b <= 3 always 0, b >= 3 mostly 1, and at b = 3 both: separation with a tie.
        var data = Csv("y,a,b", Rows(60, i => i < 30 ? $"0,{i % 5},{1 + (i % 3)}" : $"{(i % 10 == 0 ? 0 : 1)},{i % 5},{(i % 10 == 0 ? 3 : 3 + (i % 3))}"));
        var error = Assert.Throws<ModelFitException>(() => Analyzer.AnalyzeLogistic(data));
        Assert.Equal(ModelFitProblem.Separation, error.Problem);
        Assert.Equal(["b"], error.Drivers);
    }

    [Fact]
    public void Separation_gives_a_flagged_partial_result_when_asked_for()
    {
        var data = Csv("y,a,b", Rows(40, i => $"{(i < 20 ? 0 : 1)},{i % 7},{(i < 20 ? 1 + (i % 3) : 5 + (i % 3))}"));
        var result = new OutcomeDriverAnalyzer(new OutcomeDriverOptions { AllowPartialResult = true }).AnalyzeLogistic(data);
        Assert.Equal(ModelFitProblem.Separation, result.Problem);
        Assert.Equal(["b"], result.ProblemDrivers);
        Assert.True(result.Drivers.All(d => double.IsFinite(d.Coefficient)));
    }

    [Fact]
    public void Ordinal_separation_is_an_error_naming_the_driver()
    {
        var data = Csv("y,a,b", Rows(60, i => $"{1 + (i / 20)},{i % 7},{(i / 20 * 4) + 1 + (i % 3)}"));
        var error = Assert.Throws<ModelFitException>(() => Analyzer.AnalyzeOrdinal(data));
        Assert.Equal(ModelFitProblem.Separation, error.Problem);
        Assert.Equal(["b"], error.Drivers);
    }

    [Fact]
    public void A_constant_driver_is_an_error_naming_it()
    {
        var data = Csv("y,a,b", Rows(40, i => $"{i % 2},{(i * 7) % 5},3"));
        var error = Assert.Throws<ModelFitException>(() => Analyzer.AnalyzeLogistic(data));
        Assert.Equal(ModelFitProblem.ConstantDriver, error.Problem);
        Assert.Equal(["b"], error.Drivers);
        Assert.Contains("b takes a single value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collinear_drivers_are_an_error_naming_them()
    {
        var data = Csv("y,a,b,c", Rows(40, i => $"{(i * 3) % 2},{i % 5},{(i * 7) % 4},{(i % 5) + (2 * ((i * 7) % 4))}"));
        var error = Assert.Throws<ModelFitException>(() => Analyzer.AnalyzeLogistic(data));
        Assert.Equal(ModelFitProblem.CollinearDrivers, error.Problem);
        Assert.Equal(["a", "b", "c"], error.Drivers);
    }

    [Fact]
    public void A_single_level_outcome_is_an_error()
    {
        var logit = Csv("y,a", Rows(30, i => $"1,{i % 5}"));
        Assert.Equal(ModelFitProblem.SingleLevelOutcome, Assert.Throws<ModelFitException>(() => Analyzer.AnalyzeLogistic(logit)).Problem);
        var ordinal = Csv("y,a", Rows(30, i => $"4,{i % 5}"));
        var error = Assert.Throws<ModelFitException>(() => Analyzer.AnalyzeOrdinal(ordinal));
        Assert.Equal(ModelFitProblem.SingleLevelOutcome, error.Problem);
        Assert.Contains("only the value 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_level_is_an_error_naming_it()
    {
        // Level 3 only on rows whose driver is missing.
        var data = Csv("y,a", Rows(45, i => i < 3 ? "3," : $"{1 + (i % 2) + (i % 5 == 0 ? 3 : 0)},{i % 6}"));
        var error = Assert.Throws<ModelFitException>(() => Analyzer.AnalyzeOrdinal(data));
        Assert.Equal(ModelFitProblem.EmptyLevel, error.Problem);
        Assert.Contains("level 3 has no row left", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_outcome_other_than_0_or_1_is_an_error_naming_line_and_column()
    {
        var data = Csv("churned,a", Rows(30, i => $"{(i == 4 ? "2" : (i % 2).ToString(System.Globalization.CultureInfo.InvariantCulture))},{i % 5}"));
        var error = Assert.Throws<DataFormatException>(() => Analyzer.AnalyzeLogistic(data));
        Assert.StartsWith("line 6, column 'churned': 2 is not 0 or 1", error.Message, StringComparison.Ordinal);
        var text = Assert.Throws<DataFormatException>(() => Analyzer.AnalyzeLogistic(Csv("churned,a", Rows(30, i => $"{(i == 2 ? "yes" : "1")},{i % 5}"))));
        Assert.StartsWith("line 4, column 'churned': 'yes' is not a number", text.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinal_levels_keep_their_labels_as_written()
    {
        var data = Csv("y,a", Rows(60, i => $"{(i % 3) switch { 0 => "1.0", 1 => "2", _ => "03" }},{(i * 7) % 5}"));
        var result = Analyzer.AnalyzeOrdinal(data);
        Assert.Equal(["1.0", "2", "03"], result.Levels);
        Assert.Equal(("1.0", "2"), (result.Thresholds[0].Below, result.Thresholds[0].Above));
    }

    [Fact]
    public void Sampled_shapley_values_are_seeded_and_close_to_the_exact_ones()
    {
        var data = new OutcomeDataset(11, ordinal: false);
        var exact = Analyzer.AnalyzeLogistic(data.Table());
        var options = new OutcomeDriverOptions { ShapleyMethod = ShapleyMethod.Sampling, Permutations = 400, Seed = 5 };
        var sampled = new OutcomeDriverAnalyzer(options).AnalyzeLogistic(data.Table());
        var again = new OutcomeDriverAnalyzer(options with { MaxDegreeOfParallelism = 1 }).AnalyzeLogistic(data.Table());
        Assert.False(sampled.ShapleyExact);
        Assert.Equal(400, sampled.ShapleyPermutations);
        Assert.Equal(sampled.Drivers.Select(d => d.Shapley), again.Drivers.Select(d => d.Shapley));
        for (var j = 0; j < exact.Drivers.Count; j++)
        {
            Assert.True(Math.Abs(exact.Drivers[j].Shapley - sampled.Drivers[j].Shapley) <= (5 * sampled.Drivers[j].ShapleyStandardError) + 1e-12);
        }

        // Every ordering's gains add up to the full model's McFadden R^2.
        Assert.Equal(exact.PseudoRSquared.McFadden, sampled.Drivers.Sum(d => d.Shapley), 1e-12);
    }

    [Fact]
    public void A_driver_whose_lower_values_are_better_has_its_performance_reversed()
    {
        var data = new OutcomeDataset(3, ordinal: false);
        var plain = Analyzer.AnalyzeLogistic(data.Table());
        var reversed = new OutcomeDriverAnalyzer(new OutcomeDriverOptions { LowerIsBetterDrivers = ["x1"] }).AnalyzeLogistic(data.Table());
        Assert.Equal(100 - plain.Drivers[0].Performance, reversed.Drivers[0].Performance, 1e-12);
    }

    internal static DriverTable Csv(string header, IEnumerable<string> rows)
    {
        var table = CsvTableReader.Read(new StringReader(header + "\n" + string.Join("\n", rows) + "\n"));
        return DriverTable.FromTable(table, header.Split(',')[0]);
    }

    private static IEnumerable<string> Rows(int n, Func<int, string> row) => Enumerable.Range(0, n).Select(row);
}
