using System.Text.Json;
using CxOkr.Text;

namespace CxOkr.Serialization;

/// <summary>
/// Reads topic definitions: <c>{"topics": [{"id": "billing", "name": "Billing", "any": ["bill", "hóa đơn"],
/// "all": [...], "none": [...]}]}</c>. <c>id</c> is required; <c>name</c>, <c>any</c>, <c>all</c> and <c>none</c>
/// are optional, but a topic needs at least one term.
/// </summary>
/// <remarks>
/// The document is parsed with <see cref="JsonDocument"/> (no reflection). Every error is a
/// <see cref="TopicsFormatException"/> naming the JSON path at fault and, within a topic, the topic's id: a property
/// the format does not have (a misspelt <c>nane</c> is an error, not ignored), a term that is not a string or is
/// empty, a topic without terms, an id used twice.
/// </remarks>
/// <threadsafety>Stateless; safe to call from any thread.</threadsafety>
public static class TopicsReader
{
    private static readonly string[] TopicProperties = ["id", "name", "any", "all", "none"];

    /// <summary>Reads topic definitions from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The topics in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="TopicsFormatException">The text is not JSON or not of the documented shape; the message starts with the JSON path.</exception>
    public static TopicSet Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(json, string.Empty);
    }

    /// <summary>Reads topic definitions from a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The topics in document order.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="TopicsFormatException">As for <see cref="Read(string)"/>; the message names the file, then the JSON path.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static TopicSet ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Topics file '{path}' does not exist.", path);
        }

        return Read(File.ReadAllText(path), $"Topics file '{path}' ");
    }

    private static TopicSet Read(string json, string prefix)
    {
        using (var document = JsonDocumentText.Parse(json, prefix, static (at, message, cause) => cause is null ? new TopicsFormatException(at, message) : new TopicsFormatException(at, message, cause)))
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Fail(prefix, "$", $"expected an object with \"topics\", found {Kind(root)}.");
            }

            foreach (var property in root.EnumerateObject())
            {
                if (property.Name != "topics")
                {
                    throw Fail(prefix, $"$.{property.Name}", "unknown property (the document has only \"topics\").");
                }
            }

            if (!root.TryGetProperty("topics", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                throw Fail(prefix, "$.topics", "expected an array of topics.");
            }

            var topics = new List<TopicDefinition>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var item in items.EnumerateArray())
            {
                var at = $"$.topics[{i++}]";
                var topic = Topic(item, at, prefix);
                if (!ids.Add(topic.Id))
                {
                    throw Fail(prefix, at + ".id", $"topic '{topic.Id}' is defined twice: topic ids must be unique.");
                }

                topics.Add(topic);
            }

            if (topics.Count == 0)
            {
                throw Fail(prefix, "$.topics", "expected at least one topic.");
            }

            return new TopicSet(topics);
        }
    }

    private static TopicDefinition Topic(JsonElement item, string at, string prefix)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw Fail(prefix, at, $"expected a topic object with \"id\" and terms, found {Kind(item)}.");
        }

        if (!item.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(idElement.GetString()))
        {
            throw Fail(prefix, at + ".id", "expected the topic's id as a non-empty string.");
        }

        var id = idElement.GetString()!.Trim();
        foreach (var property in item.EnumerateObject())
        {
            if (Array.IndexOf(TopicProperties, property.Name) < 0)
            {
                throw Fail(prefix, $"{at}.{property.Name}", $"topic '{id}': unknown property (a topic has {string.Join(", ", TopicProperties)}).");
            }
        }

        string? name = null;
        if (item.TryGetProperty("name", out var nameElement))
        {
            name = nameElement.ValueKind == JsonValueKind.String
                ? nameElement.GetString()
                : throw Fail(prefix, at + ".name", $"topic '{id}': expected the name as a string.");
        }

        var any = Terms(item, "any", at, id, prefix);
        var all = Terms(item, "all", at, id, prefix);
        var none = Terms(item, "none", at, id, prefix);
        try
        {
            return new TopicDefinition(id, name, any, all, none);
        }
        catch (ArgumentException ex)
        {
            throw Fail(prefix, at, ex.Message);
        }
    }

    private static List<string>? Terms(JsonElement item, string kind, string at, string id, string prefix)
    {
        if (!item.TryGetProperty(kind, out var terms))
        {
            return null;
        }

        if (terms.ValueKind != JsonValueKind.Array)
        {
            throw Fail(prefix, $"{at}.{kind}", $"topic '{id}': expected an array of terms, found {Kind(terms)}.");
        }

        var list = new List<string>();
        var k = 0;
        foreach (var term in terms.EnumerateArray())
        {
            var here = $"{at}.{kind}[{k++}]";
            if (term.ValueKind != JsonValueKind.String)
            {
                throw Fail(prefix, here, $"topic '{id}': expected a term as a string, found {Kind(term)}.");
            }

            var text = term.GetString()!;
            if (text.Trim().TrimEnd('*').Trim().Length == 0)
            {
                throw Fail(prefix, here, $"topic '{id}': empty term.");
            }

            list.Add(text);
        }

        return list;
    }

    private static TopicsFormatException Fail(string prefix, string path, string message) =>
        new(path, $"{prefix}{path}: {message}");

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };
}
