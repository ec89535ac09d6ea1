namespace CxOkr.Cli;

/// <summary>Text cells of the CSV files the tool writes: quoted as RFC 4180 requires and safe to open in a spreadsheet.</summary>
internal static class CsvCell
{
    /// <summary>
    /// A text cell: a value that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return
    /// (which a spreadsheet would run as a formula, OWASP's "CSV injection") gets a leading apostrophe, and a
    /// value with a comma, quote or line break is quoted with its quotes doubled. Numbers the tool writes
    /// itself are not text cells and are written as they are.
    /// </summary>
    /// <param name="value">User-supplied text (a column name, an id, a label).</param>
    /// <returns>The cell as it goes between the commas.</returns>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
