using System.Text;
using System.Text.Json;

namespace CxOkr.Storage;

/// <summary>
/// How the SQL stores keep a response's answers and segments in one column: a JSON object of name to number (every
/// double exactly, -0 included) or name to text. One source file compiled into each store package (linked from
/// src/Shared), so the SQLite and PostgreSQL stores write and read the same JSON.
/// </summary>
internal static class ResponseCellsJson
{
    /// <summary>Writes the items as one JSON object, in the dictionary's order.</summary>
    public static string Write<T>(IReadOnlyDictionary<string, T> items, Action<Utf8JsonWriter, string, T> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in items)
            {
                write(writer, key, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads a JSON object written by <see cref="Write"/>.</summary>
    public static Dictionary<string, T> Read<T>(string json, Func<JsonElement, T> read)
    {
        using var document = JsonDocument.Parse(json);
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            result[property.Name] = read(property.Value);
        }

        return result;
    }
}
