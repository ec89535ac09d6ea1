using System.Text;
using System.Text.Json;

namespace CxOkr.Serialization;

/// <summary>
/// The one way the hand-walked JSON readers (driver rankings, topics) parse their text: malformed JSON is
/// reported at its path with line and position, and a property given twice in one object is refused at its
/// path (<see cref="DuplicateJsonKeys"/>), since <see cref="JsonDocument"/> would keep both and a lookup the last.
/// </summary>
internal static class JsonDocumentText
{
    /// <summary>Parses <paramref name="json"/>, or throws what <paramref name="error"/> makes of the problem.</summary>
    /// <param name="json">The document.</param>
    /// <param name="prefix">What the messages start with (empty, or "Topics file 'x.json' ").</param>
    /// <param name="error">Makes the reader's exception from the JSON path, the whole message and the cause (or null).</param>
    /// <returns>The document; the caller disposes it.</returns>
    public static JsonDocument Parse(string json, string prefix, Func<string, string, Exception?, Exception> error)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : string.Empty;
            var at = ex.Path ?? "$";
            throw error(at, $"{prefix}{at}: not valid JSON{where}.", ex);
        }

        if (DuplicateJsonKeys.Find(Encoding.UTF8.GetBytes(json)) is { } repeated)
        {
            document.Dispose();
            throw error(repeated, $"{prefix}{repeated}: appears twice in the same object; each property may be given once.", null);
        }

        return document;
    }
}
