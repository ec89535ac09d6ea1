using System.Globalization;
using System.Text;

namespace CxOkr.Cli;

/// <summary>
/// Wraps the tool's standard output and error so that no text a user supplied (ids, titles, cells, values in
/// error messages) can drive the terminal: control characters other than tab and line breaks (ESC and the
/// other C0 controls, DEL, the C1 controls including CSI and OSC) and the bidirectional embedding, override
/// and isolate characters are written as the six visible characters <c>\uXXXX</c>. A carriage return is kept
/// only as part of a CR LF line break (a lone one would move the cursor back over what was printed).
/// </summary>
/// <remarks>
/// <c>\uXXXX</c> is also how JSON writes such a character, so JSON output keeps its meaning; the tool's own
/// output never contains these characters, so nothing of it changes.
/// </remarks>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
{
    private bool _pendingCarriageReturn;

    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // The base setter allows null (it means the default); so does the inner writer.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    /// <summary>Whether <paramref name="c"/> is written escaped (a line feed, tab and the CR of CR LF are not).</summary>
    public static bool IsEscaped(char c) =>
        (c < 0x20 && c is not '\t' and not '\n' and not '\r')
        || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <inheritdoc/>
    public override void Write(char value)
    {
        if (_pendingCarriageReturn)
        {
            _pendingCarriageReturn = false;
            if (value == '\n')
            {
                inner.Write("\r\n");
                return;
            }

            Escape('\r');
        }

        if (value == '\r')
        {
            _pendingCarriageReturn = true;
        }
        else if (IsEscaped(value))
        {
            Escape(value);
        }
        else
        {
            inner.Write(value);
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        if (!_pendingCarriageReturn && !value.AsSpan().ContainsAny(Special))
        {
            inner.Write(value);
            return;
        }

        foreach (var c in value)
        {
            Write(c);
        }
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        Write(new string(buffer, index, count));
    }

    /// <inheritdoc/>
    public override void WriteLine(string? value)
    {
        Write(value);
        Write(CoreNewLine);
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        if (_pendingCarriageReturn)
        {
            _pendingCarriageReturn = false;
            Escape('\r');
        }

        inner.Flush();
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x2070).Select(static i => (char)i).Where(static c => c == '\r' || IsEscaped(c)).ToArray());

    private void Escape(char c) => inner.Write(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
}
