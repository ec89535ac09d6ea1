using System.Buffers;

namespace CxOkr.Data;

/// <summary>
/// Reads CSV records (RFC 4180, either line ending) one at a time and keeps the line count a text editor
/// would show, so that input errors can name the line where a record starts.
/// </summary>
/// <remarks>
/// <para>
/// <c>\n</c>, <c>\r\n</c> and a lone <c>\r</c> each end one line, inside quoted fields too: a record with
/// a quoted field spanning lines moves every later record down by as many lines. Blank lines are returned
/// as a record of one empty field; the callers decide whether to skip them.
/// </para>
/// <para>
/// The record's fields are kept in one reused character buffer and handed out as spans
/// (<see cref="Field"/>), so reading a record allocates nothing; a record without quotes that lies wholly in
/// the current block is split in place (no copy); otherwise the reader scans the input in blocks for the
/// next delimiter, quote or line break (vectorised), copying the runs in between. A quote opens a
/// quoted field only at the start of a field (after blanks); elsewhere it is an ordinary character, and
/// after a closing quote the rest of the field is kept as written.
/// </para>
/// </remarks>
internal sealed class CsvRecordReader
{
    private const int BlockSize = 1 << 16;

    private readonly TextReader reader;
    private readonly char delimiter;
    private readonly SearchValues<char> unquotedStops;
    private readonly char[] block = new char[BlockSize];
    private int position;
    private int filled;
    private bool ended;

    // The record's fields, unescaped: field i is [fieldStarts[i]..fieldEnds[i]] of the block itself for a
    // record without quotes lying wholly in the block (fieldsInBlock: no copy), else of the text buffer.
    private char[] text = new char[1024];
    private int textLength;
    private bool fieldsInBlock;
    private int[] fieldStarts = new int[64];
    private int[] fieldEnds = new int[64];

    // The line of the next character to read.
    private int line = 1;

    /// <summary>Wraps a reader positioned at the start of the CSV text.</summary>
    /// <param name="reader">The text; read, not disposed.</param>
    /// <param name="delimiter">The character between cells.</param>
    internal CsvRecordReader(TextReader reader, char delimiter = ',')
    {
        this.reader = reader;
        this.delimiter = delimiter;
        unquotedStops = SearchValues.Create([delimiter, '"', '\r', '\n']);
    }

    /// <summary>The 1-based line on which the record last read starts (the first record is on line 1); 0 before any.</summary>
    internal int RecordLine { get; private set; }

    /// <summary>The number of fields of the record last read.</summary>
    internal int FieldCount { get; private set; }

    /// <summary>The characters read so far (for progress and size estimates).</summary>
    internal long CharactersRead { get; private set; }

    /// <summary>One field of the record last read: quotes removed, not trimmed; valid until the next read.</summary>
    internal ReadOnlySpan<char> Field(int index)
    {
        var start = fieldStarts[index];
        return (fieldsInBlock ? block : text).AsSpan(start, fieldEnds[index] - start);
    }

    /// <summary>Reads the next record into strings.</summary>
    /// <param name="fields">Cleared, then filled with the record's fields (quotes removed, not trimmed).</param>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    /// <exception cref="DataFormatException">A quoted field is not closed; the message names the line of its opening quote.</exception>
    internal bool ReadRecord(List<string> fields)
    {
        fields.Clear();
        if (!ReadRecord())
        {
            return false;
        }

        for (var i = 0; i < FieldCount; i++)
        {
            fields.Add(Field(i).ToString());
        }

        return true;
    }

    /// <summary>Reads the next record; its fields are then read with <see cref="Field"/>.</summary>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    /// <exception cref="DataFormatException">A quoted field is not closed; the message names the line of its opening quote.</exception>
    internal bool ReadRecord()
    {
        FieldCount = 0;
        textLength = 0;
        if (position == filled && !Fill())
        {
            return false;
        }

        RecordLine = line;
        if (TryReadUnquotedRecord())
        {
            return true;
        }

        fieldsInBlock = false;
        var cellStart = 0;
        var wasQuoted = false;
        while (true)
        {
            if (position == filled && !Fill())
            {
                EndField();
                return true;
            }

            var rest = block.AsSpan(position, filled - position);
            var stop = rest.IndexOfAny(unquotedStops);
            if (stop < 0)
            {
                Append(rest);
                position = filled;
                continue;
            }

            Append(rest[..stop]);
            position += stop + 1;
            var c = rest[stop];
            if (c == delimiter)
            {
                EndField();
                cellStart = textLength;
                wasQuoted = false;
            }
            else if (c == '\n')
            {
                line++;
                EndField();
                return true;
            }
            else if (c == '\r')
            {
                line++;
                if (Peek() == '\n')
                {
                    position++;
                }

                EndField();
                return true;
            }
            else if (!wasQuoted && text.AsSpan(cellStart, textLength - cellStart).IsWhiteSpace())
            {
                textLength = cellStart;
                wasQuoted = true;
                ReadQuoted();
            }
            else
            {
                Append('"');
            }
        }
    }

    // The common case: the record has no quote and ends in the block, so its fields are split in place (one
    // vectorised search for the line end, one per delimiter) and handed out from the block without copying.
    // A lone \r at the block's end is left to the general path, which may need to read on for a \n.
    private bool TryReadUnquotedRecord()
    {
        var rest = block.AsSpan(position, filled - position);
        var end = rest.IndexOfAny('"', '\r', '\n');
        if (end < 0 || rest[end] == '"' || (rest[end] == '\r' && end + 1 == rest.Length))
        {
            return false;
        }

        var record = rest[..end];
        var start = 0;
        while (true)
        {
            var next = record[start..].IndexOf(delimiter);
            if (FieldCount == fieldEnds.Length)
            {
                Array.Resize(ref fieldStarts, fieldStarts.Length * 2);
                Array.Resize(ref fieldEnds, fieldEnds.Length * 2);
            }

            fieldStarts[FieldCount] = position + start;
            if (next < 0)
            {
                fieldEnds[FieldCount++] = position + end;
                break;
            }

            fieldEnds[FieldCount++] = position + start + next;
            start += next + 1;
        }

        fieldsInBlock = true;
        line++;
        position += end + (rest[end] == '\r' && rest[end + 1] == '\n' ? 2 : 1);
        return true;
    }

    private void ReadQuoted()
    {
        var quoteLine = line;
        while (true)
        {
            if (position == filled && !Fill())
            {
                throw new DataFormatException($"line {quoteLine}: a quoted field opened here is not closed before the end of the input.");
            }

            var rest = block.AsSpan(position, filled - position);
            var stop = rest.IndexOfAny('"', '\r', '\n');
            if (stop < 0)
            {
                Append(rest);
                position = filled;
                continue;
            }

            Append(rest[..stop]);
            position += stop + 1;
            var c = rest[stop];
            if (c == '"')
            {
                if (Peek() != '"')
                {
                    return;
                }

                position++;
                Append('"');
            }
            else
            {
                line++;
                Append(c);
                if (c == '\r' && Peek() == '\n')
                {
                    position++;
                    Append('\n');
                }
            }
        }
    }

    private int Peek() => position < filled || Fill() ? block[position] : -1;

    private bool Fill()
    {
        if (ended)
        {
            return false;
        }

        filled = reader.ReadBlock(block, 0, block.Length);
        position = 0;
        CharactersRead += filled;
        ended = filled == 0;
        return !ended;
    }

    private void Append(ReadOnlySpan<char> run)
    {
        if (textLength + run.Length > text.Length)
        {
            Array.Resize(ref text, Math.Max(text.Length * 2, textLength + run.Length));
        }

        run.CopyTo(text.AsSpan(textLength));
        textLength += run.Length;
    }

    private void Append(char c)
    {
        if (textLength == text.Length)
        {
            Array.Resize(ref text, text.Length * 2);
        }

        text[textLength++] = c;
    }

    private void EndField()
    {
        if (FieldCount == fieldEnds.Length)
        {
            Array.Resize(ref fieldStarts, fieldStarts.Length * 2);
            Array.Resize(ref fieldEnds, fieldEnds.Length * 2);
        }

        fieldStarts[FieldCount] = FieldCount == 0 ? 0 : fieldEnds[FieldCount - 1];
        fieldEnds[FieldCount++] = textLength;
    }
}
