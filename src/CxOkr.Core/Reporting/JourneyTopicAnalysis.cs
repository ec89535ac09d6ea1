using CxOkr.Text;

namespace CxOkr.Reporting;

/// <summary>Topics of one journey's comments: volume, NPS with and without each topic, impact and example comments.</summary>
/// <param name="JourneyId">The journey.</param>
/// <param name="ScoreMetricId">The NPS metric the impacts are measured on, or <see langword="null"/> when the responses carry none (volumes only).</param>
/// <param name="Analysis">The topic analysis over the journey's responses (examples per topic in <see cref="TopicMeasure.Examples"/>).</param>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record JourneyTopicAnalysis(string JourneyId, string? ScoreMetricId, TopicAnalysis Analysis);
