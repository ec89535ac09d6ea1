namespace CxOkr.Okrs;

/// <summary>Where a key result's value is heading at the end of its period, from a least-squares line.</summary>
/// <param name="Value">The forecast value at the period's end.</param>
/// <param name="Progress">The progress that value would give (may be below 0 or above 1).</param>
/// <param name="Score">The score that value would give, in [0, 1].</param>
public sealed record KeyResultForecast(double Value, double Progress, double Score);
