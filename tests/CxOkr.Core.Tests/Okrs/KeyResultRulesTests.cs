using CxOkr.Okrs;
using CxOkr.Serialization;

namespace CxOkr.Tests.Okrs;

/// <summary>A key result, check-in or objective invalid in code is invalid in a document, with the same message.</summary>
public sealed class KeyResultRulesTests
{
    [Theory]
    [InlineData("increase", null, 5.0, null, "baseline", "is required for an increase key result.")]
    [InlineData("increase", 6.0, 5.0, null, "target", "(5) must be above baseline (6) for an increase key result.")]
    [InlineData("decrease", 5.0, 5.0, null, "target", "(5) must be below baseline (5) for a decrease key result.")]
    [InlineData("increase", 0.0, 1.0, 3.0, "threshold", "does not apply to an increase key result; remove it.")]
    [InlineData("atLeast", null, null, null, "threshold", "is required for an atLeast key result.")]
    [InlineData("atMost", 1.0, null, 2.0, "baseline", "does not apply to an atMost key result; remove it.")]
    [InlineData("milestone", null, 2.5, null, "target", "does not apply to a milestone key result; remove it.")]
    public void Kind_fields_invalid_in_code_are_invalid_in_a_document_with_the_same_message(string kind, double? baseline, double? target, double? threshold, string field, string message)
    {
        Assert.True(JsonNames.TryParse(kind, out KeyResultKind parsed));
        var ex = Assert.Throws<ArgumentException>(() => new KeyResult("kr", "t", parsed, baseline, target, threshold));
        Assert.StartsWith($"Key result 'kr': {field} {message}", ex.Message, StringComparison.Ordinal);
        Assert.Equal(field, ex.ParamName);

        var problem = ReadProblem(KeyResultJson(kind, baseline, target, threshold, checkIn: null));
        Assert.Equal(($"$.objectives[0].keyResults[0].{field}", message), (problem.Path, problem.Message));
    }

    [Fact]
    public void Milestone_check_in_value_is_refused_with_the_same_message_in_code_in_a_document_and_by_the_stores()
    {
        const string Message = "(0.5) must be 0 (not done) or 1 (done) for a milestone.";
        var ex = Assert.Throws<ArgumentException>(() => KeyResult.Milestone("kr", "t", checkIns: [new CheckIn(new DateOnly(2026, 10, 2), 0.5)]));
        Assert.StartsWith($"Key result 'kr': checkIns[0].value {Message}", ex.Message, StringComparison.Ordinal);

        var store = Assert.Throws<ArgumentException>(() => CxOkr.Storage.StoreRules.CheckValueFits("kr", KeyResultKind.Milestone, 0.5));
        Assert.StartsWith($"Key result 'kr': the check-in value {Message}", store.Message, StringComparison.Ordinal);

        var problem = ReadProblem(KeyResultJson("milestone", null, null, null, checkIn: "{\"date\": \"2026-10-02\", \"value\": 0.5}"));
        Assert.Equal(("$.objectives[0].keyResults[0].checkIns[0].value", Message), (problem.Path, problem.Message));
    }

    [Fact]
    public void Check_in_confidence_and_default_date_are_refused_with_the_same_message_in_code_and_in_a_document()
    {
        var confidence = Assert.Throws<ArgumentOutOfRangeException>(() => new CheckIn(new DateOnly(2026, 10, 2), 1, 1.5));
        var problem = ReadProblem(KeyResultJson("atLeast", null, null, 1, checkIn: "{\"date\": \"2026-10-02\", \"value\": 1, \"confidence\": 1.5}"));
        Assert.Equal("$.objectives[0].keyResults[0].checkIns[0].confidence", problem.Path);
        Assert.StartsWith($"confidence {problem.Message}", confidence.Message, StringComparison.Ordinal);

        var date = Assert.Throws<ArgumentOutOfRangeException>(() => new CheckIn(default, 1));
        problem = ReadProblem(KeyResultJson("atLeast", null, null, 1, checkIn: "{\"date\": \"0001-01-01\", \"value\": 1}"), WorkspaceReadMode.Lenient);
        Assert.Equal("$.objectives[0].keyResults[0].checkIns[0].date", problem.Path);
        Assert.StartsWith($"date {problem.Message}", date.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Objective_rules_give_the_same_message_in_code_and_in_a_document()
    {
        var zero = Assert.Throws<ArgumentException>(() => new Objective("o", "t", "u", "p", [KeyResult.Milestone("a", "a", 0)]));
        var problem = ReadProblem(KeyResultJson("milestone", null, null, null, checkIn: null).Replace("\"kind\"", "\"weight\": 0, \"kind\"", StringComparison.Ordinal));
        Assert.Equal("$.objectives[0].keyResults", problem.Path);
        Assert.StartsWith($"Objective 'o': {problem.Message}", zero.Message, StringComparison.Ordinal);

        var self = Assert.Throws<ArgumentException>(() => new Objective("o", "t", "u", "p", parentId: "o"));
        problem = ReadProblem(KeyResultJson("milestone", null, null, null, checkIn: null).Replace("\"parentId\": null", "\"parentId\": \"o\"", StringComparison.Ordinal), WorkspaceReadMode.Lenient);
        Assert.Equal("$.objectives[0].parentId", problem.Path);
        Assert.StartsWith($"Objective 'o': parentId {problem.Message}", self.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weight_period_and_unit_rules_give_the_same_message_in_code_and_in_a_document()
    {
        var json = KeyResultJson("milestone", null, null, null, checkIn: null);
        var weight = Assert.Throws<ArgumentOutOfRangeException>(() => KeyResult.Milestone("kr", "t", -0.5));
        var problem = ReadProblem(json.Replace("\"kind\"", "\"weight\": -0.5, \"kind\"", StringComparison.Ordinal));
        Assert.Equal("$.objectives[0].keyResults[0].weight", problem.Path);
        Assert.StartsWith($"Key result 'kr': weight {problem.Message}", weight.Message, StringComparison.Ordinal);

        var end = Assert.Throws<ArgumentOutOfRangeException>(() => new OkrPeriod("p", new DateOnly(2026, 12, 31), new DateOnly(2026, 10, 1)));
        problem = ReadProblem(json.Replace("\"start\": \"2026-10-01\", \"end\": \"2026-12-31\"", "\"start\": \"2026-12-31\", \"end\": \"2026-10-01\"", StringComparison.Ordinal), WorkspaceReadMode.Lenient);
        Assert.Equal("$.periods[0].end", problem.Path);
        Assert.StartsWith($"Period 'p': end {problem.Message}", end.Message, StringComparison.Ordinal);

        var unit = Assert.Throws<ArgumentException>(() => new OrgUnit("u", "U", "u"));
        problem = ReadProblem(json.Replace("\"name\": \"U\", \"parentId\": null", "\"name\": \"U\", \"parentId\": \"u\"", StringComparison.Ordinal), WorkspaceReadMode.Lenient);
        Assert.Equal("$.units[0].parentId", problem.Path);
        Assert.StartsWith($"Unit 'u': parentId {problem.Message}", unit.Message, StringComparison.Ordinal);
    }

    private static WorkspaceProblem ReadProblem(string json, WorkspaceReadMode mode = WorkspaceReadMode.Strict) =>
        Assert.Single(Assert.Throws<WorkspaceFormatException>(() => WorkspaceReader.Read(json, mode)).Problems);

    private static string KeyResultJson(string kind, double? baseline, double? target, double? threshold, string? checkIn)
    {
        static string Number(double? value) => value is { } v ? v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "null";
        var fields = string.Join(string.Empty, new[] { ("baseline", baseline), ("target", target), ("threshold", threshold) }
            .Where(static f => f.Item2 is not null)
            .Select(f => $", \"{f.Item1}\": {Number(f.Item2)}"));
        var checkIns = checkIn is null ? string.Empty : $", \"checkIns\": [{checkIn}]";
        return $$"""
            {"formatVersion": 1,
             "units": [{"id": "u", "name": "U", "parentId": null}],
             "periods": [{"id": "p", "start": "2026-10-01", "end": "2026-12-31"}],
             "objectives": [{"id": "o", "title": "t", "unitId": "u", "periodId": "p", "parentId": null,
               "keyResults": [{"id": "kr", "title": "t", "kind": "{{kind}}"{{fields}}{{checkIns}}}]}]}
            """;
    }
}
