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
        var columns = new List<double>[names.Length];
        var nonNumeric = new ColumnTable.NonNumericCell?[names.Length];
        var texts = new List<string?>[names.Length];
        var pools = new Dictionary<string, string>[names.Length];
        for (var c = 0; c < names.Length; c++)
        {
            columns[c] = new List<double>();
            texts[c] = new List<string?>();
            pools[c] = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var lines = new List<int>();
        while (source.ReadRecord(names.Length, out var fields, out var line))
        {
            for (var c = 0; c < names.Length; c++)
            {
                var text = fields[c].Trim();
                double value;
                if (text.Length == 0 || text == "NA")
                {
                    value = double.NaN;
                }
                else if (source.TryParseNumber(text, out value))
                {
                    if (double.IsInfinity(value))
                    {
                        throw new DataFormatException($"line {line}, column '{CsvSource.Echo(names[c])}': '{CsvSource.Echo(text)}' is not a finite number.");
                    }
                }
                else
                {
                    nonNumeric[c] ??= new ColumnTable.NonNumericCell(lines.Count, text);
                    value = double.NaN;
                }

                columns[c].Add(value);
                texts[c].Add(text.Length == 0 ? null : Pooled(pools[c], text));
            }

            lines.Add(line);
        }

        return new ColumnTable(names, columns.Select(c => c.ToArray()).ToArray(), nonNumeric, lines.Count, texts.Select(t => t.ToArray()).ToArray(), lines.ToArray());
    }

    // Survey columns repeat a few answers ("1".."10", "EU"), so one string per distinct cell keeps the
    // texts cheap; a column with many distinct values (an id) stops being pooled past the cap.
    private const int MaxPooledTextsPerColumn = 1024;

    private static string Pooled(Dictionary<string, string> pool, string text)
    {
        if (pool.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        if (pool.Count < MaxPooledTextsPerColumn)
        {
            pool.Add(text, text);
        }

        return text;
    }
}
