using System.Globalization;
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
/// strings, and dates and timestamps (as <c>yyyy-MM-dd</c> text, or ISO 8601 text with a time of day); a null is a missing cell.
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
        catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            throw new DataFormatException($"not a Parquet file: {ex.Message}", ex);
        }

        await using (reader.ConfigureAwait(false))
        {
            foreach (var field in reader.Schema.Fields)
            {
                if (field is not DataField { IsArray: false })
                {
                    throw new DataFormatException($"column '{field.Name}' is nested ({field.SchemaType}); only flat columns of numbers, booleans, text and dates can be read.");
                }
            }

            var fields = reader.Schema.GetDataFields();
            var builder = new ColumnTableBuilder(fields.Select(static f => f.Name).ToArray());
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var rows = checked((int)group.RowCount);
                for (var c = 0; c < fields.Length; c++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    await AppendAsync(builder, c, fields[c], group, rows, cancellationToken).ConfigureAwait(false);
                }
            }

            return builder.Build();
        }
    }

    private static async Task AppendAsync(ColumnTableBuilder builder, int column, DataField field, ParquetRowGroupReader group, int rows, CancellationToken cancellationToken)
    {
        var type = field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var texts = new string?[rows];
            await group.ReadAsync(field, texts.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            builder.AppendTexts(column, texts);
            return;
        }

        if (type == typeof(DateOnly) || type == typeof(DateTime))
        {
            builder.AppendTexts(column, type == typeof(DateOnly)
                ? (await ReadAsync<DateOnly>(field, group, rows, cancellationToken).ConfigureAwait(false)).Select(static d => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                : (await ReadAsync<DateTime>(field, group, rows, cancellationToken).ConfigureAwait(false)).Select(static d => d is not { } t ? null : t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("O", CultureInfo.InvariantCulture)));
            return;
        }

        double[] values;
        if (type == typeof(double) && !field.IsNullable)
        {
            values = new double[rows];
            await group.ReadAsync(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            values = type switch
            {
                _ when type == typeof(double) => Numbers(await ReadAsync<double>(field, group, rows, cancellationToken).ConfigureAwait(false), static v => v),
                _ when type == typeof(float) => Numbers(await ReadAsync<float>(field, group, rows, cancellationToken).ConfigureAwait(false), static v => v),
                _ when type == typeof(int) => Numbers(await ReadAsync<int>(field, group, rows, cancellationToken).ConfigureAwait(false), static v => v),
                _ when type == typeof(long) => Numbers(await ReadAsync<long>(field, group, rows, cancellationToken).ConfigureAwait(false), static v => v),
                _ when type == typeof(short) => Numbers(await ReadAsync<short>(field, group, rows, cancellationToken).ConfigureAwait(false), static v => v),
                _ when type == typeof(sbyte) => Numbers(await ReadAsync<sbyte>(field, group, rows, cancellationToken).ConfigureAwait(false), static v => v),
                _ when type == typeof(byte) => Numbers(await ReadAsync<byte>(field, group, rows, cancellationToken).ConfigureAwait(false), static v => v),
                _ when type == typeof(ushort) => Numbers(await ReadAsync<ushort>(field, group, rows, cancellationToken).ConfigureAwait(false), static v => v),
                _ when type == typeof(uint) => Numbers(await ReadAsync<uint>(field, group, rows, cancellationToken).ConfigureAwait(false), static v => v),
                _ when type == typeof(ulong) => Numbers(await ReadAsync<ulong>(field, group, rows, cancellationToken).ConfigureAwait(false), static v => v),
                _ when type == typeof(decimal) => Numbers(await ReadAsync<decimal>(field, group, rows, cancellationToken).ConfigureAwait(false), static v => (double)v),
                _ when type == typeof(bool) => Numbers(await ReadAsync<bool>(field, group, rows, cancellationToken).ConfigureAwait(false), static v => v ? 1 : 0),
                _ => throw new DataFormatException($"column '{field.Name}' holds {type.Name} values, which cannot be read as numbers, text or dates."),
            };
        }

        builder.AppendNumbers(column, values);
    }

    // Every column is read as nullable, so a required and an optional column take the same path.
    private static async Task<T?[]> ReadAsync<T>(DataField field, ParquetRowGroupReader group, int rows, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new T?[rows];
        if (field.IsNullable)
        {
            await group.ReadAsync(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
            return values;
        }

        var required = new T[rows];
        await group.ReadAsync(field, required.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < rows; i++)
        {
            values[i] = required[i];
        }

        return values;
    }

    private static double[] Numbers<T>(T?[] values, Func<T, double> convert)
        where T : struct
    {
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = values[i] is { } v ? convert(v) : double.NaN;
        }

        return result;
    }
}
