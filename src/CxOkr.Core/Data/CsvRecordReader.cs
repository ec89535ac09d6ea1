using System.Text;

namespace CxOkr.Data;

/// <summary>
/// Reads CSV records (RFC 4180, either line ending) one at a time and keeps the line count a text editor
/// would show, so that input errors can name the line where a record starts.
/// </summary>
/// <remarks>
/// <c>\n</c>, <c>\r\n</c> and a lone <c>\r</c> each end one line, inside quoted fields too: a record with
/// a quoted field spanning lines moves every later record down by as many lines. Blank lines are returned
/// as a record of one empty field; the callers decide whether to skip them.
/// </remarks>
internal sealed class CsvRecordReader
{
    private readonly TextReader reader;
    private readonly char delimiter;
    private readonly StringBuilder cell = new();

    // The line of the next character to read; a '\r' moves it on at once, so the '\n' of a "\r\n" does not again.
    private int line = 1;
    private bool afterCarriageReturn;

    /// <summary>Wraps a reader positioned at the start of the CSV text.</summary>
    /// <param name="reader">The text; read, not disposed.</param>
    /// <param name="delimiter">The character between cells.</param>
    internal CsvRecordReader(TextReader reader, char delimiter = ',')
    {
        this.reader = reader;
        this.delimiter = delimiter;
    }

    /// <summary>The 1-based line on which the record last read starts (the first record is on line 1); 0 before any.</summary>
    internal int RecordLine { get; private set; }

    /// <summary>Reads the next record.</summary>
    /// <param name="fields">Cleared, then filled with the record's fields (quotes removed, not trimmed).</param>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    /// <exception cref="DataFormatException">A quoted field is not closed; the message names the line of its opening quote.</exception>
    internal bool ReadRecord(List<string> fields)
    {
        fields.Clear();
        var start = line;
        var c = Next();
        if (c < 0)
        {
            return false;
        }

        RecordLine = start;
        cell.Clear();
        var quoted = false;
        var wasQuoted = false;
        var quoteLine = 0;
        while (true)
        {
            if (quoted)
            {
                if (c < 0)
                {
                    throw new DataFormatException($"line {quoteLine}: a quoted field opened here is not closed before the end of the input.");
                }

                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        Next();
                        cell.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    cell.Append((char)c);
                }
            }
            else if (c < 0 || c == '\n' || c == '\r')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    Next();
                }

                fields.Add(cell.ToString());
                return true;
            }
            else if (c == delimiter)
            {
                fields.Add(cell.ToString());
                cell.Clear();
                wasQuoted = false;
            }
            else if (c == '"' && !wasQuoted && cell.ToString().Trim().Length == 0)
            {
                cell.Clear();
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
            }
            else
            {
                cell.Append((char)c);
            }

            c = Next();
        }
    }

    private int Next()
    {
        var c = reader.Read();
        if (c == '\r' || (c == '\n' && !afterCarriageReturn))
        {
            line++;
        }

        afterCarriageReturn = c == '\r';
        return c;
    }
}
