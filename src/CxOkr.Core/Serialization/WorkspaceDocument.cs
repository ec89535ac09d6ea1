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

    public List<CheckInDocument?>? CheckIns { get; set; }
}

internal sealed class CheckInDocument
{
    public string? Date { get; set; }

    public double? Value { get; set; }

    public double? Confidence { get; set; }

    public string? Note { get; set; }
}
