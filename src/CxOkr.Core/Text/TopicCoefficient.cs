namespace CxOkr.Text;

/// <summary>
/// One topic's row of the regression of the score on the 0/1 indicators of all topics (R's <c>lm</c>): the
/// difference in score a tagged response makes with the other topics held fixed. The entries are
/// <see langword="null"/> (R's <c>NA</c>) for an aliased topic: tagged never, always, or exactly when other topics are.
/// </summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class TopicCoefficient
{
    internal TopicCoefficient()
    {
    }

    /// <summary>The topic's id.</summary>
    public string Id { get; internal init; } = string.Empty;

    /// <summary>The coefficient of the topic's indicator, in the unit of the score column (answer points on 0-10 for an NPS question, not NPS points).</summary>
    public double? Coefficient { get; internal init; }

    /// <summary>Its standard error.</summary>
    public double? StandardError { get; internal init; }

    /// <summary>Its t statistic.</summary>
    public double? T { get; internal init; }

    /// <summary>Its two-sided p-value.</summary>
    public double? P { get; internal init; }
}
