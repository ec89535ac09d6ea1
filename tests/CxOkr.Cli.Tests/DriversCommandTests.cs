using System.Globalization;
using System.Text.Json;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Serialization;

namespace CxOkr.Cli.Tests;

public sealed class DriversCommandTests
{
    private static readonly string[] ReferenceFields =
    [
        "coefficient", "standardError", "t", "p", "correlation", "vif", "shapley", "first", "last",
        "betaSquared", "pratt", "genizi", "car", "relativeWeight",
    ];

    [Fact]
    public void Json_output_is_the_library_json_of_the_analysis()
    {
        var path = CliRunner.TestData("drivers-swiss.csv");
        var (code, output, _) = CliRunner.Run("drivers", "--data", path, "--outcome", "Fertility", "--format", "json");
        Assert.Equal(0, code);
        var table = CsvTableReader.ReadFile(path);
        var drivers = table.ColumnNames.Where(static c => c != "Fertility").ToArray();
        var analyzer = new KeyDriverAnalyzer(new KeyDriverOptions { Seed = 1 });
        var streamed = analyzer.Analyze(DriverStatistics.ReadCsv(path, "Fertility"));
        Assert.Equal(ResultJson.ToJson(streamed) + Environment.NewLine, output);

        // --spearman reads the table: the same analysis with the rank correlations.
        var (spearmanCode, withSpearman, _) = CliRunner.Run("drivers", "--data", path, "--outcome", "Fertility", "--format", "json", "--spearman");
        Assert.Equal(0, spearmanCode);
        var result = analyzer.Analyze(table, new KeyDriverSpecification("Fertility", drivers, null));
        Assert.Equal(ResultJson.ToJson(result) + Environment.NewLine, withSpearman);
        Assert.Contains("\"spearman\"", withSpearman, StringComparison.Ordinal);
        Assert.DoesNotContain("\"spearman\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_streaming_pass_names_the_line_and_column_of_a_bad_cell()
    {
        using var file = new TempFile(".csv", "y,a,b\n1,2,3\n2,3,4\n3,x,5\n4,5,1\n5,1,2\n6,2,2\n");
        var (code, _, error) = CliRunner.Run("drivers", "--data", file.Path, "--outcome", "y", "--format", "json");
        Assert.Equal(2, code);
        Assert.Contains("line 4, column 'a': 'x' is not a number.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_matches_the_swiss_reference_field_by_field()
    {
        var (code, output, error) = CliRunner.Run("drivers", "--data", CliRunner.TestData("drivers-swiss.csv"), "--outcome", "Fertility", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var actual = JsonDocument.Parse(output);
        using var expected = JsonDocument.Parse(File.ReadAllText(CliRunner.TestData("drivers-swiss.json")));
        var a = actual.RootElement;
        var e = expected.RootElement;
        Assert.Equal("Fertility", a.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("weight").ValueKind);
        Assert.Equal(47, a.GetProperty("rowsRead").GetInt32());
        Assert.Equal(47, a.GetProperty("nUsed").GetInt32());
        Assert.Equal(47.0, a.GetProperty("effectiveN").GetDouble(), 9);
        foreach (var field in new[] { "rSquared", "adjustedRSquared", "fStatistic", "intercept" })
        {
            Close(e.GetProperty(field).GetDouble(), a.GetProperty(field).GetDouble(), field);
        }

        var actualDrivers = a.GetProperty("drivers").EnumerateArray().ToList();
        var expectedDrivers = e.GetProperty("drivers").EnumerateArray().ToList();
        Assert.Equal(expectedDrivers.Count, actualDrivers.Count);
        for (var i = 0; i < expectedDrivers.Count; i++)
        {
            Assert.Equal(expectedDrivers[i].GetProperty("name").GetString(), actualDrivers[i].GetProperty("name").GetString());
            foreach (var field in ReferenceFields)
            {
                Close(expectedDrivers[i].GetProperty(field).GetDouble(), actualDrivers[i].GetProperty(field).GetDouble(), field);
            }

            var share = actualDrivers[i].GetProperty("shapleyShare").GetDouble();
            Close(expectedDrivers[i].GetProperty("shapley").GetDouble() / e.GetProperty("rSquared").GetDouble(), share, "shapleyShare");
            var performance = actualDrivers[i].GetProperty("performance").GetDouble();
            Assert.InRange(performance, 0, 100);
        }

        // The quadrant splits at the mean share (1/k) and the mean performance (swiss has no driver on either).
        var meanPerformance = actualDrivers.Average(d => d.GetProperty("performance").GetDouble());
        foreach (var d in actualDrivers)
        {
            var high = d.GetProperty("shapleyShare").GetDouble() >= 1.0 / actualDrivers.Count;
            var good = d.GetProperty("performance").GetDouble() >= meanPerformance;
            Assert.Equal(high ? (good ? "maintain" : "focus") : (good ? "promote" : "monitor"), d.GetProperty("quadrant").GetString());
        }

    }

    [Fact]
    public void Json_output_has_dominance_and_the_complete_matrix_only_when_asked()
    {
        var (code, output, _) = CliRunner.Run("drivers", "--data", CliRunner.TestData("drivers-swiss.csv"), "--outcome", "Fertility", "--format", "json", "--complete-dominance");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var matrix = json.RootElement.GetProperty("completeDominance").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        Assert.Equal(5, matrix.Length);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(0.5, matrix[i][i]);
            for (var j = 0; j < 5; j++)
            {
                Assert.Equal(1.0, matrix[i][j] + matrix[j][i], 12);
            }
        }

        foreach (var d in json.RootElement.GetProperty("drivers").EnumerateArray())
        {
            var conditional = d.GetProperty("conditionalDominance").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            Assert.Equal(5, conditional.Length);
            Assert.Equal(d.GetProperty("shapley").GetDouble(), conditional.Average(), 12);
        }

        // Off by default (about 8 times the work at 20+ drivers); "--complete-dominance false" still parses.
        foreach (var args in new[] { Array.Empty<string>(), ["--complete-dominance", "false"] })
        {
            var fast = CliRunner.Run(["drivers", "--data", CliRunner.TestData("drivers-swiss.csv"), "--outcome", "Fertility", "--format", "json", .. args]);
            Assert.Equal(0, fast.ExitCode);
            using var fastJson = JsonDocument.Parse(fast.Out);
            Assert.False(fastJson.RootElement.TryGetProperty("completeDominance", out _));
        }
    }

    [Fact]
    public void Table_output_sorts_drivers_by_shapley_share_with_bars()
    {
        var (code, output, _) = CliRunner.Run("drivers", "--data", CliRunner.TestData("drivers-swiss.csv"), "--outcome", "Fertility");
        Assert.Equal(0, code);
        var lines = output.Split('\n');
        var order = new[] { "Education", "Examination", "Infant.Mortality", "Catholic", "Agriculture" };
        var positions = order.Select(name => Array.FindIndex(lines, l => l.StartsWith(name + " ", StringComparison.Ordinal))).ToArray();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.OrderBy(p => p), positions);
        Assert.Contains("##############################", lines[positions[0]]);
        Assert.Contains("R² 0.7067", output);
    }

    [Fact]
    public void Csv_output_has_a_header_and_one_row_per_driver()
    {
        var (code, output, _) = CliRunner.Run("drivers", "--data", CliRunner.TestData("drivers-swiss.csv"), "--outcome", "Fertility", "--drivers", "Education,Catholic", "--format", "csv", "--scale", "0:100");
        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("name,coefficient,standardError,t,p,", lines[0]);
        Assert.StartsWith("Education,", lines[1]);
        Assert.StartsWith("Catholic,", lines[2]);
        var cells = lines[1].Split(',');
        Assert.Equal(18, cells.Length);
        Assert.True(double.TryParse(cells[7], NumberStyles.Float, CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public void Default_drivers_skip_non_numeric_columns_and_aliased_driver_is_reported()
    {
        var (code, output, error) = CliRunner.Run("drivers", "--data", CliRunner.TestData("drivers-aliased.csv"), "--outcome", "y", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(new[] { "a2" }, json.RootElement.GetProperty("aliased").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(new[] { "a", "b" }, json.RootElement.GetProperty("drivers").EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToArray());
    }

    [Fact]
    public void Bootstrap_adds_reproducible_intervals_to_json_and_table()
    {
        string[] args = ["drivers", "--data", CliRunner.TestData("drivers-swiss.csv"), "--outcome", "Fertility", "--bootstrap", "50", "--seed", "4", "--confidence", "0.9", "--format", "json"];
        var (code, output, error) = CliRunner.Run(args);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(output, CliRunner.Run(args).Out);
        using var json = JsonDocument.Parse(output);
        var bootstrap = json.RootElement.GetProperty("bootstrap");
        Assert.Equal(50, bootstrap.GetProperty("replicates").GetInt32());
        Assert.Equal(0.9, bootstrap.GetProperty("confidence").GetDouble());
        var drivers = bootstrap.GetProperty("drivers").EnumerateArray().ToList();
        Assert.Equal(5, drivers.Count);
        Assert.Equal(1.0, drivers.Sum(d => d.GetProperty("rankFirstShare").GetDouble()), 12);
        var shapley = drivers[0].GetProperty("shapley");
        Assert.Equal(2, shapley.GetProperty("bca").GetArrayLength());
        Assert.True(shapley.GetProperty("percentile")[0].GetDouble() <= shapley.GetProperty("percentile")[1].GetDouble());

        var table = CliRunner.Run("drivers", "--data", CliRunner.TestData("drivers-swiss.csv"), "--outcome", "Fertility", "--bootstrap", "20");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Bootstrap, 20 replicates", table.Out);
        Assert.Contains("95% BCa intervals", table.Out);
    }

    [Theory]
    [InlineData("drivers-bad-cell.csv", "--drivers", "a,b", "line 4, column 'b': 'oops' is not a number.")]
    [InlineData("drivers-bad-cell.csv", "--drivers", "a,nope", "unknown column 'nope'")]
    [InlineData("drivers-negative-weight.csv", "--weight", "w", "line 3, column 'w': weight -1 must be >= 0.")]
    [InlineData("drivers-too-few.csv", "--drivers", "a,b,c", "only 2 usable rows for 3 drivers")]
    [InlineData("drivers-swiss.csv", "--scale", "10:1", "--scale '10:1'")]
    [InlineData("does-not-exist.csv", "--drivers", "a", "does not exist")]
    [InlineData("drivers-swiss.csv", "--bootstrap", "3", "Replicates must be at least 10")]
    public void Unusable_input_exits_2_with_one_line_on_stderr(string file, string option, string value, string expected)
    {
        var outcome = file.Contains("swiss", StringComparison.Ordinal) ? "Fertility" : "y";
        var (code, output, error) = CliRunner.Run("drivers", "--data", CliRunner.TestData(file), "--outcome", outcome, option, value);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("cxokr: ", error);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Bad_cell_after_a_blank_line_and_a_multi_line_quoted_id_names_its_file_line_and_column()
    {
        // CRLF file: line 1 header, 2-3 rows, 4 blank, 5-6 a row whose quoted id spans two lines, 7-8 rows, 9 the bad cell.
        using var file = new TempFile(".csv", "y,a,b,id\r\n1,2,3,x1\r\n2,1,4,x2\r\n\r\n3,4,1,\"x3\r\nsecond line\"\r\n4,3,1,x4\r\n5,6,2,x5\r\n6,5,oops,x6\r\n7,2,2,x7\r\n");
        var path = file.Path;
        var (code, output, error) = CliRunner.Run("drivers", "--data", path, "--outcome", "y", "--drivers", "a,b");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("cxokr: line 9, column 'b': 'oops' is not a number.", Assert.Single(error.TrimEnd().Split('\n')));
    }

    [Fact]
    public void Lower_is_better_reverses_a_drivers_performance_and_an_unknown_name_is_a_usage_error()
    {
        var path = CliRunner.TestData("drivers-swiss.csv");
        double Performance(params string[] extra)
        {
            var (code, output, error) = CliRunner.Run(["drivers", "--data", path, "--outcome", "Fertility", "--format", "json", .. extra]);
            Assert.True(code == 0, error);
            using var json = JsonDocument.Parse(output);
            return json.RootElement.GetProperty("drivers").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "Examination").GetProperty("performance").GetDouble();
        }

        var higher = Performance();
        var lower = Performance("--lower-is-better", "Examination");
        Assert.Equal(100 - higher, lower, 9);

        var (unknownCode, _, unknownError) = CliRunner.Run("drivers", "--data", path, "--outcome", "Fertility", "--lower-is-better", "Exam");
        Assert.Equal(2, unknownCode);
        Assert.Contains("'Exam', which is not a driver of the analysis", unknownError, StringComparison.Ordinal);
    }

    private static void Close(double expected, double actual, string field) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-9 * Math.Abs(expected), $"{field}: expected {expected:R}, got {actual:R}");
}
