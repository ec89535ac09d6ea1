namespace CxOkr.Text;

/// <summary>One topic's volume and its effect on the score, over all responses or one segment.</summary>
/// <remarks>
/// With a weight column, <see cref="Share"/> and the scores are weighted (the score through
/// <see cref="Measures.MetricCalculator"/>); <see cref="Count"/> is always a count of responses.
/// </remarks>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class TopicMeasure
{
    internal TopicMeasure()
    {
    }

    /// <summary>The topic's id.</summary>
    public string Id { get; internal init; } = string.Empty;

    /// <summary>The topic's name.</summary>
    public string Name { get; internal init; } = string.Empty;

    /// <summary>Responses tagged with the topic.</summary>
    public int Count { get; internal init; }

    /// <summary>The (weighted) share of the responses with a non-empty comment that are tagged, in [0, 1]; 0 when no response has a comment.</summary>
    public double Share { get; internal init; }

    /// <summary>Tagged responses that have a score.</summary>
    public int ScoredWith { get; internal init; }

    /// <summary>The score (NPS or mean) of the tagged responses with a score; <see langword="null"/> without a score column or when none has one.</summary>
    public double? With { get; internal init; }

    /// <summary>The score of every scored response not tagged (with or without a comment); <see langword="null"/> when there is none.</summary>
    public double? Without { get; internal init; }

    /// <summary>The score of all scored responses minus <see cref="Without"/>: what the topic's respondents move the overall score, in points; <see langword="null"/> when <see cref="Without"/> is.</summary>
    public double? Impact { get; internal init; }

    /// <summary>Up to <see cref="TopicAnalysisOptions.ExampleCount"/> tagged comments, the first in row order, as written.</summary>
    public IReadOnlyList<string> Examples { get; internal init; } = [];
}
