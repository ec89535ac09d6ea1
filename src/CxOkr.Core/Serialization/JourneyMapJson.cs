using System.Text.Json.Serialization;
using CxOkr.Alignment;
using CxOkr.Findings;
using CxOkr.Journeys;

namespace CxOkr.Serialization;

// The JSON shape of a journey map and its listening-plan findings as `cxokr journeys --format json` prints it:
// enum names camelCase as in the workspace document; `scope`, `scale`, `unit`, `source`, `calculation`,
// `unitId` and `strength` null where absent; the findings and summary as `cxokr align` writes them.
#pragma warning disable SA1402 // one file for the journey map's DTOs: they only make sense together

internal sealed record JourneyMapJson(
    IReadOnlyList<JourneyJson> Journeys,
    IReadOnlyList<MetricDefinitionJson> Metrics,
    IReadOnlyList<MetricLinkJson> Links,
    IReadOnlyList<FindingJson> Findings,
    FindingSummaryJson Summary)
{
    public static JourneyMapJson From(JourneyMap map, IReadOnlyList<Finding> findings)
    {
        var report = AlignmentReportJson.From(new AlignmentReport(findings));
        return new(
            map.Journeys.Select(j => JourneyJson.From(map, j)).ToList(),
            map.Metrics.Select(MetricDefinitionJson.From).ToList(),
            map.Links.Select(static l => new MetricLinkJson(l.From, l.To, l.Strength)).ToList(),
            report.Findings,
            report.Summary);
    }
}

internal sealed record JourneyJson(
    string Id,
    string Name,
    string Audience,
    IReadOnlyList<OutcomeKpiJson> Outcomes,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<StageJson> Stages)
{
    public static JourneyJson From(JourneyMap map, Journey journey) => new(
        journey.Id,
        journey.Name,
        JsonNames.Camel(journey.Audience),
        journey.Outcomes.Select(static o => new OutcomeKpiJson(o.MetricId, JsonNames.Camel(o.Category))).ToList(),
        map.JourneyMetrics(journey).Select(static m => m.Id).ToList(),
        journey.Stages.Select(s => StageJson.From(map, s)).ToList());
}

internal sealed record OutcomeKpiJson(string MetricId, string Category);

internal sealed record StageJson(string Id, string Name, int Order, IReadOnlyList<TouchpointJson> Touchpoints, IReadOnlyList<string> Metrics)
{
    public static StageJson From(JourneyMap map, JourneyStage stage) => new(
        stage.Id,
        stage.Name,
        stage.Order,
        stage.Touchpoints.Select(static t => new TouchpointJson(t.Id, t.Name, JsonNames.Camel(t.Channel), t.UnitId)).ToList(),
        map.StageMetrics(stage).Select(static m => m.Id).ToList());
}

internal sealed record TouchpointJson(string Id, string Name, string Channel, string? UnitId);

internal sealed record MetricDefinitionJson(
    string Id,
    string Name,
    string Tier,
    MetricScopeJson? Scope,
    string DataKind,
    string Collection,
    string Structure,
    string? Calculation,
    MetricScaleJson? Scale,
    string BetterWhen,
    string? Unit,
    string? Source)
{
    public static MetricDefinitionJson From(MetricDefinition metric) => new(
        metric.Id,
        metric.Name,
        JsonNames.Camel(metric.Tier),
        metric.Scope.IsNone ? null : new MetricScopeJson(metric.Scope.JourneyId, metric.Scope.StageId, metric.Scope.TouchpointId),
        JsonNames.Camel(metric.DataKind),
        JsonNames.Camel(metric.Collection),
        JsonNames.Camel(metric.Structure),
        metric.Calculation is { } calculation ? JsonNames.Camel(calculation) : null,
        metric.Scale is { } scale ? new MetricScaleJson(scale.Min, scale.Max, scale.TopBox) : null,
        JsonNames.Camel(metric.BetterWhen),
        metric.Unit,
        metric.Source);
}

/// <summary>Only the parts of the scope that are set.</summary>
internal sealed record MetricScopeJson(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? JourneyId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StageId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TouchpointId);

internal sealed record MetricScaleJson(double Min, double Max, double? TopBox);

internal sealed record MetricLinkJson(string From, string To, double? Strength);
