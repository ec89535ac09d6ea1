using System.Globalization;
using CxOkr.Journeys;

namespace CxOkr.Data;

/// <summary>
/// Reads survey responses from CSV: one row per respondent with an id, a date, optionally a journey and a
/// weight, and any number of further columns. The columns named in <see cref="ResponseCsvOptions.MetricColumns"/>
/// hold metric values (by column name); without that list, a column whose every non-empty cell is a number
/// does. Any other column is a segment attribute (region, plan, ...). Empty cells are missing values, and
/// so is <c>NA</c> in a metric column (as in <see cref="CsvTableReader"/>); in a segment column <c>NA</c> is
/// kept as a value (a region called NA).
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

        using var reader = new StreamReader(path);
        return Read(reader, options);
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
        var header = new List<string>();
        var input = new CsvRecordReader(reader);
        if (!input.ReadRecord(header))
        {
            throw new DataFormatException("the responses file is empty; expected a header row.");
        }

        var names = header.Select(static h => h.Trim()).ToArray();
        int Column(string? name, bool required)
        {
            var i = name is null ? -1 : Array.IndexOf(names, name);
            if (i < 0 && required)
            {
                throw new DataFormatException($"the responses file has no column '{name}'; its columns are {string.Join(", ", names)}.");
            }

            return i;
        }

        var idColumn = Column(options.RespondentIdColumn, true);
        var dateColumn = Column(options.DateColumn, true);
        var journeyColumn = Column(options.JourneyColumn, false);
        var weightColumn = Column(options.WeightColumn, false);

        var records = new List<string[]>();
        var lines = new List<int>();
        var fields = new List<string>();
        while (input.ReadRecord(fields))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue; // blank line
            }

            if (fields.Count != names.Length)
            {
                throw new DataFormatException($"line {input.RecordLine}: has {fields.Count} cells; the header has {names.Length}.");
            }

            records.Add([.. fields]);
            lines.Add(input.RecordLine);
        }

        var special = new HashSet<int> { idColumn, dateColumn, journeyColumn, weightColumn };
        var declared = options.MetricColumns is { } metricColumns ? new HashSet<string>(metricColumns, StringComparer.Ordinal) : null;
        var numeric = new bool[names.Length];
        for (var c = 0; c < names.Length; c++)
        {
            numeric[c] = !special.Contains(c) && (declared is null
                ? records.All(r => IsMissing(r[c]) || TryNumber(r[c], out _))
                : declared.Contains(names[c]));
        }

        var responses = new List<Response>(records.Count);
        for (var r = 0; r < records.Count; r++)
        {
            var cells = records[r];
            var at = $"line {lines[r]}";
            var id = cells[idColumn].Trim();
            if (id.Length == 0)
            {
                throw new DataFormatException($"{at}, column '{names[idColumn]}': the respondent id is empty.");
            }

            if (!DateOnly.TryParseExact(cells[dateColumn].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new DataFormatException($"{at}, column '{names[dateColumn]}': '{cells[dateColumn]}' is not a date as YYYY-MM-DD.");
            }

            if (date == DateOnly.MinValue)
            {
                throw new DataFormatException($"{at}, column '{names[dateColumn]}': '{cells[dateColumn]}' is the default date 0001-01-01, not a response date (a missing date exported as a default?).");
            }

            var weight = 1.0;
            if (weightColumn >= 0 && (!TryNumber(cells[weightColumn], out weight) || !(weight > 0) || !double.IsFinite(weight)))
            {
                throw new DataFormatException($"{at}, column '{names[weightColumn]}': '{cells[weightColumn]}' is not a finite weight above 0.");
            }

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
                    if (!TryNumber(cells[c], out var value))
                    {
                        throw new DataFormatException($"{at}, column '{names[c]}': '{cells[c].Trim()}' is not a number (leave the cell empty or write NA for a missing answer).");
                    }

                    values[names[c]] = value;
                }
                else
                {
                    segments[names[c]] = cells[c].Trim();
                }
            }

            responses.Add(new Response(id, date, values, weight, journey, segments));
        }

        return responses;
    }

    private static bool IsMissing(string text) => text.Trim() is { Length: 0 } or "NA";

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
