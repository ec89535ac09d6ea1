using System.Globalization;
using CxOkr.Utilities;

namespace CxOkr.Data;

/// <summary>
/// Builds a <see cref="ColumnTable"/> column by column, a chunk at a time (a Parquet row group, a page of a
/// database result), into the same compact store the CSV reader uses: a double per cell, and a text only where
/// a cell is not a number written in its shortest form (labels, dates), dictionary-encoded.
/// </summary>
/// <remarks>
/// Numbers are appended as doubles (<see cref="double.NaN"/> = missing, infinities refused); texts are read as
/// CSV cells are (trimmed; empty or <c>NA</c> missing; a number with <c>.</c> as the decimal point; anything
/// else marks its column non-numeric, as <see cref="CsvTableReader"/> does). The table has no lines: a cell is
/// named by its column and 1-based row.
/// </remarks>
/// <threadsafety>Not thread-safe: one builder per thread.</threadsafety>
public sealed class ColumnTableBuilder
{
    private readonly string[] _names;
    private readonly ColumnBuilder[] _columns;
    private readonly int[] _rows;
    private readonly ColumnTable.NonNumericCell?[] _nonNumeric;
    private bool _built;

    /// <summary>Starts a table of the given columns.</summary>
    /// <param name="names">The column names (unique and non-blank, checked by <see cref="Build"/>).</param>
    public ColumnTableBuilder(IReadOnlyList<string> names)
    {
        Guard.NotNull(names);
        _names = names.ToArray();
        _columns = _names.Select(static _ => new ColumnBuilder('.')).ToArray();
        _rows = new int[_names.Length];
        _nonNumeric = new ColumnTable.NonNumericCell?[_names.Length];
    }

    /// <summary>Appends numbers to a column.</summary>
    /// <param name="column">The 0-based column.</param>
    /// <param name="values">The values; <see cref="double.NaN"/> for a missing cell.</param>
    /// <exception cref="DataFormatException">A value is infinite (the message names the column and row).</exception>
    /// <exception cref="ArgumentOutOfRangeException">No such column.</exception>
    /// <exception cref="InvalidOperationException">The table was built.</exception>
    public void AppendNumbers(int column, ReadOnlySpan<double> values)
    {
        var builder = Column(column);
        foreach (var value in values)
        {
            if (double.IsInfinity(value))
            {
                throw new DataFormatException($"column '{_names[column]}', row {_rows[column] + 1}: {value.ToString(CultureInfo.InvariantCulture)} is not a finite number.");
            }

            builder.Add(_rows[column]++, value, default, shortest: true);
        }
    }

    /// <summary>Appends texts to a column, each read as a CSV cell is.</summary>
    /// <param name="column">The 0-based column.</param>
    /// <param name="texts">The texts; <see langword="null"/> for a missing cell.</param>
    /// <exception cref="DataFormatException">A text is an infinite number (the message names the column and row).</exception>
    /// <exception cref="ArgumentOutOfRangeException">No such column.</exception>
    /// <exception cref="InvalidOperationException">The table was built.</exception>
    public void AppendTexts(int column, IEnumerable<string?> texts)
    {
        var builder = Column(column);
        Guard.NotNull(texts);
        foreach (var cell in texts)
        {
            var text = (cell ?? string.Empty).AsSpan().Trim();
            var value = double.NaN;
            var shortest = false;
            if (text.Length == 0 || text.SequenceEqual("NA"))
            {
                // missing
            }
            else if (DecimalParser.TryParseFast(text, '.', out value) || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value)))
            {
                if (double.IsInfinity(value))
                {
                    throw new DataFormatException($"column '{_names[column]}', row {_rows[column] + 1}: '{CsvSource.Echo(text.ToString())}' is not a finite number.");
                }

                shortest = TextColumn.IsShortestForm(text, '.');
            }
            else
            {
                _nonNumeric[column] ??= new ColumnTable.NonNumericCell(_rows[column], text.ToString());
                value = double.NaN;
            }

            builder.Add(_rows[column]++, value, text, shortest);
        }
    }

    /// <summary>The table; the builder cannot be used afterwards.</summary>
    /// <returns>The table.</returns>
    /// <exception cref="DataFormatException">The columns have different numbers of rows, or a name is blank or repeated.</exception>
    /// <exception cref="InvalidOperationException">The table was built.</exception>
    public ColumnTable Build()
    {
        CheckOpen();
        var rows = _rows.Length == 0 ? 0 : _rows[0];
        for (var c = 1; c < _rows.Length; c++)
        {
            if (_rows[c] != rows)
            {
                throw new DataFormatException($"column '{_names[c]}' has {_rows[c]} rows but '{_names[0]}' has {rows}.");
            }
        }

        _built = true;
        var values = new double[_names.Length][];
        var texts = new TextColumn[_names.Length];
        for (var c = 0; c < _names.Length; c++)
        {
            (values[c], texts[c]) = _columns[c].Build(rows);
            _columns[c] = null!;
        }

        return new ColumnTable(_names, values, _nonNumeric, rows, texts);
    }

    private ColumnBuilder Column(int column)
    {
        CheckOpen();
        Guard.InRange(column, 0, _names.Length - 1);
        return _columns[column];
    }

    private void CheckOpen()
    {
        if (_built)
        {
            throw new InvalidOperationException("the table was built; start a new builder.");
        }
    }
}
