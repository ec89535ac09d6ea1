using System.Diagnostics.CodeAnalysis;
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

    /// <summary>Parses a scale written <c>MIN:MAX</c> (such as <c>1:5</c> or <c>0:10</c>), numbers in the invariant culture.</summary>
    /// <param name="text">The text; surrounding white space around each number is allowed.</param>
    /// <returns>The scale, without a top box.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not two numbers separated by one colon, a number is not finite (NaN, or too large such as <c>1e400</c>), or MAX is not above MIN; the message quotes the text and says which.</exception>
    public static MetricScale Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var scale, out var problem) ? scale : throw new FormatException(problem);
    }

    /// <summary>Parses a scale written <c>MIN:MAX</c>, as <see cref="Parse"/> does, without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="scale">The scale when the text is valid; otherwise null.</param>
    /// <returns>Whether the text is a valid scale (never true for null).</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out MetricScale? scale) => TryParse(text, out scale, out _);

    // The one rule for scales written as text: two invariant-culture numbers, both finite, MIN below MAX.
    private static bool TryParse(string? text, [NotNullWhen(true)] out MetricScale? scale, out string problem)
    {
        scale = null;
        var parts = text?.Split(':');
        if (parts is not { Length: 2 }
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var min)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var max))
        {
            problem = $"scale '{text}' is not MIN:MAX with numbers such as 1:5 (a '.' for decimals).";
            return false;
        }

        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            problem = $"scale '{text}': MIN and MAX must be finite numbers.";
            return false;
        }

        if (!(max > min))
        {
            problem = $"scale '{text}': MAX ({Format(max)}) must be above MIN ({Format(min)}).";
            return false;
        }

        scale = new MetricScale(min, max);
        problem = string.Empty;
        return true;
    }

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
