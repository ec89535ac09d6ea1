using CxOkr.Journeys;

namespace CxOkr.Serialization;

/// <summary>The journey map part of the document: metrics, metric links and journeys.</summary>
internal sealed partial class WorkspaceDocumentConverter
{
    private T? Enum<T>(string? text, string path, bool required)
        where T : struct, System.Enum
    {
        if (text is null)
        {
            if (required)
            {
                Problem(path, $"is missing; expected one of {JsonNames.AllCamel<T>()}.");
            }

            return null;
        }

        if (JsonNames.TryParseCamel<T>(text, out var value))
        {
            return value;
        }

        Problem(path, $"'{text}' is not one of {JsonNames.AllCamel<T>()}.");
        return null;
    }

    private T? Build<T>(string path, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
            Problem(path, cut > 0 ? message[..cut] : message);
            return null;
        }
    }

    private List<MetricDefinition> ConvertMetrics(List<MetricDocument?> documents)
    {
        var metrics = new List<MetricDefinition>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var path = $"$.metrics[{i}]";
            if (documents[i] is not { } d)
            {
                Problem(path, "is null; expected a metric object.");
                continue;
            }

            var before = _problems.Count;
            var id = RequiredId(d.Id, path + ".id");
            var name = RequiredText(d.Name, path + ".name");
            var tier = Enum<MetricTier>(d.Tier, path + ".tier", required: true);
            var dataKind = Enum<DataKind>(d.DataKind, path + ".dataKind", required: true);
            var collection = Enum<Collection>(d.Collection, path + ".collection", required: true);
            var structure = Enum<Structure>(d.Structure, path + ".structure", required: true);
            var calculation = Enum<Calculation>(d.Calculation, path + ".calculation", required: false);
            var betterWhen = Enum<BetterWhen>(d.BetterWhen, path + ".betterWhen", required: false) ?? BetterWhen.Higher;
            MetricScale? scale = null;
            if (d.Scale is { } s)
            {
                if (s.Min is not { } min || s.Max is not { } max)
                {
                    Problem(path + ".scale", "needs both min and max.");
                }
                else
                {
                    scale = Build(path + ".scale", () => new MetricScale(min, max, s.TopBox));
                }
            }

            if (id is not null && !ids.Add(id))
            {
                Problem(path + ".id", $"'{id}' is used by another metric; metric ids must be unique.");
            }

            if (_problems.Count != before)
            {
                continue;
            }

            var scope = d.Scope is { } sc ? Build(path + ".scope", () => new MetricScope(sc.JourneyId, sc.StageId, sc.TouchpointId)) : null;
            var metric = Build(path, () => new MetricDefinition(id!, name!, tier!.Value, scope, dataKind!.Value, collection!.Value, structure!.Value, calculation, scale, betterWhen, d.Unit, d.Source));
            if (metric is not null)
            {
                metrics.Add(metric);
            }
        }

        return metrics;
    }

    private List<MetricLink> ConvertLinks(List<MetricLinkDocument?> documents, List<MetricDefinition> metrics)
    {
        var links = new List<MetricLink>();
        for (var i = 0; i < documents.Count; i++)
        {
            var path = $"$.metricLinks[{i}]";
            if (documents[i] is not { } d)
            {
                Problem(path, "is null; expected a metric link object.");
                continue;
            }

            var from = RequiredId(d.From, path + ".from");
            var to = RequiredId(d.To, path + ".to");
            if (from is not null && to is not null && Build(path, () => new MetricLink(from, to, d.Strength)) is { } link)
            {
                links.Add(link);
            }
        }

        if (_strict && _problems.Count == 0)
        {
            // Unknown ends, links that go down a tier, duplicates and cycles.
            foreach (var finding in MetricLinkValidator.Validate(metrics, links))
            {
                Problem("$.metricLinks", finding.Message);
            }
        }

        return links;
    }

    private List<Journey> ConvertJourneys(List<JourneyDocument?> documents, Dictionary<string, Okrs.OrgUnit> units)
    {
        var journeys = new List<Journey>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var path = $"$.journeys[{i}]";
            if (documents[i] is not { } d)
            {
                Problem(path, "is null; expected a journey object.");
                continue;
            }

            var before = _problems.Count;
            var id = RequiredId(d.Id, path + ".id");
            var name = RequiredText(d.Name, path + ".name");
            var audience = Enum<JourneyAudience>(d.Audience, path + ".audience", required: false) ?? JourneyAudience.Customer;
            var outcomes = new List<OutcomeKpi>();
            var outcomeDocs = d.Outcomes ?? [];
            for (var o = 0; o < outcomeDocs.Count; o++)
            {
                var at = $"{path}.outcomes[{o}]";
                if (outcomeDocs[o] is not { } od)
                {
                    Problem(at, "is null; expected an outcome object.");
                    continue;
                }

                var metricId = RequiredId(od.MetricId, at + ".metricId");
                var category = Enum<OutcomeCategory>(od.Category, at + ".category", required: true);
                if (metricId is not null && category is { } c && Build(at, () => new OutcomeKpi(metricId, c)) is { } kpi)
                {
                    outcomes.Add(kpi);
                }
            }

            var stages = new List<JourneyStage>();
            var stageDocs = d.Stages ?? [];
            for (var s = 0; s < stageDocs.Count; s++)
            {
                var at = $"{path}.stages[{s}]";
                if (stageDocs[s] is not { } sd)
                {
                    Problem(at, "is null; expected a stage object.");
                    continue;
                }

                var stageId = RequiredId(sd.Id, at + ".id");
                var stageName = RequiredText(sd.Name, at + ".name");
                var touchpoints = new List<Touchpoint>();
                var touchpointDocs = sd.Touchpoints ?? [];
                for (var t = 0; t < touchpointDocs.Count; t++)
                {
                    var tat = $"{at}.touchpoints[{t}]";
                    if (touchpointDocs[t] is not { } td)
                    {
                        Problem(tat, "is null; expected a touchpoint object.");
                        continue;
                    }

                    var tpId = RequiredId(td.Id, tat + ".id");
                    var tpName = RequiredText(td.Name, tat + ".name");
                    var channel = Enum<Channel>(td.Channel, tat + ".channel", required: true);
                    var unitId = OptionalId(td.UnitId, tat + ".unitId");
                    if (_strict && unitId is not null && !units.ContainsKey(unitId))
                    {
                        Problem(tat + ".unitId", $"'{unitId}' is not the id of any unit.");
                    }

                    if (tpId is not null && tpName is not null && channel is { } ch && Build(tat, () => new Touchpoint(tpId, tpName, ch, unitId)) is { } tp)
                    {
                        touchpoints.Add(tp);
                    }
                }

                if (stageId is not null && stageName is not null && Build(at, () => new JourneyStage(stageId, stageName, sd.Order ?? (s + 1), touchpoints)) is { } stage)
                {
                    stages.Add(stage);
                }
            }

            if (id is not null && !ids.Add(id))
            {
                Problem(path + ".id", $"'{id}' is used by another journey; journey ids must be unique.");
            }

            if (_problems.Count == before && Build(path, () => new Journey(id!, name!, audience, stages, outcomes)) is { } journey)
            {
                journeys.Add(journey);
            }
        }

        return journeys;
    }

    private void CheckJourneyReferences(WorkspaceDocument document, List<MetricDefinition> metrics, List<Journey> journeys)
    {
        if (!_strict || metrics.Count == 0)
        {
            return;
        }

        var metricIds = metrics.Select(static m => m.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (i, k, metricId) in _keyResultMetrics)
        {
            if (!metricIds.Contains(metricId))
            {
                Problem($"$.objectives[{i}].keyResults[{k}].metricId", $"'{metricId}' is not the id of any metric.");
            }
        }

        var journeyIds = journeys.Select(static j => j.Id).ToHashSet(StringComparer.Ordinal);
        var stageIds = journeys.SelectMany(static j => j.Stages).Select(static s => s.Id).ToHashSet(StringComparer.Ordinal);
        var touchpointIds = journeys.SelectMany(static j => j.Stages).SelectMany(static s => s.Touchpoints).Select(static t => t.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < metrics.Count; i++)
        {
            var scope = metrics[i].Scope;
            var path = $"$.metrics[{(document.Metrics ?? []).FindIndex(m => m?.Id == metrics[i].Id)}].scope";
            if (scope.JourneyId is { } j && !journeyIds.Contains(j))
            {
                Problem(path + ".journeyId", $"'{j}' is not the id of any journey.");
            }

            if (scope.StageId is { } s && !stageIds.Contains(s))
            {
                Problem(path + ".stageId", $"'{s}' is not the id of any journey stage.");
            }

            if (scope.TouchpointId is { } t && !touchpointIds.Contains(t))
            {
                Problem(path + ".touchpointId", $"'{t}' is not the id of any touchpoint.");
            }
        }

        var journeyDocs = document.Journeys ?? [];
        for (var i = 0; i < journeyDocs.Count; i++)
        {
            var outcomes = journeyDocs[i]?.Outcomes ?? [];
            for (var o = 0; o < outcomes.Count; o++)
            {
                if (outcomes[o]?.MetricId is { } metricId && !metricIds.Contains(metricId))
                {
                    Problem($"$.journeys[{i}].outcomes[{o}].metricId", $"'{metricId}' is not the id of any metric.");
                }
            }
        }
    }
}
