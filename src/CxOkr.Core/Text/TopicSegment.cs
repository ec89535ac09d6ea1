namespace CxOkr.Text;

/// <summary>The topic measures within one segment (responses with the same value in the segment column).</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class TopicSegment
{
    internal TopicSegment()
    {
    }

    /// <summary>The segment's value.</summary>
    public string Segment { get; internal init; } = string.Empty;

    /// <summary>Responses in the segment.</summary>
    public int NResponses { get; internal init; }

    /// <summary>Responses in the segment with a non-empty comment.</summary>
    public int NWithText { get; internal init; }

    /// <summary>Comments in the segment that no topic matched.</summary>
    public int Untagged { get; internal init; }

    /// <summary>Responses in the segment with a score.</summary>
    public int NScored { get; internal init; }

    /// <summary>The segment's score over its scored responses; <see langword="null"/> without a score or when none has one.</summary>
    public double? Score { get; internal init; }

    /// <summary>Each topic's measures within the segment, in topic order; impacts are on the segment's score.</summary>
    public IReadOnlyList<TopicMeasure> Topics { get; internal init; } = [];
}
