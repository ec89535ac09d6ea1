using CxOkr.Okrs;
using CxOkr.Utilities;

namespace CxOkr.Serialization;

/// <summary>Turns a parsed document into domain types, collecting every problem with its JSON path.</summary>
internal sealed partial class WorkspaceDocumentConverter
{
    private readonly bool _strict;
    private readonly List<WorkspaceProblem> _problems = [];
    private readonly List<Objective> _objectives = [];
    private readonly HashSet<string> _objectiveIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _objectiveIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keyResultIds = new(StringComparer.Ordinal);
    private readonly List<(int Objective, int KeyResult, string MetricId)> _keyResultMetrics = [];
    private Dictionary<string, OrgUnit>? _units;
    private Dictionary<string, OkrPeriod>? _periods;

    public WorkspaceDocumentConverter(bool strict)
    {
        _strict = strict;
    }

    /// <summary>Converts a document read whole (objectives included).</summary>
    public Workspace Convert(WorkspaceDocument document)
    {
        Begin(document.Units, document.Periods);
        var objectives = document.Objectives ?? [];
        for (var i = 0; i < objectives.Count; i++)
        {
            AddObjective(objectives[i], i);
        }

        document.Objectives = null;
        return Finish(document);
    }

    /// <summary>Converts the units and periods; objectives may be added after this, one at a time.</summary>
    public void Begin(List<UnitDocument?>? units, List<PeriodDocument?>? periods)
    {
        if (_units is not null)
        {
            return;
        }

        _units = ConvertUnits(units ?? []);
        _periods = ConvertPeriods(periods ?? []);
    }

    /// <summary>Converts one objective at its index in the document's objectives.</summary>
    public void AddObjective(ObjectiveDocument? document, int index) =>
        ConvertObjective(document, index, _units!, _periods!);

    /// <summary>Converts the rest of the document (any objectives still in it, metrics, links, journeys) and checks the whole.</summary>
    public Workspace Finish(WorkspaceDocument document)
    {
        if (_units is null || document.Objectives is { Count: > 0 })
        {
            var buffered = document.Objectives ?? [];
            document.Objectives = null;
            Begin(document.Units, document.Periods);
            for (var i = 0; i < buffered.Count; i++)
            {
                AddObjective(buffered[i], i);
            }
        }

        var units = _units!;
        var periods = _periods!;
        CheckObjectives();
        if (document.FormatVersion is null)
        {
            _problems.Insert(0, new WorkspaceProblem("$.formatVersion", $"is missing; expected {WorkspaceReader.FormatVersion}."));
        }
        else if (document.FormatVersion != WorkspaceReader.FormatVersion)
        {
            _problems.Insert(0, new WorkspaceProblem("$.formatVersion", $"is {document.FormatVersion}; this reader understands only format version {WorkspaceReader.FormatVersion}."));
        }

        var metrics = ConvertMetrics(document.Metrics ?? []);
        var links = ConvertLinks(document.MetricLinks ?? [], metrics);
        var journeys = ConvertJourneys(document.Journeys ?? [], units);
        CheckJourneyReferences(document, metrics, journeys);
        if (_problems.Count > 0)
        {
            throw new WorkspaceFormatException(_problems);
        }

        return new Workspace(units.Values, periods.Values, _objectives, metrics, links, journeys);
    }

    private void Problem(ProblemPath path, string message) => _problems.Add(new WorkspaceProblem(path.ToString(), message));

    private string? RequiredId(string? value, ProblemPath path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Problem(path, value is null ? "is missing; expected a non-empty id." : "is empty; expected a non-empty id.");
            return null;
        }

        return value;
    }

    private string? RequiredText(string? value, ProblemPath path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Problem(path, value is null ? "is missing; expected a non-empty string." : "is empty; expected a non-empty string.");
            return null;
        }

        return value;
    }

    private string? OptionalId(string? value, ProblemPath path)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Problem(path, "is empty; expected null or a non-empty id.");
            return null;
        }

        return value;
    }

    private DateOnly? RequiredDate(string? value, ProblemPath path)
    {
        if (value is null)
        {
            Problem(path, "is missing; expected a date as YYYY-MM-DD.");
            return null;
        }

        if (!WorkspaceReader.TryParseDate(value, out var date))
        {
            Problem(path, $"'{value}' is not a date as YYYY-MM-DD.");
            return null;
        }

        return date;
    }

    private double Weight(double? value, ProblemPath path)
    {
        var weight = value ?? 1;
        if (OkrRules.Weight(weight) is { } badWeight)
        {
            Problem(path, badWeight);
            return 1;
        }

        return weight;
    }

    // Units keyed by id in document order; in lenient mode a duplicate id keeps the first.
    private Dictionary<string, OrgUnit> ConvertUnits(List<UnitDocument?> documents)
    {
        var units = new Dictionary<string, OrgUnit>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var path = $"$.units[{i}]";
            if (documents[i] is not { } d)
            {
                Problem(path, "is null; expected a unit object.");
                continue;
            }

            var id = RequiredId(d.Id, path + ".id");
            var name = RequiredText(d.Name, path + ".name");
            var parentId = OptionalId(d.ParentId, path + ".parentId");
            if (id is null || name is null)
            {
                continue;
            }

            if (OkrRules.UnitParent(id, parentId) is { } badParent)
            {
                Problem(path + ".parentId", badParent);
                continue;
            }

            if (!units.TryAdd(id, new OrgUnit(id, name, parentId)) && _strict)
            {
                Problem(path + ".id", $"'{id}' is used by another unit; unit ids must be unique.");
            }
        }

        if (_strict)
        {
            var index = 0;
            foreach (var unit in units.Values)
            {
                if (unit.ParentId is { } parent && !units.ContainsKey(parent))
                {
                    Problem($"$.units[{IndexOf(documents, unit.Id, index)}].parentId", $"'{parent}' is not the id of any unit.");
                }

                index++;
            }

            foreach (var cycle in ParentLinks.Cycles(units.Values.Select(static u => (u.Id, u.ParentId))))
            {
                Problem("$.units", $"the parent links of units {string.Join(" -> ", cycle)} form a cycle.");
            }
        }

        return units;
    }

    private Dictionary<string, OkrPeriod> ConvertPeriods(List<PeriodDocument?> documents)
    {
        var periods = new Dictionary<string, OkrPeriod>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var path = $"$.periods[{i}]";
            if (documents[i] is not { } d)
            {
                Problem(path, "is null; expected a period object.");
                continue;
            }

            var id = RequiredId(d.Id, path + ".id");
            var start = RequiredDate(d.Start, path + ".start");
            var end = RequiredDate(d.End, path + ".end");
            if (id is null || start is null || end is null)
            {
                continue;
            }

            if (OkrRules.PeriodEnd(start.Value, end.Value) is { } badEnd)
            {
                Problem(path + ".end", badEnd);
                continue;
            }

            if (!periods.TryAdd(id, new OkrPeriod(id, start.Value, end.Value)) && _strict)
            {
                Problem(path + ".id", $"'{id}' is used by another period; period ids must be unique.");
            }
        }

        return periods;
    }

    private void ConvertObjective(ObjectiveDocument? d, int i, Dictionary<string, OrgUnit> units, Dictionary<string, OkrPeriod> periods)
    {
        var path = ProblemPath.Objective(i);
        if (d is null)
        {
            Problem(path, "is null; expected an objective object.");
            return;
        }

        var before = _problems.Count;
        var id = RequiredId(d.Id, path + ".id");
        var title = RequiredText(d.Title, path + ".title");
        var unitId = RequiredId(d.UnitId, path + ".unitId");
        var periodId = RequiredId(d.PeriodId, path + ".periodId");
        var parentId = OptionalId(d.ParentId, path + ".parentId");
        var type = ObjectiveType.Committed;
        if (d.Type is not null && !JsonNames.TryParse(d.Type, out type))
        {
            Problem(path + ".type", $"'{d.Type}' is not an objective type; expected committed or aspirational.");
        }

        var weight = Weight(d.Weight, path + ".weight");
        if (id is not null && ObjectiveRules.Parent(id, parentId) is { } badParent)
        {
            Problem(path + ".parentId", badParent);
        }

        var parents = ConvertParents(d, path, id, parentId);

        if (id is not null)
        {
            _objectiveIndex.TryAdd(id, i);
            if (!_objectiveIds.Add(id) && _strict)
            {
                Problem(path + ".id", $"'{id}' is used by another objective; objective ids must be unique.");
            }
        }

        OkrPeriod? period = null;
        if (_strict)
        {
            if (unitId is not null && !units.ContainsKey(unitId))
            {
                Problem(path + ".unitId", $"'{unitId}' is not the id of any unit.");
            }

            if (periodId is not null && !periods.TryGetValue(periodId, out period))
            {
                Problem(path + ".periodId", $"'{periodId}' is not the id of any period.");
            }
        }
        else if (periodId is not null)
        {
            periods.TryGetValue(periodId, out period);
        }

        // The unit's and period's own id strings, so that 100,000 objectives share them.
        if (unitId is not null && units.TryGetValue(unitId, out var unit))
        {
            unitId = unit.Id;
        }

        if (period is not null)
        {
            periodId = period.Id;
        }

        var keyResults = new List<KeyResult>();
        var kinds = d.KeyResults ?? [];
        for (var k = 0; k < kinds.Count; k++)
        {
            if (kinds[k]?.MetricId is { } metricId)
            {
                _keyResultMetrics.Add((i, k, metricId));
            }

            var keyResult = ConvertKeyResult(kinds[k], path.KeyResult(k), period, _keyResultIds, id ?? "?");
            if (keyResult is not null)
            {
                keyResults.Add(keyResult);
            }
        }

        if (keyResults.Count == kinds.Count && ObjectiveRules.KeyResultWeights(keyResults.ConvertAll(static kr => kr.Weight)) is { } badWeights)
        {
            Problem(path + ".keyResults", badWeights);
        }

        if (_problems.Count == before)
        {
            _objectives.Add(new Objective(id!, title!, unitId!, periodId!, keyResults, parents is null ? parentId : null, type, weight, parents));
        }
    }

    private void CheckObjectives()
    {
        if (!_strict)
        {
            return;
        }

        var objectives = _objectives;
        for (var i = 0; i < objectives.Count; i++)
        {
            var objective = objectives[i];
            for (var p = 0; p < objective.Parents.Count; p++)
            {
                var parent = objective.Parents[p].ObjectiveId;
                if (!_objectiveIds.Contains(parent))
                {
                    var field = objective.HasParentList ? $"parentIds[{p}]" : "parentId";
                    Problem($"$.objectives[{_objectiveIndex.GetValueOrDefault(objective.Id, -1)}].{field}", $"'{parent}' is not the id of any objective.");
                }
            }
        }

        foreach (var cycle in ParentLinks.Cycles(objectives.Select(static o => (o.Id, (IReadOnlyList<string>)o.Parents.Select(static p => p.ObjectiveId).ToArray()))))
        {
            Problem("$.objectives", $"the parent links of objectives {string.Join(" -> ", cycle)} form a cycle.");
        }
    }

    /// <summary>The parents of <c>parentIds</c> (with <c>parentShares</c>, or equal shares 1/k without), or null when the objective has none or one <c>parentId</c>.</summary>
    private List<ObjectiveParent>? ConvertParents(ObjectiveDocument d, ProblemPath path, string? id, string? parentId)
    {
        if (d.ParentIds is null)
        {
            if (d.ParentShares is not null)
            {
                Problem(path + ".parentShares", "is given without parentIds; remove it or add parentIds.");
            }

            return null;
        }

        if (parentId is not null)
        {
            Problem(path + ".parentIds", "is given together with parentId; give one parentId or a list of parentIds, not both.");
            return null;
        }

        if (d.ParentShares is { } shares && shares.Count != d.ParentIds.Count)
        {
            Problem(path + ".parentShares", $"has {shares.Count} share(s) for {d.ParentIds.Count} parentIds; give one share per parent.");
            return null;
        }

        var before = _problems.Count;
        var parents = new List<ObjectiveParent>(d.ParentIds.Count);
        for (var p = 0; p < d.ParentIds.Count; p++)
        {
            var parent = RequiredId(d.ParentIds[p], $"{path}.parentIds[{p}]");
            var share = d.ParentShares is { } given ? given[p] : 1.0 / d.ParentIds.Count;
            if (share is not { } value)
            {
                Problem($"{path}.parentShares[{p}]", "is null; expected a number in (0, 1].");
            }
            else if (ObjectiveRules.Share(value) is { } badShare)
            {
                Problem($"{path}.parentShares[{p}]", badShare);
            }
            else if (parent is not null)
            {
                parents.Add(new ObjectiveParent(parent, value));
            }
        }

        if (_problems.Count == before && ObjectiveRules.Parents(id ?? "?", parents) is { } badParents)
        {
            Problem(path + (badParents.Contains("shares sum", StringComparison.Ordinal) ? ".parentShares" : ".parentIds"), badParents);
        }

        return parents;
    }

    private KeyResult? ConvertKeyResult(KeyResultDocument? d, ProblemPath path, OkrPeriod? period, Dictionary<string, string> keyResultIds, string objectiveId)
    {
        if (d is null)
        {
            Problem(path, "is null; expected a key result object.");
            return null;
        }

        var before = _problems.Count;
        var id = RequiredId(d.Id, path + ".id");
        var title = RequiredText(d.Title, path + ".title");
        var metricId = OptionalId(d.MetricId, path + ".metricId");
        var weight = Weight(d.Weight, path + ".weight");
        if (!JsonNames.TryParse(d.Kind, out KeyResultKind kind))
        {
            Problem(path + ".kind", d.Kind is null
                ? "is missing; expected increase, decrease, atLeast, atMost or milestone."
                : $"'{d.Kind}' is not a key result kind; expected increase, decrease, atLeast, atMost or milestone.");
            return null;
        }

        if (id is not null && !keyResultIds.TryAdd(id, objectiveId) && (_strict || keyResultIds[id] == objectiveId))
        {
            Problem(path + ".id", $"'{id}' is used by another key result (in objective '{keyResultIds[id]}'); key result ids must be unique.");
        }

        CheckKindFields(d, kind, path);
        KeyResultRollup? rollup = null;
        if (d.Rollup is not null)
        {
            if (JsonNames.TryParseCamel(d.Rollup, out KeyResultRollup parsed))
            {
                rollup = parsed;
            }
            else
            {
                Problem(path + ".rollup", $"'{d.Rollup}' is not a roll-up; expected {JsonNames.AllCamel<KeyResultRollup>()}.");
            }
        }

        var guardrailMetricId = OptionalId(d.GuardrailMetricId, path + ".guardrailMetricId");
        foreach (var violation in KeyResultRules.Extensions(kind, metricId, rollup, guardrailMetricId, d.GuardrailMargin ?? 0))
        {
            Problem($"{path}.{violation.Field}", violation.Message);
        }

        var checkIns = new List<CheckIn>();
        var list = d.CheckIns ?? [];
        for (var c = 0; c < list.Count; c++)
        {
            var checkIn = ConvertCheckIn(list[c], path.CheckIn(c), kind, period);
            if (checkIn is not null)
            {
                checkIns.Add(checkIn);
            }
        }

        if (_problems.Count != before)
        {
            return null;
        }

        return new KeyResult(id!, title!, kind, d.Baseline, d.Target, d.Threshold, weight, metricId, checkIns, rollup, guardrailMetricId, d.GuardrailMargin ?? 0);
    }

    private void CheckKindFields(KeyResultDocument d, KeyResultKind kind, ProblemPath path)
    {
        foreach (var violation in KeyResultRules.KindFields(kind, d.Baseline, d.Target, d.Threshold))
        {
            Problem($"{path}.{violation.Field}", violation.Message);
        }
    }

    private CheckIn? ConvertCheckIn(CheckInDocument? d, ProblemPath path, KeyResultKind kind, OkrPeriod? period)
    {
        if (d is null)
        {
            Problem(path, "is null; expected a check-in object.");
            return null;
        }

        var before = _problems.Count;
        var date = RequiredDate(d.Date, path + ".date");
        if (date is { } given && CheckInRules.Date(given) is { } badDate)
        {
            // The CheckIn constructor's rule, reported here at its path rather than thrown.
            Problem(path + ".date", badDate);
        }

        if (d.Value is not { } value)
        {
            Problem(path + ".value", "is missing; expected a number.");
        }
        else if ((CheckInRules.Value(value) ?? KeyResultRules.CheckInValue(kind, value)) is { } badValue)
        {
            Problem(path + ".value", badValue);
        }

        if (CheckInRules.Confidence(d.Confidence) is { } badConfidence)
        {
            Problem(path + ".confidence", badConfidence);
        }

        if (date is { } day && day != DateOnly.MinValue && period is not null && !period.Contains(day))
        {
            Problem(path + ".date", $"({d.Date}) is outside the objective's period '{period.Id}' ({period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd}).");
        }

        return _problems.Count == before ? new CheckIn(date!.Value, d.Value!.Value, d.Confidence, d.Note) : null;
    }

    private static int IndexOf(List<UnitDocument?> documents, string id, int fallback)
    {
        var i = documents.FindIndex(d => d?.Id == id);
        return i >= 0 ? i : fallback;
    }
}
