namespace CxOkr.Okrs;

/// <summary>
/// A key result's guardrail on an as-of date: the metric that must not get worse, how it moved and whether it
/// moved the wrong way by more than the margin.
/// </summary>
/// <param name="MetricId">The guardrail metric's id.</param>
/// <param name="Margin">How far it may move the wrong way, in the metric's unit.</param>
/// <param name="Start">Its value at the start of the period, or <see langword="null"/> when it was not measured.</param>
/// <param name="Current">Its value on the as-of date, or <see langword="null"/> when it was not measured.</param>
/// <param name="Breached">Whether it moved the wrong way by more than <paramref name="Margin"/>; <see langword="null"/> when it was not measured.</param>
/// <param name="Source"><c>responses</c> (a <see cref="GuardrailReading"/>), <c>checkIns</c> (a key result on the metric in the same period) or <see langword="null"/> when not measured.</param>
public sealed record GuardrailCheck(string MetricId, double Margin, double? Start, double? Current, bool? Breached, string? Source);
