using System.Text.Json.Serialization;

namespace CxOkr.Serialization;

/// <summary>Source-generated (reflection-free, AOT-safe) System.Text.Json metadata for the workspace document.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(WorkspaceDocument))]
internal sealed partial class CxOkrJsonContext : JsonSerializerContext
{
}
