using System.Globalization;
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
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">The content is not a usable table.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ColumnTable ReadFile(string path)
    {
        Guard.NotBlank(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader);
    }

    /// <summary>Reads CSV text.</summary>
    /// <param name="reader">The text, header row first.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">The content is not a usable table.</exception>
    public static ColumnTable Read(TextReader reader)
    {
        Guard.NotNull(reader);
        var fields = new List<string>();
        var records = new CsvRecordReader(reader);
        if (!records.ReadRecord(fields))
        {
            throw new DataFormatException("the CSV input is empty: a header row is required.");
        }

        var names = fields.Select(f => f.Trim()).ToArray();
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
        while (records.ReadRecord(fields))
        {
            if (fields.Count == 1 && fields[0].Length == 0 && names.Length > 1)
            {
                continue; // a blank line, typically at the end of the file
            }

            var line = records.RecordLine;
            if (fields.Count != names.Length)
            {
                throw new DataFormatException($"line {line}: {fields.Count} cells but the header has {names.Length} columns.");
            }

            for (var c = 0; c < names.Length; c++)
            {
                var text = fields[c].Trim();
                double value;
                if (text.Length == 0 || text == "NA")
                {
                    value = double.NaN;
                }
                else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value))
                {
                    if (double.IsInfinity(value))
                    {
                        throw new DataFormatException($"line {line}, column '{names[c]}': '{text}' is not a finite number.");
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
