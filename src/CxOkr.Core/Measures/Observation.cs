namespace CxOkr.Measures;

/// <summary>One value with its survey weight, the input of the calculators in <see cref="MetricCalculator"/>.</summary>
/// <param name="Value">The answer or measurement.</param>
/// <param name="Weight">The survey weight; the calculators require it finite and above 0.</param>
public readonly record struct Observation(double Value, double Weight = 1);
