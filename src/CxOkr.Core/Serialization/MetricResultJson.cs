using System.Text.Json.Serialization;
using CxOkr.Measures;

namespace CxOkr.Serialization;

// Plain mutable DTOs, filled in one place for both types. The JSON shape of a MetricResult as docs/cli.md documents it for `cxokr metrics --format json`: `group` is
// always there (null when ungrouped); `period` only for a grouped result, and then even when null (grouped by
// segment only), which a single nullable property cannot say: hence the grouped subtype. `segment` only when
// grouped by a segment, `excluded` only when answers were excluded, the NPS fields only for NPS. The explicit
// order keeps the documented field order across the two types.
#pragma warning disable SA1402 // one file for the metric result's DTOs: they only make sense together

[JsonDerivedType(typeof(GroupedMetricResultJson))]
internal class MetricResultJson
{
    [JsonPropertyOrder(1)]
    public string Metric { get; set; } = string.Empty;

    [JsonPropertyOrder(2)]
    public string? Group { get; set; }

    [JsonPropertyOrder(5)]
    public int N { get; set; }

    [JsonPropertyOrder(6)]
    public double EffectiveN { get; set; }

    [JsonPropertyOrder(7)]
    public double Value { get; set; }

    [JsonPropertyOrder(8)]
    public double? StandardError { get; set; }

    [JsonPropertyOrder(9)]
    public double? Lower { get; set; }

    [JsonPropertyOrder(10)]
    public double? Upper { get; set; }

    [JsonPropertyOrder(11)]
    public double Confidence { get; set; }

    [JsonPropertyOrder(12)]
    public bool LowSample { get; set; }

    [JsonPropertyOrder(13)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Excluded { get; set; }

    [JsonPropertyOrder(14)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Promoters { get; set; }

    [JsonPropertyOrder(15)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Passives { get; set; }

    [JsonPropertyOrder(16)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Detractors { get; set; }

    [JsonPropertyOrder(17)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PromoterCount { get; set; }

    [JsonPropertyOrder(18)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PassiveCount { get; set; }

    [JsonPropertyOrder(19)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? DetractorCount { get; set; }

    public static MetricResultJson From(MetricResult result)
    {
        var json = result.Group is { } group
            ? new GroupedMetricResultJson
            {
                Group = group.Label,
                Period = group.Period,
                Segment = group.SegmentAttribute is null ? null : group.Segment,
            }
            : new MetricResultJson();
        json.Metric = JsonNames.Camel(result.Metric);
        json.N = result.N;
        json.EffectiveN = result.EffectiveN;
        json.Value = result.Value;
        json.StandardError = result.StandardError;
        json.Lower = result.Lower;
        json.Upper = result.Upper;
        json.Confidence = result.Confidence;
        json.LowSample = result.LowSample;
        json.Excluded = result.Excluded > 0 ? result.Excluded : null;
        if (result.Nps is { } nps)
        {
            json.Promoters = nps.Promoters;
            json.Passives = nps.Passives;
            json.Detractors = nps.Detractors;
            json.PromoterCount = nps.PromoterCount;
            json.PassiveCount = nps.PassiveCount;
            json.DetractorCount = nps.DetractorCount;
        }

        return json;
    }
}

internal sealed class GroupedMetricResultJson : MetricResultJson
{
    [JsonPropertyOrder(3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Period { get; set; }

    [JsonPropertyOrder(4)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Segment { get; set; }
}
