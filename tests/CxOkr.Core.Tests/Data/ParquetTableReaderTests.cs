using System.Globalization;
using System.Text;
using CxOkr.Data;
using CxOkr.Data.Parquet;
using CxOkr.Drivers;
using CxOkr.Serialization;
using Parquet;
using Parquet.Schema;

namespace CxOkr.Tests.Data;

/// <summary>A Parquet file reads into the same table as the CSV file of the same data.</summary>
public sealed class ParquetTableReaderTests
{
    [Fact]
    public async Task A_parquet_file_of_several_row_groups_reads_as_its_csv_does()
    {
        const int rows = 700;
        var random = new Random(18);
        var y = new double?[rows];
        var x1 = new int[rows];
        var x2 = new double?[rows];
        var x3 = new float[rows];
        var region = new string[rows];
        var csv = new StringBuilder("y,x1,x2,x3,region\n");
        for (var r = 0; r < rows; r++)
        {
            x1[r] = random.Next(1, 11);
            x2[r] = r % 17 == 0 ? null : Math.Round(random.NextDouble() * 10, 3);
            x3[r] = random.Next(0, 5) + 0.5f;
            y[r] = r % 23 == 0 ? null : Math.Round((0.4 * x1[r]) + (0.2 * (x2[r] ?? 0)) + (random.NextDouble() * 2), 4);
            region[r] = r % 31 == 0 ? null! : r % 3 == 0 ? "EU" : "North, America";
            csv.Append(CultureInfo.InvariantCulture, $"{Text(y[r])},{x1[r]},{Text(x2[r])},{x3[r].ToString(CultureInfo.InvariantCulture)},{(region[r] is { } g ? $"\"{g}\"" : string.Empty)}\n");
        }

        var path = Path.Combine(Path.GetTempPath(), $"cxokr-parquet-{Guid.NewGuid():N}.parquet");
        try
        {
            var schema = new ParquetSchema(new DataField<double?>("y"), new DataField<int>("x1"), new DataField<double?>("x2"), new DataField<float>("x3"), new DataField<string>("region"));
            await using (var stream = File.Create(path))
            {
                await using var writer = await ParquetWriter.CreateAsync(schema, stream);
                for (var start = 0; start < rows; start += 250)
                {
                    var count = Math.Min(250, rows - start);
                    using var group = writer.CreateRowGroup();
                    await group.WriteAsync(schema.DataFields[0], (ReadOnlyMemory<double?>)y[start..(start + count)]);
                    await group.WriteAsync(schema.DataFields[1], (ReadOnlyMemory<int>)x1[start..(start + count)]);
                    await group.WriteAsync(schema.DataFields[2], (ReadOnlyMemory<double?>)x2[start..(start + count)]);
                    await group.WriteAsync(schema.DataFields[3], (ReadOnlyMemory<float>)x3[start..(start + count)]);
                    await group.WriteAsync(schema.DataFields[4], region[start..(start + count)]);
                }
            }

            var fromParquet = await ParquetTableReader.ReadFileAsync(path);
            var fromCsv = CsvTableReader.Read(new StringReader(csv.ToString()));
            Assert.Equal(fromCsv.ColumnNames, fromParquet.ColumnNames);
            Assert.Equal(rows, fromParquet.RowCount);
            foreach (var column in new[] { "y", "x1", "x2", "x3" })
            {
                for (var r = 0; r < rows; r++)
                {
                    Assert.Equal(fromCsv.GetValue(r, column), fromParquet.GetValue(r, column));
                    Assert.Equal(fromCsv.GetText(r, column), fromParquet.GetText(r, column));
                }
            }

            Assert.False(fromParquet.IsNumeric("region"));
            for (var r = 0; r < rows; r++)
            {
                Assert.Equal(fromCsv.GetText(r, "region"), fromParquet.GetText(r, "region"));
            }

            var analyzer = new KeyDriverAnalyzer();
            var a = DriverTable.FromTable(fromParquet, "y");
            var b = DriverTable.FromTable(fromCsv, "y");
            Assert.Equal(ResultJson.ToJson(analyzer.Analyze(b.Table, b.Specification)), ResultJson.ToJson(analyzer.Analyze(a.Table, a.Specification)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task An_infinite_value_is_refused_naming_its_column_and_row()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cxokr-parquet-{Guid.NewGuid():N}.parquet");
        try
        {
            var schema = new ParquetSchema(new DataField<double>("v"));
            await using (var stream = File.Create(path))
            {
                await using var writer = await ParquetWriter.CreateAsync(schema, stream);
                using var group = writer.CreateRowGroup();
                await group.WriteAsync(schema.DataFields[0], (ReadOnlyMemory<double>)new[] { 1.0, 2.0, double.PositiveInfinity });
            }

            var error = await Assert.ThrowsAsync<DataFormatException>(() => ParquetTableReader.ReadFileAsync(path));
            Assert.Contains("column 'v', row 3", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_parquet_is_a_data_format_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cxokr-parquet-{Guid.NewGuid():N}.parquet");
        File.WriteAllText(path, "y,x\n1,2\n");
        try
        {
            await Assert.ThrowsAsync<DataFormatException>(() => ParquetTableReader.ReadFileAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Text(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
