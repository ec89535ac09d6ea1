using System.Globalization;
using System.Text;
using CxOkr.Data;
using CxOkr.Text;

namespace CxOkr.Cli.Commands;

/// <summary>
/// Writes <c>cxokr topics --indicators OUT.csv</c>: one row per response, its id (or its line in the input), then a
/// 0/1 column per topic, written whole or not at all (<see cref="OutputFile"/>) with text cells made safe for a
/// spreadsheet (<see cref="CsvCell"/>).
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
        text.Append(CsvCell.Text(idColumn ?? "line"));
        foreach (var topic in topics)
        {
            text.Append(',').Append(CsvCell.Text(topic.Id));
        }

        text.Append('\n');
        for (var r = 0; r < table.RowCount; r++)
        {
            var id = idColumn is null
                ? (table.GetLine(r) ?? (r + 2)).ToString(CultureInfo.InvariantCulture)
                : table.GetText(r, idColumn) ?? string.Empty;
            text.Append(CsvCell.Text(id));
            foreach (var topic in topics)
            {
                text.Append(',').Append(indicators.GetValue(r, topic.Id) == 1 ? '1' : '0');
            }

            text.Append('\n');
        }

        var full = Path.GetFullPath(path);
        if (!Directory.Exists(Path.GetDirectoryName(full)))
        {
            throw new DirectoryNotFoundException($"the folder of --indicators '{path}' does not exist.");
        }

        OutputFile.Write(full, text.ToString());
    }
}
