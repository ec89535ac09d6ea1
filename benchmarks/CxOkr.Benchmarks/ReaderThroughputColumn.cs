using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CxOkr.Benchmarks;

/// <summary>
/// The reader benchmarks' throughput columns (issue 18): MB/s (the CSV file's size in 10^6 bytes over the mean
/// time; for the Parquet methods the same data's CSV size, so the column compares the formats on equal data)
/// and allocated bytes per row (Allocated over N).
/// </summary>
public sealed class ReaderThroughputColumn(bool perRow) : IColumn
{
    private static readonly Dictionary<int, long> SizeByRows = [];

    /// <inheritdoc/>
    public string Id => perRow ? "AllocatedPerRow" : "MegabytesPerSecond";

    /// <inheritdoc/>
    public string ColumnName => perRow ? "B/row" : "MB/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => perRow ? 1 : 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => perRow
        ? "Managed bytes allocated per operation divided by the rows N"
        : "The benchmark CSV's size (10^6 bytes; the same data for the Parquet methods) over the mean time";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics || benchmarkCase.Parameters["N"] is not int rows || rows == 0)
        {
            return "-";
        }

        if (perRow)
        {
            return report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes
                ? (bytes / (double)rows).ToString("N1", style.CultureInfo)
                : "-";
        }

        long size;
        lock (SizeByRows)
        {
            if (!SizeByRows.TryGetValue(rows, out size))
            {
                size = CsvReaderBenchmarks.CsvText(rows).Length;
                SizeByRows[rows] = size;
            }
        }

        return (size / 1e6 / (statistics.Mean / 1e9)).ToString("N1", style.CultureInfo);
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <summary>Adds both columns.</summary>
    public sealed class Config : ManualConfig
    {
        /// <summary>The columns.</summary>
        public Config() => AddColumn(new ReaderThroughputColumn(false), new ReaderThroughputColumn(true));
    }
}
