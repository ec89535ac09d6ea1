using System.Text.Json;

namespace CxOkr.Serialization;

/// <summary>
/// Reads a workspace document token by token (<see cref="Utf8JsonReader"/> over a <see cref="JsonByteSource"/>),
/// with no intermediate DOM and no copy of the whole text. Objectives are handed to the converter one at a time
/// as soon as the units and periods they refer to have been read (otherwise they are kept until the end), so
/// only one objective's parsed form is alive at a time. Refuses, at the first one, with its JSON path and line
/// and position: malformed JSON, a property given twice in one object, an unknown property, and a value of the
/// wrong JSON type (said in JSON's words).
/// </summary>
internal sealed partial class WorkspaceDocumentParser
{
    private delegate T ElementParser<T>(WorkspaceDocumentParser parser, ref Utf8JsonReader reader);

    private readonly JsonByteSource _source;
    private readonly WorkspaceDocumentConverter _converter;
    private readonly List<(string? Name, int Index)> _path = [];

    public WorkspaceDocumentParser(JsonByteSource source, WorkspaceDocumentConverter converter)
    {
        _source = source;
        _converter = converter;
    }

    /// <summary>Reads the whole document and converts it.</summary>
    public Workspace Parse()
    {
        WorkspaceDocument? document = null;
        try
        {
            var reader = _source.Start();
            Next(ref reader);
            document = reader.TokenType == JsonTokenType.Null ? null : ParseDocument(ref reader);
            if (_source.Read(ref reader))
            {
                throw Problem(ref reader, "has more JSON after the end of the document.");
            }
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }

        if (document is null)
        {
            throw new WorkspaceFormatException([new WorkspaceProblem("$", "The document is empty (JSON null); expected an object with formatVersion 1.")]);
        }

        return _converter.Finish(document);
    }

    private WorkspaceDocument ParseDocument(ref Utf8JsonReader reader)
    {
        ExpectStart(ref reader, JsonTokenType.StartObject);
        var document = new WorkspaceDocument();
        var seen = 0;
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return document;
            }

            var property = Property(ref reader, Names.Document, ref seen);
            Next(ref reader);
            switch (property)
            {
                case 0: document.FormatVersion = Int(ref reader); break;
                case 1: document.Units = List(ref reader, static (WorkspaceDocumentParser p, ref Utf8JsonReader r) => p.Unit(ref r)); break;
                case 2: document.Periods = List(ref reader, static (WorkspaceDocumentParser p, ref Utf8JsonReader r) => p.Period(ref r)); break;
                case 3: document.Objectives = Objectives(ref reader, document); break;
                case 4: document.Metrics = List(ref reader, static (WorkspaceDocumentParser p, ref Utf8JsonReader r) => p.Metric(ref r)); break;
                case 5: document.MetricLinks = List(ref reader, static (WorkspaceDocumentParser p, ref Utf8JsonReader r) => p.MetricLink(ref r)); break;
                default: document.Journeys = List(ref reader, static (WorkspaceDocumentParser p, ref Utf8JsonReader r) => p.Journey(ref r)); break;
            }

            Pop();
        }
    }

    // The objectives go to the converter one by one when the units and periods are already known.
    private List<ObjectiveDocument?>? Objectives(ref Utf8JsonReader reader, WorkspaceDocument document)
    {
        var streamed = document.Units is not null && document.Periods is not null;
        if (!streamed)
        {
            return List(ref reader, static (WorkspaceDocumentParser p, ref Utf8JsonReader r) => p.Objective(ref r));
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectStart(ref reader, JsonTokenType.StartArray);
        _converter.Begin(document.Units, document.Periods);
        var index = 0;
        _path.Add((null, 0));
        while (true)
        {
            _path[^1] = (null, index);
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            _converter.AddObjective(Objective(ref reader), index);
            index++;
        }

        _path.RemoveAt(_path.Count - 1);
        return [];
    }

    private UnitDocument? Unit(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader))
        {
            return null;
        }

        var d = new UnitDocument();
        var seen = 0;
        while (NextProperty(ref reader, Names.Unit, ref seen) is var property && property >= 0)
        {
            switch (property)
            {
                case 0: d.Id = String(ref reader); break;
                case 1: d.Name = String(ref reader); break;
                default: d.ParentId = String(ref reader); break;
            }

            Pop();
        }

        return d;
    }

    private PeriodDocument? Period(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader))
        {
            return null;
        }

        var d = new PeriodDocument();
        var seen = 0;
        while (NextProperty(ref reader, Names.Period, ref seen) is var property && property >= 0)
        {
            switch (property)
            {
                case 0: d.Id = String(ref reader); break;
                case 1: d.Start = String(ref reader); break;
                default: d.End = String(ref reader); break;
            }

            Pop();
        }

        return d;
    }

    private ObjectiveDocument? Objective(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader))
        {
            return null;
        }

        var d = new ObjectiveDocument();
        var seen = 0;
        while (NextProperty(ref reader, Names.Objective, ref seen) is var property && property >= 0)
        {
            switch (property)
            {
                case 0: d.Id = String(ref reader); break;
                case 1: d.Title = String(ref reader); break;
                case 2: d.UnitId = String(ref reader); break;
                case 3: d.PeriodId = String(ref reader); break;
                case 4: d.ParentId = String(ref reader); break;
                case 5: d.ParentIds = List(ref reader, static (WorkspaceDocumentParser p, ref Utf8JsonReader r) => p.String(ref r)); break;
                case 6: d.ParentShares = List(ref reader, static (WorkspaceDocumentParser p, ref Utf8JsonReader r) => p.Double(ref r)); break;
                case 7: d.Type = String(ref reader); break;
                case 8: d.Weight = Double(ref reader); break;
                default: d.KeyResults = List(ref reader, static (WorkspaceDocumentParser p, ref Utf8JsonReader r) => p.KeyResult(ref r)); break;
            }

            Pop();
        }

        return d;
    }

    private KeyResultDocument? KeyResult(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader))
        {
            return null;
        }

        var d = new KeyResultDocument();
        var seen = 0;
        while (NextProperty(ref reader, Names.KeyResult, ref seen) is var property && property >= 0)
        {
            switch (property)
            {
                case 0: d.Id = String(ref reader); break;
                case 1: d.Title = String(ref reader); break;
                case 2: d.Kind = String(ref reader); break;
                case 3: d.MetricId = String(ref reader); break;
                case 4: d.Baseline = Double(ref reader); break;
                case 5: d.Target = Double(ref reader); break;
                case 6: d.Threshold = Double(ref reader); break;
                case 7: d.Weight = Double(ref reader); break;
                case 8: d.Rollup = String(ref reader); break;
                case 9: d.GuardrailMetricId = String(ref reader); break;
                case 10: d.GuardrailMargin = Double(ref reader); break;
                default: d.CheckIns = List(ref reader, static (WorkspaceDocumentParser p, ref Utf8JsonReader r) => p.CheckIn(ref r)); break;
            }

            Pop();
        }

        return d;
    }

    private CheckInDocument? CheckIn(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader))
        {
            return null;
        }

        var d = new CheckInDocument();
        var seen = 0;
        while (NextProperty(ref reader, Names.CheckIn, ref seen) is var property && property >= 0)
        {
            switch (property)
            {
                case 0: d.Date = String(ref reader); break;
                case 1: d.Value = Double(ref reader); break;
                case 2: d.Confidence = Double(ref reader); break;
                default: d.Note = String(ref reader); break;
            }

            Pop();
        }

        return d;
    }

    private MetricDocument? Metric(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader))
        {
            return null;
        }

        var d = new MetricDocument();
        var seen = 0;
        while (NextProperty(ref reader, Names.Metric, ref seen) is var property && property >= 0)
        {
            switch (property)
            {
                case 0: d.Id = String(ref reader); break;
                case 1: d.Name = String(ref reader); break;
                case 2: d.Tier = String(ref reader); break;
                case 3: d.Scope = Scope(ref reader); break;
                case 4: d.DataKind = String(ref reader); break;
                case 5: d.Collection = String(ref reader); break;
                case 6: d.Structure = String(ref reader); break;
                case 7: d.Calculation = String(ref reader); break;
                case 8: d.Scale = Scale(ref reader); break;
                case 9: d.BetterWhen = String(ref reader); break;
                case 10: d.Unit = String(ref reader); break;
                default: d.Source = String(ref reader); break;
            }

            Pop();
        }

        return d;
    }

    private ScopeDocument? Scope(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader))
        {
            return null;
        }

        var d = new ScopeDocument();
        var seen = 0;
        while (NextProperty(ref reader, Names.Scope, ref seen) is var property && property >= 0)
        {
            switch (property)
            {
                case 0: d.JourneyId = String(ref reader); break;
                case 1: d.StageId = String(ref reader); break;
                default: d.TouchpointId = String(ref reader); break;
            }

            Pop();
        }

        return d;
    }

    private ScaleDocument? Scale(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader))
        {
            return null;
        }

        var d = new ScaleDocument();
        var seen = 0;
        while (NextProperty(ref reader, Names.Scale, ref seen) is var property && property >= 0)
        {
            switch (property)
            {
                case 0: d.Min = Double(ref reader); break;
                case 1: d.Max = Double(ref reader); break;
                default: d.TopBox = Double(ref reader); break;
            }

            Pop();
        }

        return d;
    }

    private MetricLinkDocument? MetricLink(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader))
        {
            return null;
        }

        var d = new MetricLinkDocument();
        var seen = 0;
        while (NextProperty(ref reader, Names.MetricLink, ref seen) is var property && property >= 0)
        {
            switch (property)
            {
                case 0: d.From = String(ref reader); break;
                case 1: d.To = String(ref reader); break;
                default: d.Strength = Double(ref reader); break;
            }

            Pop();
        }

        return d;
    }

    private JourneyDocument? Journey(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader))
        {
            return null;
        }

        var d = new JourneyDocument();
        var seen = 0;
        while (NextProperty(ref reader, Names.Journey, ref seen) is var property && property >= 0)
        {
            switch (property)
            {
                case 0: d.Id = String(ref reader); break;
                case 1: d.Name = String(ref reader); break;
                case 2: d.Audience = String(ref reader); break;
                case 3: d.Outcomes = List(ref reader, static (WorkspaceDocumentParser p, ref Utf8JsonReader r) => p.Outcome(ref r)); break;
                default: d.Stages = List(ref reader, static (WorkspaceDocumentParser p, ref Utf8JsonReader r) => p.Stage(ref r)); break;
            }

            Pop();
        }

        return d;
    }

    private OutcomeDocument? Outcome(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader))
        {
            return null;
        }

        var d = new OutcomeDocument();
        var seen = 0;
        while (NextProperty(ref reader, Names.Outcome, ref seen) is var property && property >= 0)
        {
            switch (property)
            {
                case 0: d.MetricId = String(ref reader); break;
                default: d.Category = String(ref reader); break;
            }

            Pop();
        }

        return d;
    }

    private StageDocument? Stage(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader))
        {
            return null;
        }

        var d = new StageDocument();
        var seen = 0;
        while (NextProperty(ref reader, Names.Stage, ref seen) is var property && property >= 0)
        {
            switch (property)
            {
                case 0: d.Id = String(ref reader); break;
                case 1: d.Name = String(ref reader); break;
                case 2: d.Order = Int(ref reader); break;
                default: d.Touchpoints = List(ref reader, static (WorkspaceDocumentParser p, ref Utf8JsonReader r) => p.Touchpoint(ref r)); break;
            }

            Pop();
        }

        return d;
    }

    private TouchpointDocument? Touchpoint(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader))
        {
            return null;
        }

        var d = new TouchpointDocument();
        var seen = 0;
        while (NextProperty(ref reader, Names.Touchpoint, ref seen) is var property && property >= 0)
        {
            switch (property)
            {
                case 0: d.Id = String(ref reader); break;
                case 1: d.Name = String(ref reader); break;
                case 2: d.Channel = String(ref reader); break;
                default: d.UnitId = String(ref reader); break;
            }

            Pop();
        }

        return d;
    }
}
