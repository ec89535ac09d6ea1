namespace CxOkr.Data;

/// <summary>
/// Collects one column of a table read from CSV: the values as doubles, and the texts only where they are
/// not the value's own shortest form, dictionary-encoded (see <see cref="TextColumn"/>), so that a
/// million-row survey column costs 8 bytes a cell rather than a string a cell.
/// </summary>
internal sealed class ColumnBuilder(char decimalMark)
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private bool _hasLookup;
#endif
    private readonly List<string> _dictionary = [];
    private double[] _values = new double[1024];
    private int[]? _cellCodes;

    /// <summary>Adds the cell of row <paramref name="row"/> (rows come in order, from 0).</summary>
    /// <param name="row">The 0-based row.</param>
    /// <param name="value">The parsed value, NaN when missing or not a number.</param>
    /// <param name="text">The trimmed text.</param>
    /// <param name="shortest">Whether the text is the value's shortest form (then it is not stored).</param>
    public void Add(int row, double value, ReadOnlySpan<char> text, bool shortest)
    {
        if (row == _values.Length)
        {
            Array.Resize(ref _values, row * 2);
            if (_cellCodes is not null)
            {
                Array.Resize(ref _cellCodes, row * 2);
            }
        }

        _values[row] = value;
        if (shortest || text.Length == 0)
        {
            return;
        }

        _cellCodes ??= new int[_values.Length];
        _cellCodes[row] = Code(text);
    }

    /// <summary>The column's values and texts, trimmed to <paramref name="rows"/>.</summary>
    public (double[] Values, TextColumn Texts) Build(int rows)
    {
        Array.Resize(ref _values, rows);
        if (_cellCodes is not null)
        {
            Array.Resize(ref _cellCodes, rows);
        }

        return (_values, new TextColumn.Compact(_values, decimalMark, _cellCodes, [.. _dictionary]));
    }

    private int Code(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        if (!_hasLookup)
        {
            _lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
            _hasLookup = true;
        }

        if (_lookup.TryGetValue(text, out var code))
        {
            return code;
        }
#else
        var key = text.ToString();
        if (_codes.TryGetValue(key, out var code))
        {
            return code;
        }
#endif
        var added = text.ToString();
        _dictionary.Add(added);
        _codes.Add(added, _dictionary.Count);
        return _dictionary.Count;
    }
}
