using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxOkr.Serialization;

/// <summary>
/// Writes a <see cref="double"/> as System.Text.Json does (shortest text that round-trips) and refuses NaN and
/// infinity with a message that names the cause: result types never hold them (an undefined quantity is
/// <see langword="null"/>), so one reaching the writer is a bug, never something to hide as <c>null</c> or a string.
/// </summary>
internal sealed class FiniteNumberConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException($"a result holds {value}, which JSON cannot represent; CxOkr results hold only finite numbers, so this is a bug.");
        }

        writer.WriteNumberValue(value);
    }
}
