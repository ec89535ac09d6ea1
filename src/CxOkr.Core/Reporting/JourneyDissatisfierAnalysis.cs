using CxOkr.Drivers;

namespace CxOkr.Reporting;

/// <summary>Key dissatisfiers and delighters of one journey outcome over its linked driver metrics (the report's Kano chart).</summary>
/// <param name="JourneyId">The journey.</param>
/// <param name="OutcomeMetricId">The outcome metric.</param>
/// <param name="Result">Reach-noise Shapley values, penalties, rewards and Kano categories.</param>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record JourneyDissatisfierAnalysis(string JourneyId, string OutcomeMetricId, DissatisfierResult Result);
