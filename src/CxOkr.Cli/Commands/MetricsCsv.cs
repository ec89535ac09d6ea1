using System.Text;
using CxOkr.Data;

namespace CxOkr.Cli.Commands;

/// <summary>
/// A small RFC 4180 reader for the <c>metrics</c> command: a header row, comma-separated fields, double
/// quotes around fields that contain commas, quotes or line breaks. Temporary until the shared CSV reader lands.
/// </summary>
internal sealed class MetricsCsv
{
    private MetricsCsv(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Header = header;
        Rows = rows;
    }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Data rows; row i is line i + 2 of a file without embedded line breaks.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    public static MetricsCsv Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader, path);
    }

    public static MetricsCsv Parse(TextReader reader, string source)
    {
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    fieldStarted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldStarted = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    break;
                default:
                    field.Append(ch);
                    fieldStarted = true;
                    break;
            }
        }

        if (quoted)
        {
            throw new DataFormatException($"{source}: a quoted field is not closed before the end of the file.");
        }

        EndRecord();
        if (records.Count == 0)
        {
            throw new DataFormatException($"{source}: the file is empty; a header row is required.");
        }

        var header = records[0].Select(h => h.Trim()).ToList();
        var duplicate = header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DataFormatException($"{source}: column '{duplicate.Key}' appears twice in the header.");
        }

        for (var i = 1; i < records.Count; i++)
        {
            if (records[i].Count != header.Count)
            {
                throw new DataFormatException($"{source}: row {i + 1} has {records[i].Count} fields, the header has {header.Count}.");
            }
        }

        return new MetricsCsv(header.AsReadOnly(), records.Skip(1).ToList().AsReadOnly());

        void EndRecord()
        {
            if (fieldStarted || field.Length > 0 || fields.Count > 0)
            {
                fields.Add(field.ToString());
                records.Add(fields.ToList().AsReadOnly());
            }

            fields.Clear();
            field.Clear();
            fieldStarted = false;
        }
    }

    /// <summary>The index of a column, or a <see cref="DataFormatException"/> naming the known columns.</summary>
    public int Column(string name, string option)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (string.Equals(Header[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new DataFormatException($"{option} '{name}' is not a column; columns are {string.Join(", ", Header)}.");
    }
}
