namespace CxOkr.Okrs;

/// <summary>
/// A guardrail metric measured over a period, for <see cref="OkrScorer"/>: its value at the start and on the as-of
/// date. Built from responses by <c>CxOkr.Measures.GuardrailMeasurement</c>, or by the host.
/// </summary>
/// <param name="MetricId">The metric's id.</param>
/// <param name="PeriodId">The period the reading belongs to.</param>
/// <param name="Start">The metric's value at the start of the period.</param>
/// <param name="Current">The metric's value on the as-of date.</param>
/// <param name="HigherIsBetter">The metric's direction.</param>
public sealed record GuardrailReading(string MetricId, string PeriodId, double Start, double Current, bool HigherIsBetter);
