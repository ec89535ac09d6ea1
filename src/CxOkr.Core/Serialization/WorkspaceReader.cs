using System.Globalization;

namespace CxOkr.Serialization;

/// <summary>
/// Reads workspace documents (format version 1, camelCase JSON, unknown properties refused). The whole
/// document is checked before anything is returned, and every problem is reported with its JSON path.
/// </summary>
/// <threadsafety>Thread-safe: stateless.</threadsafety>
public static class WorkspaceReader
{
    /// <summary>The only document format version this reader understands.</summary>
    public const int FormatVersion = 1;

    /// <summary>Reads and validates a document from UTF-8 JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="mode">Strict (default) refuses duplicate ids, unknown references and cycles; lenient accepts them so that alignment checks can report them.</param>
    /// <returns>The workspace.</returns>
    /// <exception cref="WorkspaceFormatException">The document is malformed or invalid; <see cref="WorkspaceFormatException.Problems"/> lists every problem.</exception>
    public static Workspace Read(string json, WorkspaceReadMode mode = WorkspaceReadMode.Strict)
    {
        ArgumentNullException.ThrowIfNull(json);
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (System.Text.EncoderFallbackException ex)
        {
            throw new WorkspaceFormatException(new WorkspaceProblem("$", $"the document text has an unpaired surrogate U+{(int)ex.CharUnknown:X4} at index {ex.Index}; text must be well-formed Unicode."), ex);
        }

        return Read(new JsonByteSource(utf8, utf8.Length), mode);
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Workspace Read(JsonByteSource source, WorkspaceReadMode mode) =>
        new WorkspaceDocumentParser(source, new WorkspaceDocumentConverter(mode == WorkspaceReadMode.Strict)).Parse();

    /// <summary>Reads and validates a document from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="mode">Strict or lenient, as for <see cref="Read(string, WorkspaceReadMode)"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The workspace.</returns>
    /// <exception cref="WorkspaceFormatException">The document is malformed or invalid.</exception>
    public static Task<Workspace> ReadAsync(Stream utf8Json, WorkspaceReadMode mode = WorkspaceReadMode.Strict, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        cancellationToken.ThrowIfCancellationRequested();

        // Read token by token through one bounded buffer (the reader cannot wait between tokens, so the stream's
        // chunks are read synchronously; cancellation is checked before each chunk).
        try
        {
            return Task.FromResult(Read(new JsonByteSource(utf8Json, cancellationToken), mode));
        }
        catch (Exception ex) when (ex is WorkspaceFormatException or IOException or OperationCanceledException)
        {
            return Task.FromException<Workspace>(ex);
        }
    }

    /// <summary>Reads and validates a document from a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="mode">Strict or lenient, as for <see cref="Read(string, WorkspaceReadMode)"/>.</param>
    /// <returns>The workspace.</returns>
    /// <exception cref="WorkspaceFormatException">The document is malformed or invalid.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Workspace ReadFile(string path, WorkspaceReadMode mode = WorkspaceReadMode.Strict)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Workspace file '{path}' does not exist.", path);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Read(new JsonByteSource(stream, CancellationToken.None), mode);
    }

    internal static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
