using CxOkr.Data;
using Parquet;
using Parquet.Schema;

namespace CxOkr.Benchmarks;

/// <summary>Writes numeric tables as Parquet for the reader benchmarks (issue 18).</summary>
public static class ParquetFiles
{
    /// <summary>The rows in a row group: 128K rows, about 1 MB a column, as Parquet writers typically group them.</summary>
    public const int RowGroupRows = 1 << 17;

    /// <summary>Reads a CSV of numbers (the compact column store) and writes the same columns as Parquet doubles.</summary>
    /// <param name="csvPath">The CSV file.</param>
    /// <param name="parquetPath">The Parquet file written.</param>
    /// <returns>A task.</returns>
    public static async Task WriteCsvAsParquetAsync(string csvPath, string parquetPath)
    {
        var table = CsvTableReader.ReadFile(csvPath);
        var columns = table.ColumnNames.Select(name => table.NumericColumn(name)).ToArray();
        await WriteAsync(parquetPath, table.ColumnNames, columns).ConfigureAwait(false);
    }

    /// <summary>Writes double columns as Parquet (required columns when a column has no missing value, optional otherwise).</summary>
    /// <param name="path">The file written.</param>
    /// <param name="names">The column names.</param>
    /// <param name="columns">The columns, NaN = missing.</param>
    /// <returns>A task.</returns>
    public static async Task WriteAsync(string path, IReadOnlyList<string> names, IReadOnlyList<double[]> columns)
    {
        var nullable = columns.Select(static c => c.Any(double.IsNaN)).ToArray();
        var fields = names.Select((name, c) => nullable[c] ? (DataField)new DataField<double?>(name) : new DataField<double>(name)).ToArray();
        var schema = new ParquetSchema(fields);
        var rows = columns.Count == 0 ? 0 : columns[0].Length;
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream).ConfigureAwait(false);
        for (var start = 0; start < rows; start += RowGroupRows)
        {
            var count = Math.Min(RowGroupRows, rows - start);
            using var group = writer.CreateRowGroup();
            for (var c = 0; c < columns.Count; c++)
            {
                var slice = columns[c].AsMemory(start, count);
                if (nullable[c])
                {
                    var values = slice.ToArray().Select(static v => double.IsNaN(v) ? (double?)null : v).ToArray();
                    await group.WriteAsync(fields[c], (ReadOnlyMemory<double?>)values).ConfigureAwait(false);
                }
                else
                {
                    await group.WriteAsync(fields[c], (ReadOnlyMemory<double>)slice).ConfigureAwait(false);
                }
            }
        }
    }
}
