using System.Text.Json.Serialization;

namespace CxOkr.Serialization;

/// <summary>
/// Source-generated (reflection-free, AOT-safe) System.Text.Json metadata for the result documents that
/// <see cref="ResultJson"/> writes. Nulls are written unless a property says otherwise: the documented shapes
/// have fields that are <c>null</c> and fields that are left out, and each DTO property states which.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(FiniteNumberConverter)])]
[JsonSerializable(typeof(ScorecardJson))]
[JsonSerializable(typeof(MetricResultJson))]
[JsonSerializable(typeof(List<MetricResultJson>))]
[JsonSerializable(typeof(KeyDriverResultJson))]
[JsonSerializable(typeof(BootstrapIntervalJson))]
[JsonSerializable(typeof(AlignmentReportJson))]
[JsonSerializable(typeof(JourneyMapJson))]
[JsonSerializable(typeof(TopicAnalysisJson))]
[JsonSerializable(typeof(OutcomeDriverResultJson))]
[JsonSerializable(typeof(ComparisonSetJson))]
[JsonSerializable(typeof(SamplePlanJson))]
[JsonSerializable(typeof(DissatisfierResultJson))]
[JsonSerializable(typeof(LinkageResultJson))]
[JsonSerializable(typeof(List<LinkageResultJson>))]
internal sealed partial class ResultJsonContext : JsonSerializerContext
{
}
