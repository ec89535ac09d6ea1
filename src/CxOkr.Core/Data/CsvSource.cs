using System.Globalization;
using System.Text;

namespace CxOkr.Data;

/// <summary>
/// The one place that opens a CSV file (encoding rules), reads its header (separator hint, repeated names)
/// and the rows under it that are not data (skipped rows, Qualtrics), and parses its numbers (decimal mark);
/// <see cref="CsvTableReader"/> and <see cref="ResponseCsvReader"/> both read through it.
/// </summary>
internal sealed class CsvSource
{
    private readonly CsvRecordReader _records;
    private readonly Queue<(string[] Cells, int Line)> _pending = new();
    private readonly List<string> _fields = [];
    private string[]? _current;

    public CsvSource(TextReader reader, CsvOptions? options)
    {
        Options = options ?? CsvOptions.Default;
        if (!Options.ValidCombination)
        {
            throw new ArgumentException($"the delimiter and the decimal separator are both '{Options.Delimiter}'.", nameof(options));
        }

        _records = new CsvRecordReader(reader, Options.Delimiter);
    }

    public CsvOptions Options { get; }

    /// <summary>The longest cell text an error message repeats; longer cells are cut with "...".</summary>
    public const int EchoLength = 80;

    /// <summary>A cell's text as an error message repeats it: at most <see cref="EchoLength"/> characters.</summary>
    public static string Echo(string text) =>
        text.Length <= EchoLength ? text : string.Concat(text.AsSpan(0, EchoLength), "...");

    /// <summary>Opens a file with the encoding rules of <see cref="CsvOptions"/>.</summary>
    public static StreamReader Open(string path, CsvOptions? options)
    {
        var encoding = options?.Encoding;
        if (encoding is not null)
        {
            return new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: false);
        }

        var head = new byte[4096];
        int length;
        using (var probe = File.OpenRead(path))
        {
            length = probe.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var start = head.AsSpan(0, length);
        var hasBom = start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!hasBom && LooksLikeUtf16(start) is { } endianness)
        {
            throw new DataFormatException($"the file seems to be UTF-16 ({endianness}) without a byte order mark; save it as UTF-8, or give its encoding (CsvOptions.Encoding; cxokr: --encoding utf-16{(endianness == "big-endian" ? "be" : "le")}).");
        }

        return new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
    }

    /// <summary>The error for a file whose bytes are not valid UTF-8: the line of the first bad byte and what the file seems to be.</summary>
    public static DataFormatException InvalidUtf8(string path, DecoderFallbackException cause)
    {
        var bytes = File.ReadAllBytes(path);
        var offset = FirstInvalidUtf8(bytes);
        var line = 1 + bytes.AsSpan(0, offset).Count((byte)'\n');
        var bad = offset < bytes.Length ? bytes[offset] : (byte)0;
        return new DataFormatException(
            $"line {line}: byte 0x{bad:X2} at offset {offset} is not valid UTF-8; the file seems to be Windows-1252 (or Latin-1), as Excel saves \"CSV\" on Windows. Save it as \"CSV UTF-8\", or give its encoding (CsvOptions.Encoding; cxokr: --encoding windows-1252).",
            cause);
    }

    /// <summary>Reads the header: names trimmed, each at most once, and a hint when the file seems to use another separator.</summary>
    /// <param name="what">What the file is, for the message about an empty file ("the responses file").</param>
    /// <param name="refuseRepeatedNames">Whether a name that appears twice is an error.</param>
    public string[] ReadHeader(string what, bool refuseRepeatedNames = true)
    {
        if (!_records.ReadRecord(_fields))
        {
            throw new DataFormatException($"{what} is empty; a header row is required.");
        }

        var names = _fields.Select(static h => h.Trim()).ToArray();
        if (names.Length == 1 && SeparatorHint(names[0]) is { } hint)
        {
            throw new DataFormatException($"line 1: the header is one column '{Echo(names[0])}'; {hint}");
        }

        if (refuseRepeatedNames)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                if (name.Length > 0 && !seen.Add(name))
                {
                    // Reading either copy would silently ignore the other.
                    throw new DataFormatException($"line 1: column '{Echo(name)}' appears more than once; give each column its own name.");
                }
            }
        }

        SkipPreamble(names.Length);
        return names;
    }

    /// <summary>Reads the next data record (blank lines skipped), checking its number of cells.</summary>
    public bool ReadRecord(int columns, out string[] cells, out int line)
    {
        if (_pending.TryDequeue(out var queued))
        {
            (cells, line) = queued;
            return true;
        }

        if (!ReadFromFile(columns, out line))
        {
            cells = [];
            return false;
        }

        cells = new string[columns];
        for (var c = 0; c < columns; c++)
        {
            cells[c] = _records.Field(c).ToString();
        }

        return true;
    }

    /// <summary>
    /// Moves to the next data record (blank lines skipped), checking its number of cells; its cells are then
    /// read with <see cref="Cell"/>, without a string per cell.
    /// </summary>
    public bool NextRecord(int columns, out int line)
    {
        if (_pending.TryDequeue(out var queued))
        {
            (_current, line) = queued;
            return true;
        }

        _current = null;
        return ReadFromFile(columns, out line);
    }

    /// <summary>A cell of the record <see cref="NextRecord"/> moved to: quotes removed, not trimmed; valid until the next read.</summary>
    public ReadOnlySpan<char> Cell(int column) => _current is null ? _records.Field(column) : _current[column];

    /// <summary>The characters read so far.</summary>
    public long CharactersRead => _records.CharactersRead;

    private bool ReadFromFile(int columns, out int line)
    {
        while (_records.ReadRecord())
        {
            if (_records.FieldCount == 1 && _records.Field(0).Length == 0 && columns > 1)
            {
                continue; // a blank line, typically at the end of the file
            }

            line = _records.RecordLine;
            if (_records.FieldCount != columns)
            {
                throw new DataFormatException($"line {line}: {_records.FieldCount} cells but the header has {columns} columns.");
            }

            return true;
        }

        line = 0;
        return false;
    }

    /// <summary>Parses a trimmed cell as a finite number with the file's decimal mark.</summary>
    public bool TryParseNumber(string text, out double value) => TryParseNumber(text.AsSpan(), out value);

    /// <summary>Parses a trimmed cell as a number (NaN refused; infinities are the caller's to refuse) with the file's decimal mark.</summary>
    public bool TryParseNumber(ReadOnlySpan<char> text, out double value)
    {
        if (DecimalParser.TryParseFast(text, Options.DecimalSeparator, out value))
        {
            return true;
        }

        if (Options.DecimalSeparator == ',')
        {
            if (text.Contains('.'))
            {
                value = double.NaN;
                return false;
            }

            Span<char> swapped = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
            text.CopyTo(swapped);
            swapped.Replace(',', '.');
            return double.TryParse(swapped, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value);
    }

    private string? SeparatorHint(string header)
    {
        foreach (var (separator, name, option) in new[] { (';', "';'", "';'"), ('\t', "tabs", "tab"), ('|', "'|'", "'|'"), (',', "','", "','") })
        {
            if (separator != Options.Delimiter && header.Contains(separator, StringComparison.Ordinal))
            {
                var european = separator == ';' ? " (a European Excel export; numbers then usually have a decimal comma: DecimalSeparator ',', cxokr: --decimal ',')" : string.Empty;
                return $"the file seems to be separated by {name}, not '{(Options.Delimiter == '\t' ? "tab" : Options.Delimiter.ToString())}': set CsvOptions.Delimiter (cxokr: --delimiter {option}){european}.";
            }
        }

        return null;
    }

    private void SkipPreamble(int columns)
    {
        if (Options.SkipRows > 0)
        {
            for (var i = 0; i < Options.SkipRows && _records.ReadRecord(_fields); i++)
            {
            }

            return;
        }

        if (!Options.DetectQualtrics)
        {
            return;
        }

        // Qualtrics: row 2 holds the question texts, row 3 {"ImportId":"QID1"} objects; both are not answers.
        for (var i = 0; i < 2 && ReadFromFile(columns, out var line); i++)
        {
            var cells = new string[columns];
            for (var c = 0; c < columns; c++)
            {
                cells[c] = _records.Field(c).ToString();
            }

            _pending.Enqueue((cells, line));
        }

        if (_pending.Count == 2 && _pending.Last().Cells.Any(static c => c.TrimStart().StartsWith("{\"ImportId\"", StringComparison.Ordinal)))
        {
            var lines = _pending.Select(static p => p.Line).ToArray();
            _pending.Clear();
            Options.OnNote?.Invoke($"recognised a Qualtrics export: skipped lines {lines[0]} and {lines[1]} (question texts and import ids).");
        }
    }

    private static string? LooksLikeUtf16(ReadOnlySpan<byte> head)
    {
        if (head.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }

        var pairs = head.Length / 2;
        return oddZeros * 10 > pairs * 3 && evenZeros * 10 < pairs ? "little-endian"
            : evenZeros * 10 > pairs * 3 && oddZeros * 10 < pairs ? "big-endian"
            : null;
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var chars = new char[4096];
        var offset = start;
        while (offset < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(offset), chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return offset;
            }

            if (status == System.Buffers.OperationStatus.Done)
            {
                break;
            }
        }

        return bytes.Length;
    }
}
