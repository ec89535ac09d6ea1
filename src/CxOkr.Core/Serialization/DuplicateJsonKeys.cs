using System.Text.Json;

namespace CxOkr.Serialization;

/// <summary>
/// Finds a property name that appears twice in one JSON object. System.Text.Json keeps the last of them, so
/// <c>"id"</c> or <c>"objectives"</c> written twice would silently drop the first; the readers refuse the
/// document instead, naming the path of the repeated property.
/// </summary>
internal static class DuplicateJsonKeys
{
    /// <summary>The JSON path of the first repeated property (<c>$.objectives[3].id</c>), or <see langword="null"/>.</summary>
    /// <param name="utf8Json">The document; must be well-formed as far as it is read (a malformed one is left to the deserializer's error).</param>
    public static string? Find(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        var frames = new Stack<Frame>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var segment = Segment(frames, pendingName);
                        frames.Push(new Frame(segment, reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null));
                        pendingName = null;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        AfterValue(frames);
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (!frames.Peek().Names!.Add(name))
                        {
                            return Path(frames) + Member(name);
                        }

                        pendingName = name;
                        break;
                    default:
                        pendingName = null;
                        AfterValue(frames);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null; // malformed: the deserializer reports it with its position
        }
        catch (InvalidOperationException)
        {
            return null; // e.g. a property name that is not valid UTF-16: also left to the deserializer
        }

        return null;
    }

    private static string Segment(Stack<Frame> frames, string? propertyName) =>
        frames.Count == 0 ? "$" : propertyName is not null ? Member(propertyName) : $"[{frames.Peek().Index}]";

    private static void AfterValue(Stack<Frame> frames)
    {
        if (frames.Count > 0 && frames.Peek().Names is null)
        {
            frames.Peek().Index++;
        }
    }

    private static string Path(Stack<Frame> frames) => string.Concat(frames.Reverse().Select(static f => f.Segment));

    internal static string Member(string name) =>
        name.All(static c => char.IsAsciiLetterOrDigit(c) || c == '_') ? "." + name : $"['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private sealed class Frame(string segment, HashSet<string>? names)
    {
        public string Segment { get; } = segment;

        public HashSet<string>? Names { get; } = names;

        public int Index { get; set; }
    }
}
