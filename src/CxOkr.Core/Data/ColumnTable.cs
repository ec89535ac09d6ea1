using System.Globalization;
using CxOkr.Utilities;

namespace CxOkr.Data;

/// <summary>
/// An immutable table of respondents (rows) by named columns of numbers, with missing cells, read from
/// CSV by <see cref="CsvTableReader"/> or built from code.
/// </summary>
/// <remarks>
/// A column holding a cell that is not a number is kept but marked non-numeric; asking for it as an
/// outcome, driver or weight raises a <see cref="DataFormatException"/> naming the column and where the
/// first bad cell is: for a table read from CSV the line of the file its record starts on (the header is
/// line 1, see <see cref="GetLine"/>), for a table built in code the 1-based row. Missing cells are never returned as NaN: <see cref="GetValue"/> returns
/// <see langword="null"/> for them.
/// </remarks>
/// <threadsafety>Thread-safe: immutable once built; readers may share one table.</threadsafety>
public sealed class ColumnTable
{
    private readonly string[] names;
    private readonly double[][] columns;
    private readonly NonNumericCell?[] nonNumeric;
    private readonly Dictionary<string, int> index;
    private readonly TextColumn[]? texts;
    private readonly int[]? lines;
    private readonly int[]?[]? columnLines;

    internal ColumnTable(string[] names, double[][] columns, NonNumericCell?[] nonNumeric, int rowCount, TextColumn[]? texts = null, int[]? lines = null, int[]?[]? columnLines = null)
    {
        this.columnLines = columnLines;
        this.names = names;
        ColumnNames = ReadOnly.Wrap(names);
        this.columns = columns;
        this.nonNumeric = nonNumeric;
        this.texts = texts;
        this.lines = lines;
        RowCount = rowCount;
        index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]))
            {
                throw new DataFormatException($"column {i + 1} has an empty name.");
            }

            if (!index.TryAdd(names[i], i))
            {
                throw new DataFormatException($"column '{names[i]}' appears more than once.");
            }
        }
    }

    /// <summary>The number of data rows (respondents), not counting a header.</summary>
    public int RowCount { get; }

    /// <summary>The column names in their original order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Builds a table from columns given in code; <see cref="double.NaN"/> marks a missing cell.</summary>
    /// <param name="names">The column names, unique and non-empty.</param>
    /// <param name="columns">One array per name, all of the same length; the arrays are copied.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">The counts differ, a name is blank or repeated, or a cell is infinite.</exception>
    public static ColumnTable FromColumns(IReadOnlyList<string> names, IReadOnlyList<double[]> columns)
    {
        Guard.NotNull(names);
        Guard.NotNull(columns);
        if (names.Count != columns.Count)
        {
            throw new ArgumentException($"{names.Count} names but {columns.Count} columns were given.", nameof(columns));
        }

        var rows = columns.Count == 0 ? 0 : Guard.NotNull(columns[0]).Length;
        var copy = new double[columns.Count][];
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c] ?? throw new ArgumentNullException(nameof(columns), $"column '{names[c]}' is null.");
            if (column.Length != rows)
            {
                throw new ArgumentException($"column '{names[c]}' has {column.Length} rows but '{names[0]}' has {rows}.", nameof(columns));
            }

            for (var r = 0; r < rows; r++)
            {
                if (double.IsInfinity(column[r]))
                {
                    throw new ArgumentException($"column '{names[c]}', row {r + 1}: {column[r].ToString(CultureInfo.InvariantCulture)} is not a finite number.", nameof(columns));
                }
            }

            copy[c] = (double[])column.Clone();
        }

        try
        {
            return new ColumnTable(names.ToArray(), copy, new NonNumericCell?[copy.Length], rows);
        }
        catch (DataFormatException ex)
        {
            throw new ArgumentException(ex.Message, nameof(names), ex);
        }
    }

    /// <summary>Builds a table from rows given in code; <see cref="double.NaN"/> marks a missing cell.</summary>
    /// <param name="names">The column names, unique and non-empty.</param>
    /// <param name="rows">One array per respondent, each with one value per name.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">A row has the wrong length, a name is blank or repeated, or a cell is infinite.</exception>
    public static ColumnTable FromRows(IReadOnlyList<string> names, IReadOnlyList<double[]> rows)
    {
        Guard.NotNull(names);
        Guard.NotNull(rows);
        var columns = new double[names.Count][];
        for (var c = 0; c < names.Count; c++)
        {
            columns[c] = new double[rows.Count];
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r] ?? throw new ArgumentNullException(nameof(rows), $"row {r + 1} is null.");
            if (row.Length != names.Count)
            {
                throw new ArgumentException($"row {r + 1} has {row.Length} values but there are {names.Count} columns.", nameof(rows));
            }

            for (var c = 0; c < names.Count; c++)
            {
                columns[c][r] = row[c];
            }
        }

        return FromColumns(names, columns);
    }

    /// <summary>Whether the table has a column of that name (names are case-sensitive).</summary>
    /// <param name="name">The column name.</param>
    /// <returns><see langword="true"/> when the column exists.</returns>
    public bool Contains(string name) => name is not null && index.ContainsKey(name);

    /// <summary>Whether every non-empty cell of the column is a number.</summary>
    /// <param name="name">The column name.</param>
    /// <returns><see langword="true"/> for a numeric column (an all-missing column counts as numeric).</returns>
    /// <exception cref="DataFormatException">There is no such column.</exception>
    public bool IsNumeric(string name) => nonNumeric[IndexOf(name)] is null;

    /// <summary>The value of one cell, or <see langword="null"/> when it is missing.</summary>
    /// <param name="row">The 0-based row index.</param>
    /// <param name="column">The column name.</param>
    /// <returns>The value, or <see langword="null"/> for a missing cell.</returns>
    /// <exception cref="DataFormatException">There is no such column, or it is not numeric.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is outside the table.</exception>
    public double? GetValue(int row, string column)
    {
        Guard.InRange(row, 0, RowCount - 1);
        var values = NumericColumn(column);
        var v = values[row];
        return double.IsNaN(v) ? null : v;
    }

    /// <summary>The text of one cell as written (trimmed, quotes removed), for date and label columns.</summary>
    /// <param name="row">The 0-based row index.</param>
    /// <param name="column">The column name; any column, numeric or not.</param>
    /// <returns>
    /// The text, or <see langword="null"/> for an empty cell. <c>NA</c> is returned as written: it is a
    /// missing number to <see cref="GetValue"/> but may be a label (North America). For a table built in
    /// code, the number in invariant culture (shortest round-trip form), or <see langword="null"/> when missing.
    /// </returns>
    /// <exception cref="DataFormatException">There is no such column.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is outside the table.</exception>
    public string? GetText(int row, string column)
    {
        var c = IndexOf(column);
        Guard.InRange(row, 0, RowCount - 1);
        if (texts is not null)
        {
            return texts[c][row];
        }

        var v = columns[c][row];
        return double.IsNaN(v) ? null : v.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The line of the CSV input on which a row's record starts, as a text editor counts lines.</summary>
    /// <param name="row">The 0-based row index.</param>
    /// <returns>
    /// The 1-based line (the header is line 1; blank lines and line breaks inside quoted fields count), or
    /// <see langword="null"/> for a table built in code.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is outside the table.</exception>
    public int? GetLine(int row)
    {
        Guard.InRange(row, 0, RowCount - 1);
        return lines?[row];
    }

    /// <summary>The 0-based position of a column.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>The position.</returns>
    /// <exception cref="DataFormatException">There is no such column; the message lists the columns.</exception>
    public int IndexOf(string name)
    {
        Guard.NotNull(name);
        if (!index.TryGetValue(name, out var i))
        {
            throw new DataFormatException($"unknown column '{name}' (columns: {string.Join(", ", names)}).");
        }

        return i;
    }

    /// <summary>The raw values of a numeric column, NaN for missing; internal so NaN never leaves the library.</summary>
    internal double[] NumericColumn(string name)
    {
        var i = IndexOf(name);
        if (nonNumeric[i] is { } bad)
        {
            throw new DataFormatException($"{CellLocation(bad.Row, name)}: '{CsvSource.Echo(bad.Text)}' is not a number.");
        }

        return columns[i];
    }

    /// <summary>Whether at least one cell of the column is a number (false for a column of labels or of empty cells only).</summary>
    internal bool HasNumber(string name)
    {
        foreach (var value in columns[IndexOf(name)])
        {
            if (!double.IsNaN(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where a cell is, for messages: <c>line 7, column 'csat'</c> for a table read from CSV,
    /// <c>column 'csat', row 3</c> (1-based) for a table built in code.
    /// </summary>
    internal string CellLocation(int row, string column) =>
        (columnLines?[IndexOf(column)] ?? lines) is { } at ? $"line {at[row]}, column '{column}'" : $"column '{column}', row {row + 1}";

    /// <summary>
    /// Inner join: the rows of this table that have a match in <paramref name="other"/> on the key column,
    /// each with the other table's columns (all but its key) appended; rows keep their order.
    /// </summary>
    /// <remarks>
    /// Keys are compared as the text of their cells (ordinal, trimmed as read; a table built in code compares
    /// its numbers' invariant text). A row of this table whose key is empty or has no match is left out and
    /// counted in <see cref="TableJoin.Unmatched"/>; a key may repeat in this table (several answers of one
    /// customer) but not in <paramref name="other"/>. A cell of a joined column keeps the line of the file it
    /// came from, so an error about it names that line.
    /// </remarks>
    /// <param name="other">The table to join (e.g. billing or CRM data, one row per key).</param>
    /// <param name="key">The key column, present in both tables.</param>
    /// <returns>The joined table and the count of rows without a match.</returns>
    /// <exception cref="DataFormatException">The key column is missing from either table, a key repeats in <paramref name="other"/> (the message names both lines or rows), or a column other than the key exists in both tables (the message names them).</exception>
    public TableJoin InnerJoin(ColumnTable other, string key)
    {
        Guard.NotNull(other);
        Guard.NotBlank(key);
        var leftKey = IndexOf(key);
        var rightKey = other.IndexOf(key);
        var colliding = other.names.Where((n, i) => i != rightKey && index.ContainsKey(n)).ToArray();
        if (colliding.Length > 0)
        {
            throw new DataFormatException($"both tables have the column{(colliding.Length == 1 ? string.Empty : "s")} {string.Join(", ", colliding.Select(c => $"'{c}'"))}: rename {(colliding.Length == 1 ? "it" : "them")} in one table (only the key '{key}' may be shared).");
        }

        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < other.RowCount; r++)
        {
            if (other.GetText(r, key) is not { } text)
            {
                continue;
            }

            if (!rows.TryAdd(text, r))
            {
                throw new DataFormatException($"key '{key}' = '{text}' repeats in the joined table: {other.Where(rows[text])} and {other.Where(r)}.");
            }
        }

        var match = new List<(int Left, int Right)>(RowCount);
        for (var r = 0; r < RowCount; r++)
        {
            if (GetText(r, key) is { } text && rows.TryGetValue(text, out var right))
            {
                match.Add((r, right));
            }
        }

        var extra = Enumerable.Range(0, other.names.Length).Where(i => i != rightKey).ToArray();
        var width = names.Length + extra.Length;
        var joinedNames = new string[width];
        var joinedColumns = new double[width][];
        var joinedTexts = new string?[width][];
        var joinedNonNumeric = new NonNumericCell?[width];
        var joinedLines = new int[]?[width];
        var hasText = texts is not null || other.texts is not null;
        for (var c = 0; c < width; c++)
        {
            var fromLeft = c < names.Length;
            var source = fromLeft ? this : other;
            var sc = fromLeft ? c : extra[c - names.Length];
            joinedNames[c] = source.names[sc];
            joinedColumns[c] = new double[match.Count];
            joinedTexts[c] = new string?[match.Count];
            if (!fromLeft && other.lines is not null)
            {
                joinedLines[c] = new int[match.Count];
            }

            for (var i = 0; i < match.Count; i++)
            {
                var r = fromLeft ? match[i].Left : match[i].Right;
                var value = source.columns[sc][r];
                joinedColumns[c][i] = value;
                joinedTexts[c][i] = source.texts is null ? (double.IsNaN(value) ? null : value.ToString(CultureInfo.InvariantCulture)) : source.texts[sc][r];
                if (joinedLines[c] is { } at)
                {
                    at[i] = other.lines![r];
                }

                // A non-numeric cell is one the reader could not parse: NaN with text other than NA.
                if (source.nonNumeric[sc] is not null && joinedNonNumeric[c] is null && double.IsNaN(value) && joinedTexts[c][i] is { } t && t != "NA")
                {
                    joinedNonNumeric[c] = new NonNumericCell(i, t);
                }
            }
        }

        var leftLines = lines is null ? null : match.Select(m => lines[m.Left]).ToArray();
        var table = new ColumnTable(joinedNames, joinedColumns, joinedNonNumeric, match.Count, hasText ? joinedTexts.Select(TextColumn.Of).ToArray() : null, leftLines, joinedLines.Any(l => l is not null) ? joinedLines : null);
        return new TableJoin(table, RowCount, RowCount - match.Count);
    }

    /// <summary>Where a row is, for messages: <c>line 7</c> for a table read from CSV, <c>row 3</c> (1-based) for one built in code.</summary>
    private string Where(int row) => lines is null ? $"row {row + 1}" : $"line {lines[row]}";

    /// <summary>
    /// A new table with column <paramref name="at"/> replaced by the given numeric columns (no missing cells
    /// expected, texts written in invariant culture), keeping every other column, the texts and the lines.
    /// </summary>
    internal ColumnTable ReplaceColumn(int at, string[] newNames, double[][] newColumns)
    {
        var allNames = new List<string>();
        var allColumns = new List<double[]>();
        var allNonNumeric = new List<NonNumericCell?>();
        var allTexts = texts is null ? null : new List<TextColumn>();
        for (var i = 0; i < names.Length; i++)
        {
            if (i == at)
            {
                for (var k = 0; k < newNames.Length; k++)
                {
                    allNames.Add(newNames[k]);
                    allColumns.Add(newColumns[k]);
                    allNonNumeric.Add(null);
                    allTexts?.Add(TextColumn.OfNumbers(newColumns[k]));
                }

                continue;
            }

            allNames.Add(names[i]);
            allColumns.Add(columns[i]);
            allNonNumeric.Add(nonNumeric[i]);
            allTexts?.Add(texts![i]);
        }

        return new ColumnTable(allNames.ToArray(), allColumns.ToArray(), allNonNumeric.ToArray(), RowCount, allTexts?.ToArray(), lines);
    }

    /// <summary>The first non-numeric cell of a column: its 0-based row index and its text.</summary>
    internal sealed record NonNumericCell(int Row, string Text);
}
