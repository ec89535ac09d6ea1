using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CxOkr.Serialization;

/// <summary>Tokens, values, property names and the JSON path of the parser.</summary>
internal sealed partial class WorkspaceDocumentParser
{
    private void Next(ref Utf8JsonReader reader)
    {
        if (!_source.Read(ref reader))
        {
            throw new WorkspaceFormatException([new WorkspaceProblem(Path(), "the document ends before this value.")]);
        }
    }

    private void Pop() => _path.RemoveAt(_path.Count - 1);

    /// <summary>False for JSON null; the start of an object otherwise, or the wrong-type error.</summary>
    private bool StartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        ExpectStart(ref reader, JsonTokenType.StartObject);
        return true;
    }

    private void ExpectStart(ref Utf8JsonReader reader, JsonTokenType start)
    {
        if (reader.TokenType != start)
        {
            throw WrongType(ref reader, start == JsonTokenType.StartObject ? "an object" : "an array");
        }
    }

    /// <summary>The next property's index in <paramref name="names"/>, with the reader on its value and its name on the path; -1 at the end of the object.</summary>
    private int NextProperty(ref Utf8JsonReader reader, PropertyNames names, ref int seen)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return -1;
        }

        var property = Property(ref reader, names, ref seen);
        Next(ref reader);
        return property;
    }

    private int Property(ref Utf8JsonReader reader, PropertyNames names, ref int seen)
    {
        var index = -1;
        string? text = null;
        if (!reader.ValueIsEscaped)
        {
            var name = reader.ValueSpan;
            for (var i = 0; i < names.Utf8.Length; i++)
            {
                if (name.SequenceEqual(names.Utf8[i]))
                {
                    index = i;
                    break;
                }
            }
        }
        else
        {
            text = Text(ref reader);
            index = Array.IndexOf(names.Text, text);
        }

        if (index < 0)
        {
            text ??= Text(ref reader);
            _path.Add((text, 0));
            throw Problem(ref reader, $"unknown property '{text}'; only the documented properties are allowed.");
        }

        _path.Add((names.Text[index], 0));
        if ((seen & (1 << index)) != 0)
        {
            throw new WorkspaceFormatException([new WorkspaceProblem(Path(), "appears twice in the same object; each property may be given once.")]);
        }

        seen |= 1 << index;
        return index;
    }

    private List<T>? List<T>(ref Utf8JsonReader reader, ElementParser<T> element)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectStart(ref reader, JsonTokenType.StartArray);
        var list = new List<T>();
        _path.Add((null, 0));
        while (true)
        {
            _path[^1] = (null, list.Count);
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            list.Add(element(this, ref reader));
        }

        Pop();
        return list;
    }

    private string? String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => Text(ref reader),
        JsonTokenType.Null => null,
        _ => throw WrongType(ref reader, "a string"),
    };

    private double? Double(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetDouble(out var value) && double.IsFinite(value))
                {
                    return value;
                }

                throw Problem(ref reader, $"{Raw(ref reader)} is out of range; expected a finite number.");
            case JsonTokenType.Null:
                return null;
            default:
                throw WrongType(ref reader, "a number");
        }
    }

    private int? Int(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt32(out var value))
                {
                    return value;
                }

                throw Problem(ref reader, $"{Raw(ref reader)} is not a whole number from {int.MinValue} to {int.MaxValue}; expected an integer.");
            case JsonTokenType.Null:
                return null;
            default:
                throw WrongType(ref reader, "a number");
        }
    }

    private static string Raw(ref Utf8JsonReader reader)
    {
        var raw = Encoding.UTF8.GetString(reader.ValueSpan);
        return raw.Length <= 40 ? raw : raw[..37] + "...";
    }

    private string Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            // Bytes that are not UTF-8, or an escaped unpaired surrogate (\ud800): not well-formed text.
            throw Problem(ref reader, $"is not well-formed text ({ex.Message.TrimEnd('.')}); the document must be UTF-8 and its strings well-formed Unicode.");
        }
    }

    private WorkspaceFormatException WrongType(ref Utf8JsonReader reader, string expected) =>
        Problem(ref reader, $"has the wrong JSON type; expected {expected}.");

    private WorkspaceFormatException Problem(ref Utf8JsonReader reader, string message)
    {
        var (line, position) = _source.Where(ref reader);
        return new WorkspaceFormatException([new WorkspaceProblem(Path(), string.Create(CultureInfo.InvariantCulture, $"{message} (line {line}, position {position})"))]);
    }

    private WorkspaceFormatException Malformed(JsonException ex)
    {
        var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : string.Empty;
        var message = ex.Message;

        // The runtime's message ends with the position; keep only its sentences.
        foreach (var tail in (ReadOnlySpan<string>)[" LineNumber:", " Path:"])
        {
            var cut = message.IndexOf(tail, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return new WorkspaceFormatException(new WorkspaceProblem(Path(), message.TrimEnd() + where), ex);
    }

    private string Path()
    {
        var path = new StringBuilder("$");
        foreach (var (name, index) in _path)
        {
            path.Append(name is null ? $"[{index.ToString(CultureInfo.InvariantCulture)}]" : DuplicateJsonKeys.Member(name));
        }

        return path.ToString();
    }

    /// <summary>The documented property names of one object type, in the order of the parser's switch.</summary>
    private sealed class PropertyNames
    {
        public PropertyNames(params string[] names)
        {
            Text = names;
            Utf8 = [.. names.Select(static n => Encoding.UTF8.GetBytes(n))];
        }

        public string[] Text { get; }

        public byte[][] Utf8 { get; }
    }

    private static class Names
    {
        public static readonly PropertyNames Document = new("formatVersion", "units", "periods", "objectives", "metrics", "metricLinks", "journeys");
        public static readonly PropertyNames Unit = new("id", "name", "parentId");
        public static readonly PropertyNames Period = new("id", "start", "end");
        public static readonly PropertyNames Objective = new("id", "title", "unitId", "periodId", "parentId", "parentIds", "parentShares", "type", "weight", "keyResults");
        public static readonly PropertyNames KeyResult = new("id", "title", "kind", "metricId", "baseline", "target", "threshold", "weight", "rollup", "guardrailMetricId", "guardrailMargin", "checkIns");
        public static readonly PropertyNames CheckIn = new("date", "value", "confidence", "note");
        public static readonly PropertyNames Metric = new("id", "name", "tier", "scope", "dataKind", "collection", "structure", "calculation", "scale", "betterWhen", "unit", "source");
        public static readonly PropertyNames Scope = new("journeyId", "stageId", "touchpointId");
        public static readonly PropertyNames Scale = new("min", "max", "topBox");
        public static readonly PropertyNames MetricLink = new("from", "to", "strength");
        public static readonly PropertyNames Journey = new("id", "name", "audience", "outcomes", "stages");
        public static readonly PropertyNames Outcome = new("metricId", "category");
        public static readonly PropertyNames Stage = new("id", "name", "order", "touchpoints");
        public static readonly PropertyNames Touchpoint = new("id", "name", "channel", "unitId");
    }
}
