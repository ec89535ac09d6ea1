using CxOkr.Drivers;

namespace CxOkr.Reporting;

/// <summary>
/// Drivers of a behavioural 0/1 outcome (churn, say) in one journey: the binary logistic model of the outcome
/// on the journey's key drivers, over the journey's responses that carry the outcome.
/// </summary>
/// <param name="JourneyId">The journey.</param>
/// <param name="OutcomeMetricId">The behavioural outcome metric (a proportion metric with <c>dataKind</c> behavioral, 0/1 per response).</param>
/// <param name="Result">The logistic key-driver statistics (coefficients, odds ratios, Shapley shares of McFadden's R²).</param>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record JourneyOutcomeDriverAnalysis(string JourneyId, string OutcomeMetricId, LogisticDriverResult Result);
