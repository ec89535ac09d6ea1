using System.Globalization;
using CxOkr.Data;
using Parquet;
using Parquet.Schema;

namespace CxOkr.Data.Parquet;

/// <summary>
/// Reads a Parquet file into a <see cref="ColumnTable"/>, row group by row group, column by column, straight into
/// the compact column store (<see cref="ColumnTableBuilder"/>): numeric columns as doubles without any text,
/// text columns as CSV cells are read (a number, or a label marking its column non-numeric).
/// </summary>
/// <remarks>
/// Supported column types: the integer types, <c>float</c>, <c>double</c>, <c>decimal</c>, <c>bool</c> (0/1),
/// strings, and dates and timestamps (as <c>yyyy-MM-dd</c> text and ISO 8601 text); a null is a missing cell.
/// Nested columns (lists, maps, structs) are refused with a <see cref="DataFormatException"/> naming the column.
/// An error about a cell names its column and 1-based row, counted over the whole file.
/// </remarks>
/// <threadsafety>Thread-safe: stateless.</threadsafety>
public static class ParquetTableReader
{
    /// <summary>Reads a Parquet file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="cancellationToken">Stops reading between columns.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">The file is not Parquet, has a nested or unsupported column, or a cell is an infinite number.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<ColumnTable> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return await ReadAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a Parquet file (blocking; see <see cref="ReadFileAsync"/>).</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">As for <see cref="ReadFileAsync"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ColumnTable ReadFile(string path) => ReadFileAsync(path).GetAwaiter().GetResult();

    /// <summary>Reads Parquet from a seekable stream.</summary>
    /// <param name="stream">The stream, positioned anywhere (Parquet is read from its footer); not disposed.</param>
    /// <param name="cancellationToken">Stops reading between columns.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">As for <see cref="ReadFileAsync"/>.</exception>
    public static async Task<ColumnTable> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(stream, leaveStreamOpen: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException or ArgumentException)
        {
            throw new DataFormatException($"not a Parquet file: {ex.Message}", ex);
        }

        using (reader)
        {
            foreach (var field in reader.Schema.Fields)
            {
                if (field is not DataField)
                {
                    throw new DataFormatException($"column '{field.Name}' is nested ({field.SchemaType}); only flat columns of numbers, booleans, text and dates can be read.");
                }
            }

            var fields = reader.Schema.GetDataFields();
            var builder = new ColumnTableBuilder(fields.Select(static f => f.Name).ToArray());
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                for (var c = 0; c < fields.Length; c++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var column = await group.ReadColumnAsync(fields[c], cancellationToken).ConfigureAwait(false);
                    Append(builder, c, fields[c], column.Data);
                }
            }

            return builder.Build();
        }
    }

    private static void Append(ColumnTableBuilder builder, int column, DataField field, Array data)
    {
        switch (data)
        {
            case double[] d:
                builder.AppendNumbers(column, d);
                return;
            case double?[] d:
                builder.AppendNumbers(column, d.Select(static v => v ?? double.NaN).ToArray());
                return;
            case string?[] s:
                builder.AppendTexts(column, s);
                return;
        }

        var values = new double[data.Length];
        string?[]? texts = null;
        for (var i = 0; i < data.Length; i++)
        {
            switch (data.GetValue(i))
            {
                case null:
                    values[i] = double.NaN;
                    break;
                case float v:
                    values[i] = v;
                    break;
                case int v:
                    values[i] = v;
                    break;
                case long v:
                    values[i] = v;
                    break;
                case short v:
                    values[i] = v;
                    break;
                case sbyte v:
                    values[i] = v;
                    break;
                case byte v:
                    values[i] = v;
                    break;
                case ushort v:
                    values[i] = v;
                    break;
                case uint v:
                    values[i] = v;
                    break;
                case ulong v:
                    values[i] = v;
                    break;
                case decimal v:
                    values[i] = (double)v;
                    break;
                case bool v:
                    values[i] = v ? 1 : 0;
                    break;
                case DateOnly v:
                    (texts ??= new string?[data.Length])[i] = v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    break;
                case DateTime v:
                    (texts ??= new string?[data.Length])[i] = v.TimeOfDay == TimeSpan.Zero ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : v.ToString("O", CultureInfo.InvariantCulture);
                    break;
                case DateTimeOffset v:
                    (texts ??= new string?[data.Length])[i] = v.ToString("O", CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new DataFormatException($"column '{field.Name}' holds {field.ClrType.Name} values, which cannot be read as numbers or text.");
            }
        }

        if (texts is null)
        {
            builder.AppendNumbers(column, values);
        }
        else
        {
            builder.AppendTexts(column, texts);
        }
    }
}
