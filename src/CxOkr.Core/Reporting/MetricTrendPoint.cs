using CxOkr.Measures;

namespace CxOkr.Reporting;

/// <summary>A metric's value in one calendar month.</summary>
/// <param name="Label">The month as <c>YYYY-MM</c>.</param>
/// <param name="Start">The first day of the month.</param>
/// <param name="Result">The metric with its interval, over the month's responses.</param>
public sealed record MetricTrendPoint(string Label, DateOnly Start, MetricResult Result);
