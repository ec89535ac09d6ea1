using System.Globalization;

namespace CxOkr.Journeys;

/// <summary>The range of valid answers for a metric, and for top-box metrics the lowest answer that counts as "top box".</summary>
/// <remarks>
/// Answers outside [<see cref="Min"/>, <see cref="Max"/>] are out of range: the measures reject them or,
/// by policy, exclude and count them (see <c>CxOkr.Measures.OutOfRangePolicy</c>).
/// </remarks>
public sealed record MetricScale
{
    /// <summary>The 0-10 scale of the Net Promoter question.</summary>
    public static MetricScale ZeroToTen { get; } = new(0, 10);

    /// <summary>Creates a scale.</summary>
    /// <param name="min">Lowest valid answer; finite.</param>
    /// <param name="max">Highest valid answer; finite and above <paramref name="min"/>.</param>
    /// <param name="topBox">Lowest answer counted as top box, within [min, max]; null when the metric has none.</param>
    /// <exception cref="ArgumentException">A bound is not finite, <paramref name="max"/> is not above <paramref name="min"/>, or <paramref name="topBox"/> is outside the scale.</exception>
    public MetricScale(double min, double max, double? topBox = null)
    {
        if (!double.IsFinite(min))
        {
            throw new ArgumentOutOfRangeException(nameof(min), min, $"scale.min ({Format(min)}) must be a finite number.");
        }

        if (!double.IsFinite(max) || !(max > min))
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, $"scale.max ({Format(max)}) must be a finite number above scale.min ({Format(min)}).");
        }

        if (topBox is { } box && !(box >= min && box <= max))
        {
            throw new ArgumentOutOfRangeException(nameof(topBox), box, $"scale.topBox ({Format(box)}) must be within [min, max] = [{Format(min)}, {Format(max)}].");
        }

        Min = min;
        Max = max;
        TopBox = topBox;
    }

    /// <summary>Lowest valid answer.</summary>
    public double Min { get; }

    /// <summary>Highest valid answer.</summary>
    public double Max { get; }

    /// <summary>Lowest answer counted as top box; null when the metric has no top box.</summary>
    public double? TopBox { get; }

    /// <summary>Whether <paramref name="value"/> lies within [<see cref="Min"/>, <see cref="Max"/>]; false for NaN.</summary>
    /// <param name="value">An answer.</param>
    /// <returns>True when the answer is on the scale.</returns>
    public bool Contains(double value) => value >= Min && value <= Max;

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
