using CxOkr.Drivers;

namespace CxOkr.Reporting;

/// <summary>Key drivers of one journey outcome: the metrics linked into it, analysed over the journey's responses.</summary>
/// <param name="JourneyId">The journey.</param>
/// <param name="OutcomeMetricId">The outcome metric (the regression's dependent variable).</param>
/// <param name="Result">The key-driver statistics.</param>
/// <param name="Bootstrap">Bootstrap intervals of every importance metric, or <see langword="null"/> when the report was built without them.</param>
public sealed record JourneyDriverAnalysis(string JourneyId, string OutcomeMetricId, KeyDriverResult Result, KeyDriverBootstrapResult? Bootstrap);
