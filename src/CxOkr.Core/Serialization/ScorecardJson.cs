using System.Globalization;
using System.Text.Json.Serialization;
using CxOkr.Okrs;

namespace CxOkr.Serialization;

// The JSON shape of an OkrScorecard as docs/cli.md documents it for `cxokr score --format json`.
#pragma warning disable SA1402 // one file for the scorecard's DTOs: they only make sense together

internal sealed record ScorecardJson(string AsOf, IReadOnlyList<ObjectiveScoreJson> Objectives, IReadOnlyList<AchievementJson> Achievements)
{
    public static ScorecardJson From(OkrScorecard scorecard) => new(
        Date(scorecard.AsOf),
        scorecard.Objectives.Select(ObjectiveScoreJson.From).ToList(),
        scorecard.Achievements.Select(AchievementJson.From).ToList());

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal sealed record ObjectiveScoreJson(
    string Id,
    double? Score,
    string? Grade,
    string? Status,
    double ExpectedProgress,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NoScoreReason,
    IReadOnlyList<KeyResultScoreJson> KeyResults)
{
    public static ObjectiveScoreJson From(ObjectiveScore objective) => new(
        objective.ObjectiveId,
        objective.Score,
        objective.Grade is { } grade ? JsonNames.Of(grade) : null,
        objective.Status is { } status ? JsonNames.Of(status) : null,
        objective.ExpectedProgress,
        objective.NoScoreReason,
        objective.KeyResults.Select(KeyResultScoreJson.From).ToList());
}

internal sealed record KeyResultScoreJson(
    string Id,
    string Kind,
    double? Current,
    bool HasCheckIn,
    double Progress,
    double Score,
    string Status,
    double ExpectedProgress,
    double? Confidence,
    ForecastJson? Forecast)
{
    public static KeyResultScoreJson From(KeyResultScore score) => new(
        score.KeyResultId,
        JsonNames.Of(score.Kind),
        score.Current,
        score.HasCheckIn,
        score.Progress,
        score.Score,
        JsonNames.Of(score.Status),
        score.ExpectedProgress,
        score.Confidence,
        score.Forecast is { } f ? new ForecastJson(f.Value, f.Progress, f.Score) : null);
}

internal sealed record ForecastJson(double Value, double Progress, double Score);

internal sealed record AchievementJson(
    string Date,
    string Kind,
    string SubjectId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Level)
{
    public static AchievementJson From(Achievement achievement) => new(
        ScorecardJson.Date(achievement.Date), JsonNames.Of(achievement.Kind), achievement.SubjectId, achievement.Level);
}
