using System.Text.Json;

namespace CxOkr.Serialization;

/// <summary>
/// Feeds a <see cref="Utf8JsonReader"/> from a stream through one bounded buffer (64 KiB, grown only while a
/// single token is larger), or from bytes already in memory, and knows the line and position of any token
/// for error messages. The reader is passed by reference and replaced at every refill with the state carried over.
/// </summary>
internal sealed class JsonByteSource
{
    private const int InitialSize = 64 * 1024;
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    private readonly Stream? _stream;
    private readonly CancellationToken _cancellationToken;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _final;
    private long _linesBefore;
    private long _columnBefore;

    /// <summary>Reads from a stream.</summary>
    public JsonByteSource(Stream stream, CancellationToken cancellationToken)
    {
        _stream = stream;
        _cancellationToken = cancellationToken;
        _buffer = new byte[InitialSize];
    }

    /// <summary>Reads bytes already in memory (the whole document).</summary>
    public JsonByteSource(byte[] utf8Json, int length)
    {
        _buffer = utf8Json;
        _end = length;
        _final = true;
    }

    /// <summary>The first reader, over what is in the buffer.</summary>
    public Utf8JsonReader Start()
    {
        while (_stream is not null && !_final && _end - _start < 3)
        {
            Fill();
        }

        // A UTF-8 byte order mark (as some Windows editors write) is not part of the JSON.
        if (_buffer.AsSpan(_start, _end - _start).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start += 3;
        }

        return new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, new JsonReaderState(Options));
    }

    /// <summary>Reads the next token, refilling the buffer as often as it takes.</summary>
    /// <returns>False at the end of the data.</returns>
    public bool Read(ref Utf8JsonReader reader)
    {
        while (!reader.Read())
        {
            if (_final)
            {
                return false;
            }

            var consumed = (int)reader.BytesConsumed;
            Advance(consumed);
            var state = reader.CurrentState;
            Fill();
            reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, state);
        }

        return true;
    }

    /// <summary>The 1-based line and byte position of the current token's start.</summary>
    public (long Line, long Position) Where(ref Utf8JsonReader reader)
    {
        var before = _buffer.AsSpan(_start, (int)reader.TokenStartIndex);
        var lines = before.Count((byte)'\n');
        var lastBreak = before.LastIndexOf((byte)'\n');
        var column = lastBreak >= 0 ? before.Length - lastBreak - 1 : _columnBefore + before.Length;
        return (_linesBefore + lines + 1, column + 1);
    }

    private void Advance(int consumed)
    {
        var gone = _buffer.AsSpan(_start, consumed);
        var lastBreak = gone.LastIndexOf((byte)'\n');
        if (lastBreak >= 0)
        {
            _linesBefore += gone.Count((byte)'\n');
            _columnBefore = consumed - lastBreak - 1;
        }
        else
        {
            _columnBefore += consumed;
        }

        _start += consumed;
    }

    private void Fill()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var left = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, left);
            _start = 0;
            _end = left;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2); // one token longer than the buffer
        }

        var read = _stream!.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _final = true;
        }

        _end += read;
    }
}
