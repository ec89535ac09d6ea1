using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CxOkr.Data;
using CxOkr.Data.Parquet;
using CxOkr.Drivers;
using nietras.SeparatedValues;

namespace CxOkr.Benchmarks;

/// <summary>
/// Issue 18: the CSV reader alone on a generated N x 21 file of numbers (outcome and 20 drivers, about 150 bytes
/// a row): the streaming pass into the covariance accumulator, the compact column store, and Sep (the fastest
/// .NET CSV reader) doing the streaming pass's work (parse every cell as a double, accumulate), and the same
/// data as Parquet (doubles, row groups of 128K rows) read into the compact store and accumulated. MB/s is the
/// CSV file's size over the mean (the columns MB/s and B/row are printed by <see cref="ReaderThroughputColumn"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ReaderThroughputColumn.Config))]
public class CsvReaderBenchmarks
{
    private string path = string.Empty;
    private string parquetPath = string.Empty;

    [Params(100_000)]
    public int N { get; set; }

    /// <summary>The file's size in bytes, for MB/s.</summary>
    public long Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), $"cxokr-csv-bench-{N}.csv");
        File.WriteAllText(path, CsvText(N));
        Bytes = new FileInfo(path).Length;
        Console.WriteLine($"// {path}: {Bytes} bytes");
        parquetPath = Path.ChangeExtension(path, ".parquet");
        ParquetFiles.WriteCsvAsParquetAsync(path, parquetPath).GetAwaiter().GetResult();
        Console.WriteLine($"// {parquetPath}: {new FileInfo(parquetPath).Length} bytes");
    }

    /// <summary>The benchmark file's text for <paramref name="rows"/> rows (seeded: the same on every machine).</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The CSV text (ASCII, so its length is its size in bytes).</returns>
    public static string CsvText(int rows)
    {
        var random = new Random(18);
        var text = new StringBuilder("y," + string.Join(',', Enumerable.Range(1, 20).Select(j => $"x{j}")) + "\n");
        for (var r = 0; r < rows; r++)
        {
            text.Append((random.NextDouble() * 10).ToString("F4", CultureInfo.InvariantCulture));
            for (var j = 0; j < 20; j++)
            {
                text.Append(',').Append((random.NextDouble() * 10).ToString("F3", CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(path);
        File.Delete(parquetPath);
    }

    /// <summary>The library's streaming pass (what <c>cxokr drivers</c> runs for the linear model).</summary>
    [Benchmark(Baseline = true)]
    public long StreamingStatistics() => DriverStatistics.ReadCsv(path, "y").Rows.RowsUsed;

    /// <summary>The compact column store (double columns, texts only where not the number's shortest form).</summary>
    [Benchmark]
    public int ColumnStore() => CsvTableReader.ReadFile(path).RowCount;

    /// <summary>Sep: every cell parsed as a double into the same accumulator, in blocks of 4096 rows.</summary>
    [Benchmark]
    public long Sep()
    {
        using var reader = nietras.SeparatedValues.Sep.Reader(o => o with { CultureInfo = CultureInfo.InvariantCulture }).FromFile(path);
        var columns = reader.Header.ColNames.Count;
        var accumulator = new CovarianceAccumulator(columns);
        var block = new double[4096 * columns];
        var rows = 0;
        foreach (var row in reader)
        {
            for (var c = 0; c < columns; c++)
            {
                block[(rows * columns) + c] = row[c].Parse<double>();
            }

            if (++rows == 4096)
            {
                accumulator.AddBlock(block);
                rows = 0;
            }
        }

        accumulator.AddBlock(block.AsSpan(0, rows * columns));
        return accumulator.Count;
    }

    /// <summary>The same data as Parquet: read into the compact store, then accumulated (what <c>cxokr drivers --data FILE.parquet</c> does).</summary>
    [Benchmark]
    public long ParquetStatistics() => DriverStatistics.FromTable(ParquetTableReader.ReadFile(parquetPath), "y").Rows.RowsUsed;

    /// <summary>The Parquet file into the compact store alone.</summary>
    [Benchmark]
    public int ParquetColumnStore() => ParquetTableReader.ReadFile(parquetPath).RowCount;
}
