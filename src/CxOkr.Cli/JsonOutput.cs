using System.Text;
using System.Text.Json;

namespace CxOkr.Cli;

/// <summary>
/// Writes a result's JSON (from <c>ResultJson.Write</c>) to standard output as it is produced, in 64 KiB pieces,
/// instead of as one string of the whole document (a 100,000-objective scorecard is 270 MB of JSON).
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>Writes the document and a line break.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="write">Writes the document (a <c>ResultJson.Write</c> overload).</param>
    public static void WriteLine(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using (var stream = new TextWriterStream(output))
        {
            using var writer = new Utf8JsonWriter(stream, Indented);
            write(writer);
            writer.Flush();
        }

        output.WriteLine();
    }

    /// <summary>A write-only stream that decodes UTF-8 and writes the text to a <see cref="TextWriter"/>.</summary>
    private sealed class TextWriterStream(TextWriter output) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        private char[] _chars = new char[16 * 1024];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var needed = _decoder.GetCharCount(buffer, flush: false);
            if (needed > _chars.Length)
            {
                _chars = new char[needed];
            }

            var written = _decoder.GetChars(buffer, _chars, flush: false);
            output.Write(_chars, 0, written);
        }

        public override void Flush() => output.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
