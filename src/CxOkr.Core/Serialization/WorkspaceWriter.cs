using System.Globalization;
using System.Text.Json;
using CxOkr.Journeys;
using CxOkr.Okrs;

namespace CxOkr.Serialization;

/// <summary>Writes a <see cref="Workspace"/> as a format-version-1 document that <see cref="WorkspaceReader"/> reads back unchanged.</summary>
/// <threadsafety>Thread-safe: stateless.</threadsafety>
public static class WorkspaceWriter
{
    /// <summary>Writes the workspace as indented UTF-8 JSON text.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <returns>The document.</returns>
    public static string Write(Workspace workspace) =>
        JsonSerializer.Serialize(ToDocument(workspace), CxOkrJsonContext.Default.WorkspaceDocument);

    /// <summary>Writes the workspace to a stream as indented UTF-8 JSON.</summary>
    /// <param name="workspace">The workspace.</param>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    public static Task WriteAsync(Workspace workspace, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return JsonSerializer.SerializeAsync(utf8Json, ToDocument(workspace), CxOkrJsonContext.Default.WorkspaceDocument, cancellationToken);
    }

    private static WorkspaceDocument ToDocument(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return new WorkspaceDocument
        {
            FormatVersion = WorkspaceReader.FormatVersion,
            Units = [.. workspace.Units.Select(static u => new UnitDocument { Id = u.Id, Name = u.Name, ParentId = u.ParentId })],
            Periods = [.. workspace.Periods.Select(static p => new PeriodDocument { Id = p.Id, Start = Date(p.Start), End = Date(p.End) })],
            Objectives = [.. workspace.Objectives.Select(static o => new ObjectiveDocument
            {
                Id = o.Id,
                Title = o.Title,
                UnitId = o.UnitId,
                PeriodId = o.PeriodId,
                ParentId = o.HasParentList ? null : o.ParentId,
                ParentIds = o.HasParentList ? [.. o.Parents.Select(static p => p.ObjectiveId)] : null,
                ParentShares = o.HasParentList ? [.. o.Parents.Select(static p => (double?)p.Share)] : null,
                Type = JsonNames.Of(o.Type),
                Weight = o.Weight,
                KeyResults = [.. o.KeyResults.Select(ToDocument)],
            })],
            Metrics = workspace.Metrics.Count == 0 ? null : [.. workspace.Metrics.Select(ToDocument)],
            MetricLinks = workspace.MetricLinks.Count == 0 ? null : [.. workspace.MetricLinks.Select(static l => new MetricLinkDocument { From = l.From, To = l.To, Strength = l.Strength })],
            Journeys = workspace.Journeys.Count == 0 ? null : [.. workspace.Journeys.Select(ToDocument)],
        };
    }

    private static KeyResultDocument? ToDocument(KeyResult kr) => new()
    {
        Id = kr.Id,
        Title = kr.Title,
        Kind = JsonNames.Of(kr.Kind),
        MetricId = kr.MetricId,
        Baseline = kr.Baseline,
        Target = kr.Target,
        Threshold = kr.Threshold,
        Weight = kr.Weight,
        Rollup = kr.Rollup is { } rollup ? JsonNames.Camel(rollup) : null,
        GuardrailMetricId = kr.GuardrailMetricId,
        GuardrailMargin = kr.GuardrailMetricId is null && kr.GuardrailMargin == 0 ? null : kr.GuardrailMargin,
        CheckIns = [.. kr.CheckIns.Select(static c => new CheckInDocument { Date = Date(c.Date), Value = c.Value, Confidence = c.Confidence, Note = c.Note })],
    };

    private static MetricDocument? ToDocument(MetricDefinition m) => new()
    {
        Id = m.Id,
        Name = m.Name,
        Tier = JsonNames.Camel(m.Tier),
        Scope = m.Scope.IsNone ? null : new ScopeDocument { JourneyId = m.Scope.JourneyId, StageId = m.Scope.StageId, TouchpointId = m.Scope.TouchpointId },
        DataKind = JsonNames.Camel(m.DataKind),
        Collection = JsonNames.Camel(m.Collection),
        Structure = JsonNames.Camel(m.Structure),
        Calculation = m.Calculation is { } c ? JsonNames.Camel(c) : null,
        Scale = m.Scale is { } s ? new ScaleDocument { Min = s.Min, Max = s.Max, TopBox = s.TopBox } : null,
        BetterWhen = JsonNames.Camel(m.BetterWhen),
        Unit = m.Unit,
        Source = m.Source,
    };

    private static JourneyDocument? ToDocument(Journey j) => new()
    {
        Id = j.Id,
        Name = j.Name,
        Audience = JsonNames.Camel(j.Audience),
        Outcomes = [.. j.Outcomes.Select(static o => new OutcomeDocument { MetricId = o.MetricId, Category = JsonNames.Camel(o.Category) })],
        Stages = [.. j.Stages.Select(static s => new StageDocument
        {
            Id = s.Id,
            Name = s.Name,
            Order = s.Order,
            Touchpoints = [.. s.Touchpoints.Select(static t => new TouchpointDocument { Id = t.Id, Name = t.Name, Channel = JsonNames.Camel(t.Channel), UnitId = t.UnitId })],
        })],
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
