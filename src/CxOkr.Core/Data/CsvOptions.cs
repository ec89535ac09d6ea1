using System.Text;

namespace CxOkr.Data;

/// <summary>
/// How a CSV file is laid out, for the files CX teams actually have: European Excel exports (<c>;</c> between
/// cells, <c>,</c> as the decimal mark), survey-tool exports with extra rows under the header (Qualtrics,
/// SurveyMonkey, Medallia), and files in another encoding than UTF-8.
/// </summary>
/// <remarks>
/// Without an <see cref="Encoding"/> a file is read as UTF-8 (a byte order mark for UTF-8, UTF-16 or UTF-32
/// is honoured); bytes that are not valid UTF-8 are an error naming the line and what the file seems to be
/// (Windows-1252, UTF-16 without a byte order mark), never silently replaced by U+FFFD.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record CsvOptions
{
    private readonly char _delimiter = ',';
    private readonly char _decimalSeparator = '.';
    private readonly int _skipRows;

    /// <summary>The options of a plain RFC 4180 file in UTF-8 with <c>.</c> as the decimal mark.</summary>
    public static CsvOptions Default { get; } = new();

    /// <summary>The character between cells: <c>,</c> (default), <c>;</c>, a tab or <c>|</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not one of those.</exception>
    public char Delimiter
    {
        get => _delimiter;
        init => _delimiter = value is ',' or ';' or '\t' or '|'
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Delimiter), value, "the delimiter must be ',', ';', a tab or '|'.");
    }

    /// <summary>The decimal mark of numbers: <c>.</c> (default) or <c>,</c> (then <c>3,5</c> is 3.5 and a cell with a <c>.</c> is not a number).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not <c>.</c> or <c>,</c>.</exception>
    public char DecimalSeparator
    {
        get => _decimalSeparator;
        init => _decimalSeparator = value is '.' or ','
            ? value
            : throw new ArgumentOutOfRangeException(nameof(DecimalSeparator), value, "the decimal separator must be '.' or ','.");
    }

    /// <summary>Rows right under the header that are not data (e.g. 1 for SurveyMonkey's second header row); default 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public int SkipRows
    {
        get => _skipRows;
        init => _skipRows = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(SkipRows), value, "the rows to skip must be 0 or more.");
    }

    /// <summary>
    /// Whether a Qualtrics export is recognised and its two rows under the header (the question texts and the
    /// <c>{"ImportId": ...}</c> row) are skipped, with a note; default <see langword="true"/>. Ignored when
    /// <see cref="SkipRows"/> is set.
    /// </summary>
    public bool DetectQualtrics { get; init; } = true;

    /// <summary>The file's encoding, or <see langword="null"/> (default) for UTF-8 checked strictly, as the remarks say.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Receives what the reader did that the caller should know (rows it skipped as a Qualtrics export); may be <see langword="null"/>.</summary>
    public Action<string>? OnNote { get; init; }

    /// <summary>Whether the delimiter and the decimal mark differ (a file cannot use <c>,</c> for both).</summary>
    internal bool ValidCombination => Delimiter != DecimalSeparator;

    /// <summary>
    /// The encoding a name stands for: <c>utf-8</c>, <c>utf-16le</c> (or <c>utf-16</c>), <c>utf-16be</c>,
    /// <c>windows-1252</c> (or <c>cp1252</c>) and <c>latin1</c> (or <c>iso-8859-1</c>), in any case.
    /// UTF-8 and UTF-16 are decoded strictly: invalid bytes are an error, never U+FFFD.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The encoding.</returns>
    /// <exception cref="ArgumentException">Not one of those names.</exception>
    public static Encoding ParseEncoding(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToUpperInvariant() switch
        {
            "UTF-8" or "UTF8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
            "UTF-16" or "UTF-16LE" or "UTF16" or "UTF16LE" => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true),
            "UTF-16BE" or "UTF16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true),
            "WINDOWS-1252" or "CP1252" => CodePagesEncodingProvider.Instance.GetEncoding(1252)!,
            "LATIN1" or "ISO-8859-1" => Encoding.Latin1,
            _ => throw new ArgumentException($"unknown encoding '{name}'; expected utf-8, utf-16le, utf-16be, windows-1252 or latin1.", nameof(name)),
        };
    }
}
