using System.Text.Json;
using CxOkr.Okrs;
using CxOkr.Serialization;

namespace CxOkr.Tests.Okrs;

/// <summary>Check-in values near the largest double score to finite numbers that the JSON writer accepts.</summary>
public sealed class ExtremeCheckInTests
{
    private static readonly OkrPeriod Q4 = new("q4", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));

    [Fact]
    public void Values_near_the_largest_double_forecast_without_overflow()
    {
        // Before: the sum of the values overflowed to Infinity, the forecast was Infinity or NaN and ResultJson refused it.
        var keyResult = KeyResult.Increase("kr", "Grow", 1.0e308, 1.7e308)
            .WithCheckIn(new CheckIn(new DateOnly(2026, 10, 15), 1.05e308))
            .WithCheckIn(new CheckIn(new DateOnly(2026, 11, 1), 1.1e308));

        var score = new OkrScorer().ScoreKeyResult(keyResult, Q4, ObjectiveType.Committed, new DateOnly(2026, 11, 2));

        Assert.NotNull(score.Forecast);
        Assert.True(double.IsFinite(score.Forecast!.Value) && score.Forecast.Value > 1.1e308 && score.Forecast.Value < 1.7e308, $"forecast {score.Forecast.Value}");
        Assert.True(double.IsFinite(score.Forecast.Progress));
        AssertFiniteJson(keyResult);
    }

    [Fact]
    public void A_trend_leaving_the_range_of_doubles_has_no_forecast_rather_than_an_infinite_one()
    {
        var keyResult = KeyResult.Increase("kr", "Grow", 0, 1.0e308)
            .WithCheckIn(new CheckIn(new DateOnly(2026, 10, 2), 1.0e308))
            .WithCheckIn(new CheckIn(new DateOnly(2026, 10, 3), 1.7e308));

        var score = new OkrScorer().ScoreKeyResult(keyResult, Q4, ObjectiveType.Committed, new DateOnly(2026, 10, 3));

        Assert.Null(score.Forecast);
        Assert.True(double.IsFinite(score.Progress));
        AssertFiniteJson(keyResult);
    }

    [Fact]
    public void A_value_far_past_a_tiny_target_range_saturates_its_progress_instead_of_reaching_infinity()
    {
        var keyResult = KeyResult.Increase("kr", "Grow", 0, 1e-300)
            .WithCheckIn(new CheckIn(new DateOnly(2026, 10, 15), 1e100));

        var score = new OkrScorer().ScoreKeyResult(keyResult, Q4, ObjectiveType.Committed, new DateOnly(2026, 10, 16));

        Assert.Equal(double.MaxValue, score.Progress);
        Assert.Equal(1, score.Score);
        AssertFiniteJson(keyResult);
    }

    private static void AssertFiniteJson(KeyResult keyResult)
    {
        var objective = new Objective("o", "Objective", "cx", "q4", [keyResult]);
        var json = ResultJson.ToJson(new OkrScorer().Score([objective], [Q4], new DateOnly(2026, 11, 2)));
        using var document = JsonDocument.Parse(json);
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
    }
}
