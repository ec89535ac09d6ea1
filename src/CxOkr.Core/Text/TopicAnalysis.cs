using CxOkr.Journeys;

namespace CxOkr.Text;

/// <summary>
/// The result of a <see cref="TopicAnalyzer"/>: how many responses have a comment, how many comments each topic
/// tags, what the tagged respondents do to the score, a regression of the score on all topics, and the same per segment.
/// </summary>
/// <remarks>Formulas in docs/topics.md. Holds no NaN or infinity: what cannot be computed is <see langword="null"/>.</remarks>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class TopicAnalysis
{
    internal TopicAnalysis()
    {
    }

    /// <summary>The comment column.</summary>
    public string TextColumn { get; internal init; } = string.Empty;

    /// <summary>The score column, or <see langword="null"/>.</summary>
    public string? ScoreColumn { get; internal init; }

    /// <summary>How the score was summarised (<see cref="Calculation.Nps"/> or <see cref="Calculation.Mean"/>), or <see langword="null"/> without a score column.</summary>
    public Calculation? Calculation { get; internal init; }

    /// <summary>The segment column, or <see langword="null"/>.</summary>
    public string? SegmentColumn { get; internal init; }

    /// <summary>The weight column, or <see langword="null"/>.</summary>
    public string? WeightColumn { get; internal init; }

    /// <summary>The name of the word segmenter used (<see cref="IWordSegmenter.Name"/>).</summary>
    public string Segmenter { get; internal init; } = string.Empty;

    /// <summary>Responses (rows) read.</summary>
    public int NResponses { get; internal init; }

    /// <summary>Responses with a non-empty comment.</summary>
    public int NWithText { get; internal init; }

    /// <summary>Comments no topic matched: where the next topics are to be found.</summary>
    public int Untagged { get; internal init; }

    /// <summary>
    /// Comments with text in a script written without spaces that the segmenter split only approximately (the core's
    /// segmenter, for Thai, Lao, Khmer, Myanmar, Chinese or Japanese): their terms may also match inside longer words.
    /// 0 with the ICU segmenter of CxOkr.Text.Icu.
    /// </summary>
    public int ApproximateComments { get; internal init; }

    /// <summary>Responses with a score.</summary>
    public int NScored { get; internal init; }

    /// <summary>The score over all scored responses; <see langword="null"/> without a score or when none has one.</summary>
    public double? Score { get; internal init; }

    /// <summary>Each topic's measures, in topic order.</summary>
    public IReadOnlyList<TopicMeasure> Topics { get; internal init; } = [];

    /// <summary>The regression of the score on the topics' 0/1 indicators over every scored response, in topic order; empty without a score or when it cannot be fitted (see <see cref="RegressionProblem"/>).</summary>
    public IReadOnlyList<TopicCoefficient> Regression { get; internal init; } = [];

    /// <summary>The regression's intercept: the score of a response tagged with no topic; <see langword="null"/> when there is no regression.</summary>
    public double? RegressionIntercept { get; internal init; }

    /// <summary>The regression's R²; <see langword="null"/> when there is no regression.</summary>
    public double? RegressionRSquared { get; internal init; }

    /// <summary>Why there is no regression although there is a score (too few scored responses, a constant score, no topic that varies, an exact fit); otherwise <see langword="null"/>.</summary>
    public string? RegressionProblem { get; internal init; }

    /// <summary>The measures per segment, in order of first appearance; empty without a segment column. Rows with an empty segment cell are in no segment.</summary>
    public IReadOnlyList<TopicSegment> Segments { get; internal init; } = [];
}
