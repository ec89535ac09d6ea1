using System.Text;
using CxOkr.Utilities;

namespace CxOkr.Data;

/// <summary>
/// Reads a comma-separated file with a header row into a <see cref="ColumnTable"/>: <c>.</c> as decimal
/// point, an empty cell (or <c>NA</c>) as missing, fields optionally in double quotes with <c>""</c> for a quote.
/// </summary>
/// <remarks>
/// The grammar is RFC 4180 with either line ending. Every cell's text is kept as well
/// (<see cref="ColumnTable.GetText"/>), so date and label columns can be read from the same table. A cell that is not a number marks its column
/// non-numeric (fine for an id or a label column; an error only if the column is then used in an
/// analysis). A row with the wrong number of cells, an unterminated quote, a duplicate or empty header
/// name, or an infinite value raise a <see cref="DataFormatException"/>. A record at fault is named by the
/// line of the input it starts on, as a text editor counts lines (the header is line 1; blank lines and
/// line breaks inside quoted fields count), an unterminated quote by the line it opens on, and a bad cell
/// by its line and column. <see cref="ColumnTable.GetLine"/> gives each row's line.
/// </remarks>
/// <threadsafety>Thread-safe: stateless.</threadsafety>
public static class CsvTableReader
{
    /// <summary>Reads a CSV file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The file's layout (delimiter, decimal mark, rows to skip, encoding); default <see cref="CsvOptions.Default"/>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">The content is not a usable table, or its bytes are not in its encoding (the message names the line).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ColumnTable ReadFile(string path, CsvOptions? options = null)
    {
        Guard.NotBlank(path);
        using var reader = CsvSource.Open(path, options);
        try
        {
            return Read(reader, options);
        }
        catch (DecoderFallbackException ex)
        {
            throw CsvSource.InvalidUtf8(path, ex);
        }
    }

    /// <summary>Reads CSV text.</summary>
    /// <param name="reader">The text, header row first.</param>
    /// <param name="options">The text's layout (delimiter, decimal mark, rows to skip); default <see cref="CsvOptions.Default"/>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">The content is not a usable table.</exception>
    public static ColumnTable Read(TextReader reader, CsvOptions? options = null)
    {
        Guard.NotNull(reader);
        var source = new CsvSource(reader, options);
        var names = source.ReadHeader("the CSV input", refuseRepeatedNames: false);
        var columns = new ColumnBuilder[names.Length];
        var nonNumeric = new ColumnTable.NonNumericCell?[names.Length];
        for (var c = 0; c < names.Length; c++)
        {
            columns[c] = new ColumnBuilder(source.Options.DecimalSeparator);
        }

        var lines = new int[1024];
        var rows = 0;
        while (source.NextRecord(names.Length, out var line))
        {
            for (var c = 0; c < names.Length; c++)
            {
                var text = source.Cell(c).Trim();
                double value;
                var shortest = false;
                if (text.Length == 0 || text.SequenceEqual("NA"))
                {
                    value = double.NaN;
                }
                else if (source.TryParseNumber(text, out value))
                {
                    if (double.IsInfinity(value))
                    {
                        throw new DataFormatException($"line {line}, column '{CsvSource.Echo(names[c])}': '{CsvSource.Echo(text.ToString())}' is not a finite number.");
                    }

                    shortest = TextColumn.IsShortestForm(text, source.Options.DecimalSeparator);
                }
                else
                {
                    nonNumeric[c] ??= new ColumnTable.NonNumericCell(rows, text.ToString());
                    value = double.NaN;
                }

                columns[c].Add(rows, value, text, shortest);
            }

            if (rows == lines.Length)
            {
                Array.Resize(ref lines, rows * 2);
            }

            lines[rows++] = line;
        }

        Array.Resize(ref lines, rows);
        var values = new double[names.Length][];
        var texts = new TextColumn[names.Length];
        for (var c = 0; c < names.Length; c++)
        {
            (values[c], texts[c]) = columns[c].Build(rows);
            columns[c] = null!;   // lets the builder's spare capacity go before the next column is trimmed
        }

        return new ColumnTable(names, values, nonNumeric, rows, texts, lines);
    }
}
