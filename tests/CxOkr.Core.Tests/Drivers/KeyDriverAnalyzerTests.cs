using CxOkr.Data;
using CxOkr.Drivers;

namespace CxOkr.Tests.Drivers;

public sealed class KeyDriverAnalyzerTests
{
    private static readonly KeyDriverAnalyzer Analyzer = new();

    [Fact]
    public void Listwise_deletion_counts_each_row_under_its_first_reason()
    {
        var table = CsvTableReader.Read(new StringReader(
            "y,a,b,w\n1,2,3,1\n,1,4,1\n3,,5,1\n4,3,,1\n5,6,2,\n6,5,1,0\n7,2,2,1\n8,9,1,2\n9,4,4,1\n10,1,7,1\n"));
        var result = Analyzer.Analyze(table, new KeyDriverSpecification("y", ["a", "b"], "w"));
        Assert.Equal(new ListwiseDeletion(10, 5, 1, 2, 1, 1), result.Rows);
        Assert.Equal(5, result.NUsed);
        Assert.Equal(2, result.ResidualDegreesOfFreedom);
    }

    [Fact]
    public void Negative_weight_is_an_error_naming_column_and_row()
    {
        var table = ColumnTable.FromColumns(["y", "a", "w"], [[1, 2, 3, 4], [2, 1, 4, 3], [1, 1, -0.5, 1]]);
        var error = Assert.Throws<DataFormatException>(() => Analyzer.Analyze(table, new KeyDriverSpecification("y", ["a"], "w")));
        Assert.Contains("column 'w', row 3", error.Message);
    }

    [Fact]
    public void Negative_weight_read_from_csv_names_its_line_and_column()
    {
        var table = CsvTableReader.Read(new StringReader("y,a,w\r\n1,2,1\r\n\r\n2,1,1\r\n3,4,-0.5\r\n4,3,1\r\n"));
        var error = Assert.Throws<DataFormatException>(() => Analyzer.Analyze(table, new KeyDriverSpecification("y", ["a"], "w")));
        Assert.StartsWith("line 5, column 'w': weight ", error.Message);
    }

    [Fact]
    public void Too_few_rows_is_an_error_with_the_counts()
    {
        var table = ColumnTable.FromColumns(["y", "a", "b"], [[1, 2, 3, double.NaN], [2, 1, 4, 3], [1, 5, 2, 2]]);
        var error = Assert.Throws<DataFormatException>(() => Analyzer.Analyze(table, new KeyDriverSpecification("y", ["a", "b"])));
        Assert.Contains("only 3 usable rows for 2 drivers", error.Message);
        Assert.Contains("1 missing outcome", error.Message);
    }

    [Fact]
    public void Constant_outcome_and_perfect_fit_are_errors_not_nan()
    {
        var constant = ColumnTable.FromColumns(["y", "a"], [[2, 2, 2, 2], [1, 2, 3, 5]]);
        Assert.Contains("constant", Assert.Throws<DataFormatException>(() => Analyzer.Analyze(constant, new KeyDriverSpecification("y", ["a"]))).Message);
        var exact = ColumnTable.FromColumns(["y", "a"], [[3, 5, 7, 11], [1, 2, 3, 5]]);
        Assert.Contains("exact linear function", Assert.Throws<DataFormatException>(() => Analyzer.Analyze(exact, new KeyDriverSpecification("y", ["a"]))).Message);
    }

    [Fact]
    public void Constant_driver_is_aliased_and_everything_stays_finite()
    {
        var table = ColumnTable.FromColumns(["y", "a", "k", "b"], [[1, 3, 2, 5, 4, 6], [2, 1, 4, 3, 6, 5], [7, 7, 7, 7, 7, 7], [1, 0, 1, 1, 0, 2]]);
        var result = Analyzer.Analyze(table, new KeyDriverSpecification("y", ["a", "k", "b"]));
        Assert.Equal(new[] { "k" }, result.AliasedDrivers);
        Assert.Equal(new[] { "a", "b" }, result.Drivers.Select(d => d.Name));
        foreach (var d in result.Drivers)
        {
            Assert.All(new[] { d.Coefficient, d.StandardError, d.T, d.P, d.Vif, d.Shapley, d.RelativeWeight, d.Car, d.Performance, d.CorrelationP, d.StandardDeviation }, v => Assert.True(double.IsFinite(v)));
        }

        Assert.True(double.IsFinite(result.ConditionNumber) && double.IsFinite(result.FPValue));
    }

    [Theory]
    [InlineData(1e-2, false)] // tolerance about 1e-5, VIF about 1e5
    [InlineData(1e-3, false)] // VIF about 1e7
    [InlineData(1e-7, true)] // tolerance about 1e-15, beyond AliasTolerance
    public void Near_collinear_drivers_stay_finite_and_beyond_the_tolerance_are_aliased(double noise, bool aliased)
    {
        var data = new DriverDataset(4, 3, 80);
        var random = new Random(9);
        var near = data.Drivers[0].Select(v => v + (noise * (random.NextDouble() - 0.5))).ToArray();
        var names = new[] { "y", "x1", "x2", "x3", "near" };
        var table = ColumnTable.FromColumns(names, [data.Outcome, data.Drivers[0], data.Drivers[1], data.Drivers[2], near]);
        var result = Analyzer.Analyze(table, new KeyDriverSpecification("y", ["x1", "x2", "x3", "near"]));
        Assert.Equal(aliased, result.AliasedDrivers.Contains("near"));
        Assert.Equal(result.RSquared, result.Drivers.Sum(d => d.Shapley), 8);
        Assert.All(result.Drivers, d => Assert.True(double.IsFinite(d.Shapley) && d.Shapley >= 0 && double.IsFinite(d.RelativeWeight) && double.IsFinite(d.P)));
        Assert.True(double.IsFinite(result.ConditionNumber));
    }

    [Fact]
    public void All_drivers_aliased_is_an_error()
    {
        var table = ColumnTable.FromColumns(["y", "k"], [[1, 3, 2, 5], [7, 7, 7, 7]]);
        Assert.Contains("no usable driver", Assert.Throws<DataFormatException>(() => Analyzer.Analyze(table, new KeyDriverSpecification("y", ["k"]))).Message);
    }

    [Fact]
    public void Priority_matrix_splits_at_mean_importance_and_performance()
    {
        var data = new DriverDataset(8, 5, 120);
        var result = data.Analyze(new KeyDriverOptions { ScaleMinimum = -10, ScaleMaximum = 30 });
        Assert.Equal(0.2, result.ImportanceThreshold, 12);
        Assert.Equal(result.Drivers.Average(d => d.Performance), result.PerformanceThreshold, 12);
        foreach (var d in result.Drivers)
        {
            Assert.Equal(100 * (d.Mean + 10) / 40, d.Performance, 10);
            var high = d.ShapleyShare >= 0.2;
            var good = d.Performance >= result.PerformanceThreshold;
            var expected = high ? (good ? Quadrant.Maintain : Quadrant.Focus) : (good ? Quadrant.Promote : Quadrant.Monitor);
            Assert.Equal(expected, d.Quadrant);
        }
    }

    [Fact]
    public void Exchangeable_drivers_share_one_quadrant_despite_rounding()
    {
        // Every row appears with its three driver values in all six orders, so the drivers are
        // exchangeable: equal shares (1/3 up to rounding) and equal performance (the mean).
        var random = new Random(11);
        var rows = new List<double[]>();
        int[][] orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        for (var i = 0; i < 40; i++)
        {
            double[] x = [random.Next(1, 6), random.Next(1, 6), random.Next(1, 6)];
            var y = x.Sum() + random.Next(-2, 3);
            rows.AddRange(orders.Select(o => new[] { y, x[o[0]], x[o[1]], x[o[2]] }));
        }

        var table = ColumnTable.FromRows(["y", "x1", "x2", "x3"], rows);
        var result = new KeyDriverAnalyzer(new KeyDriverOptions { ScaleMinimum = 1, ScaleMaximum = 5 }).Analyze(table, new KeyDriverSpecification("y", ["x1", "x2", "x3"]));
        Assert.All(result.Drivers, d => Assert.Equal(1.0 / 3, d.ShapleyShare, 1e-12));
        Assert.All(result.Drivers, d => Assert.Equal(Quadrant.Maintain, d.Quadrant));
    }

    [Fact]
    public void Top_box_performance_is_the_weighted_share_at_or_above_the_threshold()
    {
        var table = ColumnTable.FromColumns(["y", "a", "b", "w"], [[1, 3, 2, 5, 4], [9, 10, 3, 8, 10], [1, 2, 2, 1, 3], [1, 1, 2, 1, 1]]);
        var result = new KeyDriverAnalyzer(new KeyDriverOptions { TopBoxThreshold = 9 }).Analyze(table, new KeyDriverSpecification("y", ["a", "b"], "w"));
        Assert.Equal(100.0 * 3 / 6, result.Drivers[0].Performance, 12);
        Assert.Equal(0.0, result.Drivers[1].Performance);
    }

    [Fact]
    public void Spearman_uses_average_ranks_for_ties()
    {
        var table = ColumnTable.FromColumns(["y", "a", "b"], [[1, 2, 3, 4, 5], [1, 1, 2, 3, 3], [5, 3, 4, 1, 1]]);
        var result = Analyzer.Analyze(table, new KeyDriverSpecification("y", ["a", "b"]));
        // ranks of a: 1.5 1.5 3 4.5 4.5 → r = 0.9486832980505138 (R: cor(1:5, c(1,1,2,3,3), method = "spearman"))
        Assert.Equal(0.9486832980505138, result.Drivers[0].SpearmanCorrelation!.Value, 12);
    }

    [Fact]
    public void Accumulator_input_gives_the_same_numbers_as_the_table()
    {
        var data = new DriverDataset(31, 4, 80);
        var fromTable = data.Analyze();
        var acc = new CovarianceAccumulator(5);
        for (var i = 0; i < data.N; i++)
        {
            acc.Add(new[] { data.Outcome[i] }.Concat(data.Drivers.Select(x => x[i])).ToArray(), data.Weights[i]);
        }

        var fromStats = Analyzer.Analyze(acc, "y", data.Names);
        Assert.Null(fromStats.Rows);
        Assert.Equal(fromTable.RSquared, fromStats.RSquared, 12);
        for (var j = 0; j < 4; j++)
        {
            Assert.Equal(fromTable.Drivers[j].Shapley, fromStats.Drivers[j].Shapley, 12);
            Assert.Null(fromStats.Drivers[j].SpearmanCorrelation);
        }
    }

    [Fact]
    public void Options_are_validated_once_at_construction()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new KeyDriverAnalyzer(new KeyDriverOptions { MaxExactDrivers = 41 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new KeyDriverAnalyzer(new KeyDriverOptions { Permutations = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new KeyDriverAnalyzer(new KeyDriverOptions { ScaleMinimum = 5, ScaleMaximum = 1 }));
        Assert.Throws<ArgumentException>(() => new KeyDriverAnalyzer(new KeyDriverOptions { ScaleMinimum = 5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new KeyDriverAnalyzer(new KeyDriverOptions { AliasTolerance = double.NaN }));
        Assert.Throws<ArgumentException>(() => new KeyDriverSpecification("y", ["a", "y"]));
        Assert.Throws<ArgumentException>(() => new KeyDriverSpecification("y", Array.Empty<string>()));
    }

    [Theory]
    [InlineData(20.0, "ImportanceThreshold", "looks like a percentage: for 20% write 0.2")]
    [InlineData(-0.1, "ImportanceThreshold", "must be in [0, 1]")]
    [InlineData(1.5, "ImportanceThreshold", "must be in [0, 1]")]
    public void Importance_threshold_outside_the_unit_interval_is_refused_saying_it_is_a_share(double threshold, string member, string message)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new KeyDriverAnalyzer(new KeyDriverOptions { ImportanceThreshold = threshold }));
        Assert.Equal(member, ex.ParamName);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(100.5)]
    public void Performance_threshold_outside_0_to_100_is_refused(double threshold)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new KeyDriverAnalyzer(new KeyDriverOptions { PerformanceThreshold = threshold }));
        Assert.Equal("PerformanceThreshold", ex.ParamName);
    }

    [Fact]
    public void Top_box_threshold_off_the_given_scale_is_refused_and_thresholds_on_their_ends_are_accepted()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new KeyDriverAnalyzer(new KeyDriverOptions { ScaleMinimum = 1, ScaleMaximum = 5, TopBoxThreshold = 9 }));
        Assert.Equal("TopBoxThreshold", ex.ParamName);
        _ = new KeyDriverAnalyzer(new KeyDriverOptions { ScaleMinimum = 1, ScaleMaximum = 5, TopBoxThreshold = 5, ImportanceThreshold = 0, PerformanceThreshold = 100 });
        _ = new KeyDriverAnalyzer(new KeyDriverOptions { TopBoxThreshold = 9, ImportanceThreshold = 1, PerformanceThreshold = 0 });
    }
}
