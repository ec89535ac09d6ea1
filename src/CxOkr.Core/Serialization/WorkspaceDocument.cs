using System.Text.Json.Serialization;

namespace CxOkr.Serialization;

// The JSON shape of a workspace document (format version 1). Plain mutable DTOs so that the reader can
// report every problem with its path before building the immutable domain types.
#pragma warning disable SA1402 // one file for the document's DTOs: they only make sense together

internal sealed class WorkspaceDocument
{
    public int? FormatVersion { get; set; }

    public List<UnitDocument?>? Units { get; set; }

    public List<PeriodDocument?>? Periods { get; set; }

    public List<ObjectiveDocument?>? Objectives { get; set; }

    public List<MetricDocument?>? Metrics { get; set; }

    public List<MetricLinkDocument?>? MetricLinks { get; set; }

    public List<JourneyDocument?>? Journeys { get; set; }
}

internal sealed class UnitDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? ParentId { get; set; }
}

internal sealed class PeriodDocument
{
    public string? Id { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }
}

internal sealed class ObjectiveDocument
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? UnitId { get; set; }

    public string? PeriodId { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? ParentId { get; set; }

    public List<string?>? ParentIds { get; set; }

    public List<double?>? ParentShares { get; set; }

    public string? Type { get; set; }

    public double? Weight { get; set; }

    public List<KeyResultDocument?>? KeyResults { get; set; }
}

internal sealed class KeyResultDocument
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Kind { get; set; }

    public string? MetricId { get; set; }

    public double? Baseline { get; set; }

    public double? Target { get; set; }

    public double? Threshold { get; set; }

    public double? Weight { get; set; }

    public string? Rollup { get; set; }

    public string? GuardrailMetricId { get; set; }

    public double? GuardrailMargin { get; set; }

    public List<CheckInDocument?>? CheckIns { get; set; }
}

internal sealed class CheckInDocument
{
    public string? Date { get; set; }

    public double? Value { get; set; }

    public double? Confidence { get; set; }

    public string? Note { get; set; }
}

internal sealed class MetricDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Tier { get; set; }

    public ScopeDocument? Scope { get; set; }

    public string? DataKind { get; set; }

    public string? Collection { get; set; }

    public string? Structure { get; set; }

    public string? Calculation { get; set; }

    public ScaleDocument? Scale { get; set; }

    public string? BetterWhen { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Unit { get; set; }

    public string? Source { get; set; }
}

internal sealed class ScopeDocument
{
    public string? JourneyId { get; set; }

    public string? StageId { get; set; }

    public string? TouchpointId { get; set; }
}

internal sealed class ScaleDocument
{
    public double? Min { get; set; }

    public double? Max { get; set; }

    public double? TopBox { get; set; }
}

internal sealed class MetricLinkDocument
{
    public string? From { get; set; }

    public string? To { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Strength { get; set; }
}

internal sealed class JourneyDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Audience { get; set; }

    public List<OutcomeDocument?>? Outcomes { get; set; }

    public List<StageDocument?>? Stages { get; set; }
}

internal sealed class OutcomeDocument
{
    public string? MetricId { get; set; }

    public string? Category { get; set; }
}

internal sealed class StageDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public int? Order { get; set; }

    public List<TouchpointDocument?>? Touchpoints { get; set; }
}

internal sealed class TouchpointDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Channel { get; set; }

    public string? UnitId { get; set; }
}
