using System.Globalization;

namespace CxOkr.Drivers;

/// <summary>
/// The cut-offs of a key-dissatisfier analysis, validated as the record is built: a driver answer at or below
/// <see cref="Low"/> fails, at or above <see cref="High"/> delights; an outcome at or below
/// <see cref="OutcomeLow"/> is dissatisfied, at or above <see cref="OutcomeHigh"/> delighted. The defaults are the
/// NPS cut-offs on 0-10 scales (detractors 0-6, promoters 9-10).
/// </summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record DissatisfierOptions
{
    /// <summary>The most drivers the exact Shapley enumeration takes (2^15 subsets).</summary>
    public const int MaxDrivers = 15;

    /// <summary>The defaults: 6, 9, 6, 9.</summary>
    public static DissatisfierOptions Default { get; } = new();

    /// <summary>Creates options.</summary>
    /// <param name="low">Driver answers at or below this fail; default 6.</param>
    /// <param name="high">Driver answers at or above this delight; above <paramref name="low"/>; default 9.</param>
    /// <param name="outcomeLow">Outcomes at or below this are dissatisfied; default 6.</param>
    /// <param name="outcomeHigh">Outcomes at or above this are delighted; above <paramref name="outcomeLow"/>; default 9.</param>
    /// <exception cref="ArgumentOutOfRangeException">A cut-off is not finite, or a high cut-off is not above its low one (names it).</exception>
    public DissatisfierOptions(double low = 6, double high = 9, double outcomeLow = 6, double outcomeHigh = 9)
    {
        Low = Utilities.Guard.Finite(low);
        High = Utilities.Guard.Finite(high);
        OutcomeLow = Utilities.Guard.Finite(outcomeLow);
        OutcomeHigh = Utilities.Guard.Finite(outcomeHigh);
        if (!(high > low))
        {
            throw new ArgumentOutOfRangeException(nameof(high), high, string.Create(CultureInfo.InvariantCulture, $"high ({high}) must be above low ({low})."));
        }

        if (!(outcomeHigh > outcomeLow))
        {
            throw new ArgumentOutOfRangeException(nameof(outcomeHigh), outcomeHigh, string.Create(CultureInfo.InvariantCulture, $"outcomeHigh ({outcomeHigh}) must be above outcomeLow ({outcomeLow})."));
        }
    }

    /// <summary>Driver answers at or below this fail.</summary>
    public double Low { get; }

    /// <summary>Driver answers at or above this delight.</summary>
    public double High { get; }

    /// <summary>Outcomes at or below this are dissatisfied.</summary>
    public double OutcomeLow { get; }

    /// <summary>Outcomes at or above this are delighted.</summary>
    public double OutcomeHigh { get; }
}
