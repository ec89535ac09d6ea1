using System.Globalization;
using System.Text.Json;

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

        return Read(utf8, mode);
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Workspace Read(ReadOnlySpan<byte> utf8Json, WorkspaceReadMode mode)
    {
        if (DuplicateJsonKeys.Find(utf8Json) is { } repeated)
        {
            throw new WorkspaceFormatException([new WorkspaceProblem(repeated, "appears twice in the same object; each property may be given once.")]);
        }

        WorkspaceDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, CxOkrJsonContext.Default.WorkspaceDocument);
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }

        return Convert(document, mode);
    }

    /// <summary>Reads and validates a document from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="mode">Strict or lenient, as for <see cref="Read(string, WorkspaceReadMode)"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The workspace.</returns>
    /// <exception cref="WorkspaceFormatException">The document is malformed or invalid.</exception>
    public static async Task<Workspace> ReadAsync(Stream utf8Json, WorkspaceReadMode mode = WorkspaceReadMode.Strict, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);

        // The whole document is needed once to refuse repeated properties (DuplicateJsonKeys) before it is bound.
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), mode);
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

        return Read(File.ReadAllBytes(path), mode);
    }

    private static WorkspaceFormatException Malformed(JsonException ex)
    {
        var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : string.Empty;
        var message = ex.Message;

        // The runtime's message already ends with the path and position; keep only its first sentence.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        // Say what was expected in JSON's words, not .NET's ("could not be converted to System.Nullable`1[System.Double]").
        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            message = $"has the wrong JSON type; expected {ExpectedJsonType(message)}.";
        }

        // Name an unknown property plainly instead of quoting internal type names.
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var start = message.IndexOf('\'');
            var end = start >= 0 ? message.IndexOf('\'', start + 1) : -1;
            var name = end > start ? message[(start + 1)..end] : "?";
            message = $"unknown property '{name}'; only the documented properties are allowed.";
        }

        return new WorkspaceFormatException(new WorkspaceProblem(ex.Path ?? "$", message.TrimEnd() + where), ex);
    }

    private static string ExpectedJsonType(string message)
    {
        var target = message[(message.IndexOf("could not be converted to", StringComparison.Ordinal) + 25)..];
        return target.Contains("Double", StringComparison.Ordinal) || target.Contains("Int32", StringComparison.Ordinal) || target.Contains("Int64", StringComparison.Ordinal) ? "a number"
            : target.Contains("String", StringComparison.Ordinal) ? "a string"
            : target.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
            : target.Contains("List`1", StringComparison.Ordinal) || target.Contains("[]", StringComparison.Ordinal) ? "an array"
            : "an object";
    }

    private static Workspace Convert(WorkspaceDocument? document, WorkspaceReadMode mode)
    {
        if (document is null)
        {
            throw new WorkspaceFormatException([new WorkspaceProblem("$", "The document is empty (JSON null); expected an object with formatVersion 1.")]);
        }

        var converter = new WorkspaceDocumentConverter(mode == WorkspaceReadMode.Strict);
        return converter.Convert(document);
    }

    internal static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
