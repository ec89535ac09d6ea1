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

    /// <summary>Writes the same JSON as serializing <see cref="From"/>, one objective at a time (no document of the whole scorecard).</summary>
    public static void Write(System.Text.Json.Utf8JsonWriter writer, OkrScorecard scorecard)
    {
        const int FlushAt = 64 * 1024;
        writer.WriteStartObject();
        writer.WriteString("asOf", Date(scorecard.AsOf));
        writer.WriteStartArray("objectives");
        foreach (var objective in scorecard.Objectives)
        {
            System.Text.Json.JsonSerializer.Serialize(writer, ObjectiveScoreJson.From(objective), ResultJsonContext.Default.ObjectiveScoreJson);
            if (writer.BytesPending > FlushAt)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("achievements");
        foreach (var achievement in scorecard.Achievements)
        {
            System.Text.Json.JsonSerializer.Serialize(writer, AchievementJson.From(achievement), ResultJsonContext.Default.AchievementJson);
            if (writer.BytesPending > FlushAt)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal sealed record ObjectiveScoreJson(
    string Id,
    double? Score,
    string? Grade,
    string? Status,
    double ExpectedProgress,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NoScoreReason,
    IReadOnlyList<KeyResultScoreJson> KeyResults,
    double? AttainmentProbability,
    double? AttainmentProbabilityError,
    double? Confidence,
    IReadOnlyList<string> StaleKeyResults,
    string? StatusReason)
{
    public static ObjectiveScoreJson From(ObjectiveScore objective) => new(
        objective.ObjectiveId,
        objective.Score,
        objective.Grade is { } grade ? JsonNames.Of(grade) : null,
        objective.Status is { } status ? JsonNames.Of(status) : null,
        objective.ExpectedProgress,
        objective.NoScoreReason,
        objective.KeyResults.Select(KeyResultScoreJson.From).ToList(),
        objective.AttainmentProbability,
        objective.AttainmentProbabilityError,
        objective.Confidence,
        objective.StaleKeyResults,
        objective.StatusReason);
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
    ForecastJson? Forecast,
    double? AttainmentProbability,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NoProbabilityReason,
    bool Stale,
    int? DaysSinceCheckIn,
    string? StatusReason,
    GuardrailJson? Guardrail,
    double? SuggestedWeight)
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
        score.Forecast is { } f ? new ForecastJson(f.Value, f.Progress, f.Score) : null,
        score.AttainmentProbability,
        score.NoProbabilityReason,
        score.Stale,
        score.DaysSinceCheckIn,
        score.StatusReason,
        score.Guardrail is { } g ? new GuardrailJson(g.MetricId, g.Margin, g.Start, g.Current, g.Breached, g.Source) : null,
        score.SuggestedWeight);
}

internal sealed record ForecastJson(double Value, double Progress, double Score);

internal sealed record GuardrailJson(string MetricId, double Margin, double? Start, double? Current, bool? Breached, string? Source);

internal sealed record AchievementJson(
    string Date,
    string Kind,
    string SubjectId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Level)
{
    public static AchievementJson From(Achievement achievement) => new(
        ScorecardJson.Date(achievement.Date), JsonNames.Of(achievement.Kind), achievement.SubjectId, achievement.Level);
}
