using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Serialization;
using FsCheck;
using FsCheck.Xunit;

namespace CxOkr.Tests.Drivers;

/// <summary>The streaming pass gives what reading the table and analysing it gives, errors included.</summary>
public sealed class DriverStatisticsTests
{
    private static readonly KeyDriverAnalyzer Analyzer = new();

    [Fact]
    public void Unweighted_default_drivers_equal_the_table_path_bit_for_bit()
    {
        var csv = Survey(rows: 300, seed: 7, missing: true, labels: true, weights: false);
        var (streamed, table) = Both(csv, "y");
        Assert.Equal(Strip(table), Strip(streamed));
        Assert.Null(streamed.Drivers[0].SpearmanCorrelation);
        Assert.Equal(table.Rows, streamed.Rows);
        Assert.True(streamed.Rows!.MissingDriver > 0 && streamed.Rows.MissingOutcome > 0);
        Assert.Equal(new[] { "x1", "x2", "x3", "x4" }, streamed.Drivers.Select(d => d.Name).Order());
    }

    [Fact]
    public void Statistics_of_a_table_in_memory_equal_the_table_path_bit_for_bit()
    {
        var csv = Survey(rows: 300, seed: 9, missing: true, labels: true);
        var table = CsvTableReader.Read(new StringReader(csv));
        var fromTable = Analyzer.Analyze(DriverStatistics.FromTable(table, "y", ["x3", "x1"], "w"));
        var data = DriverTable.FromTable(table, "y", ["x3", "x1"], "w");
        var full = Analyzer.Analyze(data.Table, data.Specification);
        Assert.Equal(Strip(full), Strip(fromTable));
        Assert.Equal(full.Rows, fromTable.Rows);
        Assert.Null(fromTable.Drivers[0].SpearmanCorrelation);
        Assert.NotNull(full.Drivers[0].SpearmanCorrelation);
        var unweighted = Survey(rows: 300, seed: 9, missing: true, labels: true, weights: false);
        var streamed = Analyzer.Analyze(DriverStatistics.ReadCsv(new StringReader(unweighted), "y"));
        var defaults = Analyzer.Analyze(DriverStatistics.FromTable(CsvTableReader.Read(new StringReader(unweighted)), "y"));
        Assert.Equal(Strip(streamed), Strip(defaults));
    }

    [Fact]
    public void Weighted_named_drivers_equal_the_table_path_to_rounding()
    {
        var csv = Survey(rows: 500, seed: 11, missing: true, labels: true);
        var (streamed, table) = Both(csv, "y", ["x3", "x1"], "w");
        AssertClose(Strip(table), Strip(streamed), 1e-11);
        Assert.Equal(table.Rows, streamed.Rows);
        Assert.True(streamed.Rows!.ZeroWeight > 0 && streamed.Rows.MissingWeight > 0);
    }

    [Fact]
    public void A_driver_whose_first_number_comes_late_drops_every_earlier_row_as_missing_a_driver()
    {
        var text = new StringBuilder("y,a,b\n");
        var random = new Random(3);
        for (var r = 0; r < 60; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{random.Next(1, 11)},{random.Next(1, 11)},{(r < 20 ? "NA" : random.Next(1, 11).ToString(CultureInfo.InvariantCulture))}\n");
        }

        var (streamed, table) = Both(text.ToString(), "y");
        Assert.Equal(Strip(table), Strip(streamed));
        Assert.Equal(20, streamed.Rows!.MissingDriver);
    }

    [Fact]
    public void Excluded_off_scale_values_are_counted_and_dropped_as_in_the_table_path()
    {
        var csv = "y,a,b\n" + string.Concat(Enumerable.Range(0, 50).Select(r => $"{r % 7},{r % 5 + 1},{(r % 9 == 0 ? 12 : r % 4 + 1)}\n"));
        var scale = new MetricScale(1, 10);
        var streamed = DriverStatistics.ReadCsv(new StringReader(csv), "y", null, null, scale, OutOfRangePolicy.Exclude);
        var fromTable = DriverTable.FromTable(CsvTableReader.Read(new StringReader(csv)), "y", null, null, scale, OutOfRangePolicy.Exclude);
        Assert.Equal(fromTable.ExcludedValues, streamed.ExcludedValues);
        Assert.Equal(6, streamed.ExcludedValues);
        Assert.Equal(Strip(Analyzer.Analyze(fromTable.Table, fromTable.Specification)), Strip(Analyzer.Analyze(streamed)));
    }

    [Fact]
    public void European_layout_and_a_qualtrics_export_read_as_in_the_table_path()
    {
        var text = new StringBuilder("y;a;b\n\"How likely?\";\"Q1\";\"Q2\"\n{\"ImportId\":\"QID1\"};{\"ImportId\":\"QID2\"};{\"ImportId\":\"QID3\"}\n");
        var random = new Random(5);
        for (var r = 0; r < 40; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{random.Next(0, 11)},5;{random.Next(1, 6)};{random.Next(1, 6)},25\n");
        }

        var options = new CsvOptions { Delimiter = ';', DecimalSeparator = ',' };
        var (streamed, table) = Both(text.ToString(), "y", options: options);
        Assert.Equal(Strip(table), Strip(streamed));
        Assert.Equal(40, streamed.Rows!.RowsRead);
    }

    [Theory]
    [InlineData("y,a,b\n1,2,3\n2,x,4\n3,4,5\n4,5,1\n5,1,2\n", null, "line 3, column 'a': 'x' is not a number.")]
    [InlineData("y,a,b\n1,2,3\nz,3,4\n3,4,5\n4,5,1\n5,1,2\n", "a,b", "line 3, column 'y': 'z' is not a number.")]
    [InlineData("y,a,b\n1,2,3\n2,3,4\n3,4,5\n4,5,1\n5,1,2\n", "a,c", "unknown column 'c' (columns: y, a, b).")]
    [InlineData("y,a,b\n1,2,3\n2,3,Infinity\n", null, "line 3, column 'b': 'Infinity' is not a finite number.")]
    [InlineData("y,a,b\n1,2,3\n2,3,4\n", null, "only 2 usable rows for 2 drivers")]
    [InlineData("y,a,b\n1,x,\n2,y,\n", null, "no driver columns")]
    public void Errors_name_the_line_and_column_as_the_table_path_does(string csv, string? drivers, string expected)
    {
        var named = drivers?.Split(',');
        var streamed = Assert.ThrowsAny<CxOkrException>(() => Analyzer.Analyze(DriverStatistics.ReadCsv(new StringReader(csv), "y", named)));
        var table = Assert.ThrowsAny<CxOkrException>(() =>
        {
            var data = DriverTable.FromTable(CsvTableReader.Read(new StringReader(csv)), "y", named);
            return Analyzer.Analyze(data.Table, data.Specification);
        });
        Assert.Contains(expected, streamed.Message, StringComparison.Ordinal);
        Assert.Equal(table.Message, streamed.Message);
    }

    [Fact]
    public void Off_scale_and_negative_weight_errors_match_the_table_path()
    {
        var body = string.Concat(Enumerable.Range(0, 20).Select(r => $"{r % 5},{r % 4 + 1},{(r == 13 ? 11 : 2 + (r % 3))},{(r == 15 ? -1 : 1)}\n"));
        var csv = "y,a,b,w\n" + body;
        var scale = new MetricScale(1, 10);
        var streamed = Assert.Throws<DataFormatException>(() => DriverStatistics.ReadCsv(new StringReader(csv), "y", null, "w", scale));
        var table = Assert.Throws<DataFormatException>(() => DriverTable.FromTable(CsvTableReader.Read(new StringReader(csv)), "y", null, "w", scale));
        Assert.Equal(table.Message, streamed.Message);
        Assert.StartsWith("line 15, column 'b'", streamed.Message, StringComparison.Ordinal);

        var noScale = Assert.Throws<DataFormatException>(() => DriverStatistics.ReadCsv(new StringReader(csv), "y", null, "w"));
        var data = DriverTable.FromTable(CsvTableReader.Read(new StringReader(csv)), "y", null, "w");
        var tableWeight = Assert.Throws<DataFormatException>(() => Analyzer.Analyze(data.Table, data.Specification));
        Assert.Equal(tableWeight.Message, noScale.Message);
        Assert.StartsWith("line 17, column 'w'", noScale.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_across_read_blocks_and_multi_line_quotes_keep_their_lines()
    {
        // Long quoted comments push records across the reader's 64K blocks; the error names the right line.
        var text = new StringBuilder("y,a,comment\n");
        for (var r = 0; r < 400; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r % 10},{r % 7},\"{new string('c', 300 + r)}\r\nsecond line\"\r\n");
        }

        text.Append("5,oops,\"x\"\r\n");
        var csv = text.ToString();
        var streamed = Assert.Throws<DataFormatException>(() => DriverStatistics.ReadCsv(new StringReader(csv), "y", ["a"]));
        Assert.StartsWith("line 802, column 'a'", streamed.Message, StringComparison.Ordinal);
        var table = CsvTableReader.Read(new StringReader(csv));
        Assert.Equal(802, table.GetLine(400));
        Assert.Equal(new string('c', 399) + "\r\nsecond line", table.GetText(99, "comment"));
    }

    [Property(MaxTest = 40)]
    public void Streaming_equals_the_table_path_on_any_survey(PositiveInt rows, int seed, bool weighted)
    {
        var csv = Survey(rows: 12 + (rows.Get % 150), seed: seed, missing: true, labels: false, weights: weighted);
        StatisticsLaw(csv, weighted);
    }

    private static void StatisticsLaw(string csv, bool weighted)
    {
        KeyDriverResult? table = null;
        Exception? tableError = null;
        try
        {
            var data = DriverTable.FromTable(CsvTableReader.Read(new StringReader(csv)), "y", null, weighted ? "w" : null);
            table = Analyzer.Analyze(data.Table, data.Specification);
        }
        catch (CxOkrException ex)
        {
            tableError = ex;
        }

        if (tableError is not null)
        {
            var streamedError = Assert.ThrowsAny<CxOkrException>(() => Analyzer.Analyze(DriverStatistics.ReadCsv(new StringReader(csv), "y", null, weighted ? "w" : null)));
            Assert.Equal(tableError.Message, streamedError.Message);
            return;
        }

        var streamed = Analyzer.Analyze(DriverStatistics.ReadCsv(new StringReader(csv), "y", null, weighted ? "w" : null));
        Assert.Equal(table!.Rows, streamed.Rows);
        AssertClose(Strip(table), Strip(streamed), weighted ? 1e-9 : 0);
    }

    private static (KeyDriverResult Streamed, KeyDriverResult Table) Both(string csv, string outcome, IReadOnlyList<string>? drivers = null, string? weight = null, CsvOptions? options = null)
    {
        var streamed = Analyzer.Analyze(DriverStatistics.ReadCsv(new StringReader(csv), outcome, drivers, weight, options: options));
        var data = DriverTable.FromTable(CsvTableReader.Read(new StringReader(csv), options), outcome, drivers, weight);
        return (streamed, Analyzer.Analyze(data.Table, data.Specification));
    }

    /// <summary>The result's JSON without the Spearman correlations (the streaming path has none).</summary>
    private static string Strip(KeyDriverResult result)
    {
        var node = JsonNode.Parse(ResultJson.ToJson(result))!;
        Remove(node, "spearman");
        return node.ToJsonString();
    }

    private static void Remove(JsonNode? node, string name)
    {
        switch (node)
        {
            case JsonObject o:
                o.Remove(name);
                foreach (var (_, child) in o.ToList())
                {
                    Remove(child, name);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Remove(child, name);
                }

                break;
        }
    }

    private static void AssertClose(string expected, string actual, double relative)
    {
        Compare(JsonNode.Parse(expected), JsonNode.Parse(actual), relative, "$");
    }

    private static void Compare(JsonNode? e, JsonNode? a, double relative, string path)
    {
        switch (e)
        {
            case JsonObject eo:
                var ao = Assert.IsType<JsonObject>(a);
                Assert.Equal(eo.Select(p => p.Key), ao.Select(p => p.Key));
                foreach (var (key, child) in eo)
                {
                    Compare(child, ao[key], relative, $"{path}.{key}");
                }

                break;
            case JsonArray ea:
                var aa = Assert.IsType<JsonArray>(a);
                Assert.Equal(ea.Count, aa.Count);
                for (var i = 0; i < ea.Count; i++)
                {
                    Compare(ea[i], aa[i], relative, $"{path}[{i}]");
                }

                break;
            case JsonValue ev when ev.TryGetValue<double>(out var x):
                var y = a!.GetValue<double>();
                Assert.True(Math.Abs(x - y) <= relative * Math.Max(1, Math.Abs(x)), $"{path}: {x:R} vs {y:R}");
                break;
            default:
                Assert.Equal(e?.ToJsonString(), a?.ToJsonString());
                break;
        }
    }

    private static string Survey(int rows, int seed, bool missing, bool labels, bool weights = true)
    {
        var random = new Random(seed);
        var text = new StringBuilder(weights ? "id,y,x1,x2,x3,x4,region,w\n" : "id,y,x1,x2,x3,x4,region\n");
        for (var r = 0; r < rows; r++)
        {
            var x = Enumerable.Range(0, 4).Select(_ => random.Next(1, 11)).ToArray();
            var y = Math.Round((0.5 * x[0]) + (0.3 * x[1]) + (0.1 * x[2]) + (random.NextDouble() * 3), 2);
            string Cell(double v) => missing && random.Next(25) == 0 ? (random.Next(2) == 0 ? string.Empty : "NA") : v.ToString(CultureInfo.InvariantCulture);
            var weight = !weights ? "1" : random.Next(40) == 0 ? "0" : missing && random.Next(40) == 0 ? string.Empty : (0.5 + random.NextDouble()).ToString("F3", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"r{r},{Cell(y)},{Cell(x[0])},{Cell(x[1])},{Cell(x[2])},{Cell(x[3])},{(labels ? (r % 3 == 0 ? "EU" : "\"North, America\"") : "NA")}{(weights ? "," + weight : string.Empty)}\n");
        }

        return text.ToString();
    }
}
