using System.Text.Json;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Okrs;
using CxOkr.Serialization;

namespace CxOkr.Tests.Serialization;

public sealed class ResultJsonTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 15);

    private static OkrScorecard Scorecard(KeyResultScore keyResult, double objectiveScore) =>
        new(AsOf, [new ObjectiveScore("o-1", objectiveScore, Grade.Red, OkrStatus.OffTrack, 1.0 / 3, null, [keyResult])], []);

    [Theory]
    [InlineData(0.69999999)]
    [InlineData(1.0 / 3)]
    [InlineData(0.1 + 0.2)]
    [InlineData(2.220446049250313e-16)]
    public void Scorecard_numbers_are_written_at_full_precision_and_parse_back_bit_for_bit(double value)
    {
        var forecast = new KeyResultForecast(value * 3, value / 7, value);
        var keyResult = new KeyResultScore("kr-1", KeyResultKind.Increase, value, true, value / 3, value, OkrStatus.AtRisk, 1.0 / 3, value, forecast);
        using var json = JsonDocument.Parse(ResultJson.ToJson(Scorecard(keyResult, value)));
        var objective = json.RootElement.GetProperty("objectives")[0];
        var kr = objective.GetProperty("keyResults")[0];
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(objective.GetProperty("score").GetDouble()));
        Assert.Equal(BitConverter.DoubleToInt64Bits(1.0 / 3), BitConverter.DoubleToInt64Bits(objective.GetProperty("expectedProgress").GetDouble()));
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(kr.GetProperty("current").GetDouble()));
        Assert.Equal(BitConverter.DoubleToInt64Bits(value / 3), BitConverter.DoubleToInt64Bits(kr.GetProperty("progress").GetDouble()));
        Assert.Equal(BitConverter.DoubleToInt64Bits(value / 7), BitConverter.DoubleToInt64Bits(kr.GetProperty("forecast").GetProperty("progress").GetDouble()));
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public FsCheck.Property Any_finite_double_is_written_so_that_it_parses_back_bit_for_bit() =>
        FsCheck.Fluent.Prop.ForAll(
            FsCheck.Fluent.ArbMap.Default.ArbFor<FsCheck.NormalFloat>(),
            FsCheck.Fluent.ArbMap.Default.ArbFor<long>(),
            (normal, bits) =>
            {
                // Both ordinary values and arbitrary bit patterns (subnormals, huge exponents), never NaN or infinity.
                var raw = BitConverter.Int64BitsToDouble(bits);
                foreach (var value in new[] { normal.Get, double.IsFinite(raw) ? raw : 0.5 })
                {
                    var keyResult = new KeyResultScore("kr-1", KeyResultKind.Increase, value, true, value, value, OkrStatus.AtRisk, 0.5, null, null);
                    using var json = JsonDocument.Parse(ResultJson.ToJson(Scorecard(keyResult, value)));
                    var kr = json.RootElement.GetProperty("objectives")[0].GetProperty("keyResults")[0];
                    Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(kr.GetProperty("current").GetDouble()));
                    Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(kr.GetProperty("score").GetDouble()));
                }
            });

    [Fact]
    public void Key_result_without_check_in_has_the_baseline_as_current_and_has_check_in_false()
    {
        var keyResult = KeyResult.Increase("kr-reply", "Reply within 24h", baseline: 0.6, target: 0.95);
        var score = new OkrScorer().ScoreKeyResult(keyResult, new OkrPeriod("q4", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), ObjectiveType.Committed, AsOf);
        Assert.Equal(0.6, score.Current);
        Assert.False(score.HasCheckIn);
        Assert.Equal(0, score.Progress);

        using var json = JsonDocument.Parse(ResultJson.ToJson(Scorecard(score, score.Score)));
        var kr = json.RootElement.GetProperty("objectives")[0].GetProperty("keyResults")[0];
        Assert.Equal(0.6, kr.GetProperty("current").GetDouble());
        Assert.False(kr.GetProperty("hasCheckIn").GetBoolean());
    }

    [Fact]
    public void Key_result_with_a_check_in_has_its_value_and_has_check_in_true()
    {
        var keyResult = KeyResult.Increase("kr-reply", "Reply within 24h", 0.6, 0.95, checkIns: [new CheckIn(new DateOnly(2026, 10, 20), 0.7)]);
        var score = new OkrScorer().ScoreKeyResult(keyResult, new OkrPeriod("q4", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), ObjectiveType.Committed, AsOf);
        Assert.Equal(0.7, score.Current);
        Assert.True(score.HasCheckIn);
    }

    [Fact]
    public void Scorecard_has_the_documented_field_names_in_order()
    {
        var keyResult = new KeyResultScore("kr-1", KeyResultKind.AtLeast, null, false, 0, 0, OkrStatus.OffTrack, 0.5, null, null);
        var scorecard = new OkrScorecard(
            AsOf,
            [new ObjectiveScore("o-1", 0.25, Grade.Red, OkrStatus.OffTrack, 0.5, null, [keyResult]), new ObjectiveScore("o-2", null, null, null, 0.5, "no key results", [])],
            [new Achievement(AsOf, AchievementKind.ProgressMilestone, "kr-1", 0.25), new Achievement(AsOf, AchievementKind.ObjectiveAchieved, "o-1")]);
        using var json = JsonDocument.Parse(ResultJson.ToJson(scorecard));
        var root = json.RootElement;
        Assert.Equal(["asOf", "objectives", "achievements"], Names(root));
        // Issue 15 appended attainmentProbability ... statusReason (objectives) and attainmentProbability ... suggestedWeight (key results).
        string[] objectiveAdded = ["attainmentProbability", "attainmentProbabilityError", "confidence", "staleKeyResults", "statusReason"];
        Assert.Equal(["id", "score", "grade", "status", "expectedProgress", "keyResults", .. objectiveAdded], Names(root.GetProperty("objectives")[0]));
        Assert.Equal(["id", "score", "grade", "status", "expectedProgress", "noScoreReason", "keyResults", .. objectiveAdded], Names(root.GetProperty("objectives")[1]));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("objectives")[1].GetProperty("score").ValueKind);
        var kr = root.GetProperty("objectives")[0].GetProperty("keyResults")[0];
        Assert.Equal(["id", "kind", "current", "hasCheckIn", "progress", "score", "status", "expectedProgress", "confidence", "forecast", "attainmentProbability", "stale", "daysSinceCheckIn", "statusReason", "guardrail", "suggestedWeight"], Names(kr));
        Assert.Equal("atLeast", kr.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, kr.GetProperty("current").ValueKind);
        Assert.Equal(JsonValueKind.Null, kr.GetProperty("forecast").ValueKind);
        Assert.Equal(["date", "kind", "subjectId", "level"], Names(root.GetProperty("achievements")[0]));
        Assert.Equal(["date", "kind", "subjectId"], Names(root.GetProperty("achievements")[1]));
    }

    [Fact]
    public void Metric_result_is_one_line_at_full_precision_with_the_documented_fields()
    {
        var definition = new MetricDefinition("csat", "csat", MetricTier.Relationship, MetricScope.None, DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean, null);
        var day = new DateOnly(2026, 10, 1);
        var responses = new[] { 0.0, 0.0, 1.0 }.Select((v, i) => new Response($"r{i}", day, new Dictionary<string, double> { ["csat"] = v })).ToList();
        var result = Assert.Single(ResponseMeasures.Aggregate(definition, responses, Grouping.None, new MeasureOptions()));

        var text = ResultJson.ToJson(result);
        Assert.DoesNotContain('\n', text);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(["metric", "group", "n", "effectiveN", "value", "standardError", "lower", "upper", "confidence", "lowSample"], Names(root));
        Assert.Equal(BitConverter.DoubleToInt64Bits(result.Value), BitConverter.DoubleToInt64Bits(root.GetProperty("value").GetDouble()));
        Assert.Equal(1.0 / 3, root.GetProperty("value").GetDouble());
        Assert.Equal(result.StandardError, root.GetProperty("standardError").GetDouble());
    }

    [Fact]
    public void Grouped_metric_results_are_an_array_with_period_even_when_null()
    {
        var definition = new MetricDefinition("csat", "csat", MetricTier.Relationship, MetricScope.None, DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean, null);
        var day = new DateOnly(2026, 10, 1);
        var responses = Enumerable.Range(0, 6).Select(i => new Response($"r{i}", day, new Dictionary<string, double> { ["csat"] = i }, segments: new Dictionary<string, string> { ["region"] = i % 2 == 0 ? "EU" : "US" })).ToList();
        var results = ResponseMeasures.Aggregate(definition, responses, Grouping.BySegment("region"), new MeasureOptions());

        using var json = JsonDocument.Parse(ResultJson.ToJson(results));
        var first = json.RootElement[0];
        Assert.Equal(["metric", "group", "period", "segment", "n", "effectiveN", "value", "standardError", "lower", "upper", "confidence", "lowSample"], Names(first));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("period").ValueKind);
        Assert.Equal(results.Count, json.RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_non_finite_number_is_refused_rather_than_written_as_null_or_text(double value)
    {
        var keyResult = new KeyResultScore("kr-1", KeyResultKind.Increase, 0.5, true, value, 0, OkrStatus.AtRisk, 0.5, null, null);
        var error = Assert.Throws<InvalidOperationException>(() => ResultJson.ToJson(Scorecard(keyResult, 0)));
        Assert.Contains("cannot represent", error.Message, StringComparison.Ordinal);
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(static p => p.Name).ToArray();
}
