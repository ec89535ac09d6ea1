using System.Globalization;
using CxOkr.Journeys;
using CxOkr.Measures;

namespace CxOkr.Data;

/// <summary>
/// Reads survey responses from CSV: one row per respondent with an id, a date, optionally a journey and a
/// weight, and any number of further columns. The columns named in <see cref="ResponseCsvOptions.MetricColumns"/>
/// hold metric values (by column name); without that list, a column whose every non-empty cell is a number
/// does. Any other column is a segment attribute (region, plan, ...). Empty cells are missing values, and
/// so is <c>NA</c> in a metric column (as in <see cref="CsvTableReader"/>); in a segment column <c>NA</c> is
/// kept as a value (a region called NA). In its single-column mode (<see cref="ReadAnswers(TextReader, MetricColumnCsvOptions)"/>)
/// it reads one metric's answers from a named column instead, with optional weight, date and segment
/// columns and no id or date required, under the same rules for cells and the same error messages.
/// </summary>
/// <remarks>
/// Errors name the line of the file where the record at fault starts, as a text editor counts lines (the
/// header is line 1; blank lines and line breaks inside quoted fields count), and the column of a bad cell.
/// </remarks>
/// <threadsafety>Thread-safe: stateless.</threadsafety>
public static class ResponseCsvReader
{
    /// <summary>Reads a whole file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">Column names (defaults when null).</param>
    /// <returns>The responses in file order.</returns>
    /// <exception cref="DataFormatException">A required column is missing, or a date, weight, id or declared metric cell is invalid; the message names the line of the file (the header is line 1) and the column.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IReadOnlyList<Response> ReadFile(string path, ResponseCsvOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Responses file '{path}' does not exist.", path);
        }

        using var reader = CsvSource.Open(path, options?.Csv);
        try
        {
            return Read(reader, options);
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            throw CsvSource.InvalidUtf8(path, ex);
        }
    }

    /// <summary>Reads responses from CSV text.</summary>
    /// <param name="reader">The CSV text, header first.</param>
    /// <param name="options">Column names (defaults when null).</param>
    /// <returns>The responses in input order.</returns>
    /// <exception cref="DataFormatException">A required column is missing, or a date, weight, id or declared metric cell is invalid; the message names the line (the header is line 1) and the column.</exception>
    public static IReadOnlyList<Response> Read(TextReader reader, ResponseCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options ??= new ResponseCsvOptions();
        var input = new CsvSource(reader, options.Csv);
        var names = input.ReadHeader("the responses file");
        var idColumn = Column(names, options.RespondentIdColumn, string.Empty);
        var dateColumn = Column(names, options.DateColumn, string.Empty);
        var journeyColumn = options.JourneyColumn is null ? -1 : Array.IndexOf(names, options.JourneyColumn);
        var weightColumn = options.WeightColumn is null ? -1 : Array.IndexOf(names, options.WeightColumn);
        var rows = ReadRecords(input, names.Length).ToList();
        var records = rows.ConvertAll(static r => r.Cells);
        var lines = rows.ConvertAll(static r => r.Line);

        var special = new HashSet<int> { idColumn, dateColumn, journeyColumn, weightColumn };
        var declared = options.MetricColumns is { } metricColumns ? new HashSet<string>(metricColumns, StringComparer.Ordinal) : null;
        var numeric = new bool[names.Length];
        for (var c = 0; c < names.Length; c++)
        {
            numeric[c] = !special.Contains(c) && (declared is null
                ? records.All(r => IsMissing(r[c]) || TryNumber(input, r[c], out _))
                : declared.Contains(names[c]));
        }

        var responses = new List<Response>(records.Count);
        var firstLines = new Dictionary<(string Id, DateOnly Date, string? Journey), int>();
        for (var r = 0; r < records.Count; r++)
        {
            var cells = records[r];
            var at = $"line {lines[r]}";
            var id = cells[idColumn].Trim();
            if (id.Length == 0)
            {
                throw new DataFormatException($"{at}, column '{CsvSource.Echo(names[idColumn])}': the respondent id is empty.");
            }

            var date = Date(cells, names, dateColumn, at);
            var weight = weightColumn < 0 ? 1.0 : Weight(input, cells, names, weightColumn, at);

            var journey = journeyColumn >= 0 && cells[journeyColumn].Trim().Length > 0 ? cells[journeyColumn].Trim() : null;
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            var segments = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < names.Length; c++)
            {
                // NA is a missing answer in a metric column; in a segment column it is a value (North America).
                if (special.Contains(c) || cells[c].Trim().Length == 0 || (numeric[c] && IsMissing(cells[c])))
                {
                    continue;
                }

                if (numeric[c])
                {
                    values[names[c]] = Number(input, cells, names, c, at);
                }
                else
                {
                    segments[names[c]] = cells[c].Trim();
                }
            }

            // The stores refuse a second response with the same respondent, date and journey; so does the reader,
            // rather than count it twice.
            if (!firstLines.TryAdd((id, date, journey), lines[r]))
            {
                throw new DataFormatException($"{at}: respondent '{CsvSource.Echo(id)}' answered on {date:yyyy-MM-dd}{(journey is null ? string.Empty : $" in journey '{CsvSource.Echo(journey)}'")} already on line {firstLines[(id, date, journey)]}; remove the repeated row.");
            }

            responses.Add(new Response(id, date, values, weight, journey, segments));
        }

        return responses;
    }

    /// <summary>Reads one metric's answers from a CSV file: the single-column mode of this reader.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">The value column and the optional weight, date and segment columns.</param>
    /// <returns>The answers in file order, as <see cref="ReadAnswers(TextReader, MetricColumnCsvOptions)"/>.</returns>
    /// <exception cref="DataFormatException">As for <see cref="ReadAnswers(TextReader, MetricColumnCsvOptions)"/>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static IReadOnlyList<MetricAnswer> ReadAnswersFile(string path, MetricColumnCsvOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Responses file '{path}' does not exist.", path);
        }

        using var reader = CsvSource.Open(path, options.Csv);
        try
        {
            return ReadAnswers(reader, options);
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            throw CsvSource.InvalidUtf8(path, ex);
        }
    }

    /// <summary>
    /// Reads one metric's answers from CSV text: one answer per row with a value in
    /// <see cref="MetricColumnCsvOptions.ValueColumn"/>, with its weight, date and segment when those columns
    /// are named. Rows without a value (empty or <c>NA</c>) are skipped. Other columns are not read. An answer
    /// is named by the line of its record (<c>line 12</c>) as its respondent id.
    /// </summary>
    /// <param name="reader">The CSV text, header first.</param>
    /// <param name="options">The columns.</param>
    /// <returns>The answers in input order; without a date column their <see cref="MetricAnswer.Date"/> is null (never a made-up date).</returns>
    /// <exception cref="DataFormatException">A header name repeats, a named column is missing, or, in a row with a value, the value is not a finite number, the weight not a finite number above 0, or the date not a date as YYYY-MM-DD; the message names the line (the header is line 1) and the column.</exception>
    public static IReadOnlyList<MetricAnswer> ReadAnswers(TextReader reader, MetricColumnCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        var input = new CsvSource(reader, options.Csv);
        var names = input.ReadHeader("the responses file");
        var valueColumn = Column(names, options.ValueColumn, "value ");
        var weightColumn = options.WeightColumn is null ? -1 : Column(names, options.WeightColumn, "weight ");
        var dateColumn = options.DateColumn is null ? -1 : Column(names, options.DateColumn, "date ");
        var segmentColumn = options.SegmentColumn is null ? -1 : Column(names, options.SegmentColumn, "segment ");
        var answers = new List<MetricAnswer>();
        foreach (var (cells, line) in ReadRecords(input, names.Length))
        {
            if (IsMissing(cells[valueColumn]))
            {
                continue; // did not answer
            }

            var at = $"line {line}";
            var value = Number(input, cells, names, valueColumn, at);
            var weight = weightColumn < 0 ? 1 : Weight(input, cells, names, weightColumn, at);
            DateOnly? date = dateColumn < 0 ? null : Date(cells, names, dateColumn, at);
            var segment = segmentColumn >= 0 && cells[segmentColumn].Trim() is { Length: > 0 } s ? s : null;
            answers.Add(new MetricAnswer(at, value, weight, date, segment));
        }

        return answers.AsReadOnly();
    }

    // role: "" or a word and a space ("value ") saying what the column was asked for.
    private static int Column(string[] names, string name, string role)
    {
        var i = Array.IndexOf(names, name);
        return i >= 0 ? i : throw new DataFormatException($"the responses file has no {role}column '{CsvSource.Echo(name)}'; its columns are {string.Join(", ", names.Take(40).Select(CsvSource.Echo))}{(names.Length > 40 ? $" and {names.Length - 40} more" : string.Empty)}.");
    }

    // The records after the header, with the line each starts on; blank lines are skipped.
    private static IEnumerable<(string[] Cells, int Line)> ReadRecords(CsvSource input, int columns)
    {
        while (input.ReadRecord(columns, out var cells, out var line))
        {
            yield return (cells, line);
        }
    }

    private static DateOnly Date(string[] cells, string[] names, int column, string at)
    {
        if (!DateOnly.TryParseExact(cells[column].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new DataFormatException($"{at}, column '{CsvSource.Echo(names[column])}': '{CsvSource.Echo(cells[column])}' is not a date as YYYY-MM-DD.");
        }

        if (date == DateOnly.MinValue)
        {
            throw new DataFormatException($"{at}, column '{CsvSource.Echo(names[column])}': '{CsvSource.Echo(cells[column])}' is the default date 0001-01-01, not a response date (a missing date exported as a default?).");
        }

        return date;
    }

    private static double Weight(CsvSource input, string[] cells, string[] names, int column, string at) =>
        TryNumber(input, cells[column], out var weight) && weight > 0
            ? weight
            : throw new DataFormatException($"{at}, column '{CsvSource.Echo(names[column])}': '{CsvSource.Echo(cells[column])}' is not a finite weight above 0.");

    private static double Number(CsvSource input, string[] cells, string[] names, int column, string at) =>
        TryNumber(input, cells[column], out var value)
            ? value
            : throw new DataFormatException($"{at}, column '{CsvSource.Echo(names[column])}': '{CsvSource.Echo(cells[column].Trim())}' is not a number (leave the cell empty or write NA for a missing answer).");

    private static bool IsMissing(string text) => text.Trim() is { Length: 0 } or "NA";

    private static bool TryNumber(CsvSource input, string text, out double value) =>
        input.TryParseNumber(text.Trim(), out value) && double.IsFinite(value);
}
