using System.Text.Json.Serialization;
using CxOkr.Journeys;
using CxOkr.Text;

namespace CxOkr.Serialization;

// The JSON shape of a TopicAnalysis as `cxokr topics --format json` prints it (docs/topics.md): the issue's
// fields first (nResponses, nWithText, untagged, topics with npsWith/npsWithout/npsImpact, or meanWith/meanWithout/
// meanImpact for a mean score, regression with coefficient, standardError, p), then the rest. A topic's score fields
// are there exactly when there is a score column (and then even when null: no tagged response has a score), hence the
// derived DTOs, as MetricResultJson does it. `regressionProblem` only when the regression could not be fitted,
// `segmentColumn` and `segments` only with a segment column.
#pragma warning disable SA1402 // one file for the topic analysis DTOs: they only make sense together

internal sealed class TopicAnalysisJson
{
    public int NResponses { get; set; }

    public int NWithText { get; set; }

    public int Untagged { get; set; }

    public int ApproximateComments { get; set; }

    public string Segmenter { get; set; } = string.Empty;

    public string TextColumn { get; set; } = string.Empty;

    public string? ScoreColumn { get; set; }

    public string? Calculation { get; set; }

    public string? WeightColumn { get; set; }

    public int NScored { get; set; }

    public double? Overall { get; set; }

    public List<TopicMeasureJson> Topics { get; set; } = [];

    public List<TopicCoefficientJson> Regression { get; set; } = [];

    public double? Intercept { get; set; }

    public double? RSquared { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RegressionProblem { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SegmentColumn { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<TopicSegmentJson>? Segments { get; set; }

    public static TopicAnalysisJson From(TopicAnalysis analysis) => new()
    {
        NResponses = analysis.NResponses,
        NWithText = analysis.NWithText,
        Untagged = analysis.Untagged,
        ApproximateComments = analysis.ApproximateComments,
        Segmenter = analysis.Segmenter,
        TextColumn = analysis.TextColumn,
        ScoreColumn = analysis.ScoreColumn,
        Calculation = analysis.Calculation is { } c ? JsonNames.Camel(c) : null,
        WeightColumn = analysis.WeightColumn,
        NScored = analysis.NScored,
        Overall = analysis.Score,
        Topics = analysis.Topics.Select(t => TopicMeasureJson.From(t, analysis.Calculation)).ToList(),
        Regression = analysis.Regression.Select(TopicCoefficientJson.From).ToList(),
        Intercept = analysis.RegressionIntercept,
        RSquared = analysis.RegressionRSquared,
        RegressionProblem = analysis.RegressionProblem,
        SegmentColumn = analysis.SegmentColumn,
        Segments = analysis.SegmentColumn is null ? null : analysis.Segments.Select(s => TopicSegmentJson.From(s, analysis.Calculation)).ToList(),
    };
}

internal sealed class TopicSegmentJson
{
    public string Segment { get; set; } = string.Empty;

    public int NResponses { get; set; }

    public int NWithText { get; set; }

    public int Untagged { get; set; }

    public int NScored { get; set; }

    public double? Overall { get; set; }

    public List<TopicMeasureJson> Topics { get; set; } = [];

    public static TopicSegmentJson From(TopicSegment segment, Calculation? calculation) => new()
    {
        Segment = segment.Segment,
        NResponses = segment.NResponses,
        NWithText = segment.NWithText,
        Untagged = segment.Untagged,
        NScored = segment.NScored,
        Overall = segment.Score,
        Topics = segment.Topics.Select(t => TopicMeasureJson.From(t, calculation)).ToList(),
    };
}

[JsonDerivedType(typeof(NpsTopicMeasureJson))]
[JsonDerivedType(typeof(MeanTopicMeasureJson))]
internal class TopicMeasureJson
{
    [JsonPropertyOrder(1)]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyOrder(2)]
    public string Name { get; set; } = string.Empty;

    [JsonPropertyOrder(3)]
    public int Count { get; set; }

    [JsonPropertyOrder(4)]
    public double Share { get; set; }

    public static TopicMeasureJson From(TopicMeasure measure, Calculation? calculation)
    {
        TopicMeasureJson json = calculation switch
        {
            Journeys.Calculation.Nps => new NpsTopicMeasureJson { NpsWith = measure.With, NpsWithout = measure.Without, NpsImpact = measure.Impact, ScoredWith = measure.ScoredWith },
            Journeys.Calculation.Mean => new MeanTopicMeasureJson { MeanWith = measure.With, MeanWithout = measure.Without, MeanImpact = measure.Impact, ScoredWith = measure.ScoredWith },
            _ => new TopicMeasureJson(),
        };
        json.Id = measure.Id;
        json.Name = measure.Name;
        json.Count = measure.Count;
        json.Share = measure.Share;
        return json;
    }
}

internal sealed class NpsTopicMeasureJson : TopicMeasureJson
{
    [JsonPropertyOrder(5)]
    public double? NpsWith { get; set; }

    [JsonPropertyOrder(6)]
    public double? NpsWithout { get; set; }

    [JsonPropertyOrder(7)]
    public double? NpsImpact { get; set; }

    [JsonPropertyOrder(8)]
    public int ScoredWith { get; set; }
}

internal sealed class MeanTopicMeasureJson : TopicMeasureJson
{
    [JsonPropertyOrder(5)]
    public double? MeanWith { get; set; }

    [JsonPropertyOrder(6)]
    public double? MeanWithout { get; set; }

    [JsonPropertyOrder(7)]
    public double? MeanImpact { get; set; }

    [JsonPropertyOrder(8)]
    public int ScoredWith { get; set; }
}

internal sealed record TopicCoefficientJson(string Id, double? Coefficient, double? StandardError, double? P)
{
    public static TopicCoefficientJson From(TopicCoefficient coefficient) =>
        new(coefficient.Id, coefficient.Coefficient, coefficient.StandardError, coefficient.P);
}
