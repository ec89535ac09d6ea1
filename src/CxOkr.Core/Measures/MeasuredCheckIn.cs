namespace CxOkr.Measures;

/// <summary>
/// A key-result check-in computed from responses: the metric's value over a window ending on the check-in
/// date, with the sample size and interval so a team can see whether a change is within noise.
/// </summary>
/// <param name="Date">The check-in date (last day of the window).</param>
/// <param name="WindowStart">First day of the window.</param>
/// <param name="Result">The metric computed over the window's responses.</param>
public sealed record MeasuredCheckIn(DateOnly Date, DateOnly WindowStart, MetricResult Result)
{
    /// <summary>The check-in value (<see cref="MetricResult.Value"/>).</summary>
    public double Value => Result.Value;

    /// <summary>Number of values behind the check-in.</summary>
    public int N => Result.N;

    /// <summary>Kish effective n behind the check-in.</summary>
    public double EffectiveN => Result.EffectiveN;

    /// <summary>Lower interval bound, or null when the metric gives none.</summary>
    public double? Lower => Result.Lower;

    /// <summary>Upper interval bound, or null when the metric gives none.</summary>
    public double? Upper => Result.Upper;
}
