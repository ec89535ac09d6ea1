using System.Globalization;
using System.Text;
using CxOkr.Data;
using CxOkr.Text;

namespace CxOkr.Cli.Commands;

/// <summary>
/// Writes <c>cxokr topics --indicators OUT.csv</c>: one row per response, its id (or its line in the input), then a
/// 0/1 column per topic. The file is written to a temporary file beside the target and renamed into place, so a
/// reader never sees half a file. Cells that a spreadsheet would run as a formula (starting with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) get a leading <c>'</c> (OWASP, CSV injection).
/// </summary>
internal static class TopicIndicatorsCsv
{
    public static void Write(string path, ColumnTable table, TopicMatcher matcher, string textColumn, string? idColumn)
    {
        if (idColumn is not null)
        {
            table.IndexOf(idColumn);
        }

        var indicators = matcher.ReplaceTextWithIndicators(table, textColumn);
        var topics = matcher.Topics.Topics;
        var text = new StringBuilder();
        text.Append(Cell(idColumn ?? "line"));
        foreach (var topic in topics)
        {
            text.Append(',').Append(Cell(topic.Id));
        }

        text.Append('\n');
        for (var r = 0; r < table.RowCount; r++)
        {
            var id = idColumn is null
                ? (table.GetLine(r) ?? (r + 2)).ToString(CultureInfo.InvariantCulture)
                : table.GetText(r, idColumn) ?? string.Empty;
            text.Append(Cell(id));
            foreach (var topic in topics)
            {
                text.Append(',').Append(indicators.GetValue(r, topic.Id) == 1 ? '1' : '0');
            }

            text.Append('\n');
        }

        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"the folder of --indicators '{path}' does not exist.");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>A CSV cell: neutralised against formula injection, then quoted when it holds a comma, quote or line break.</summary>
    internal static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
