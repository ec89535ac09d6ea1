namespace CxOkr.Okrs;

/// <summary>
/// Thresholds used by <see cref="OkrScorer"/>: grade bands, target scores per objective type, status gaps
/// and confidence caps. The defaults follow Google's OKR guidance. An immutable record: change a copy with
/// <c>with</c> (<c>options with { GreenFrom = 0.8 }</c>); <see cref="OkrScorer"/> validates it once when created.
/// </summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record ScoringOptions
{
    /// <summary>Scores below this are <see cref="Grade.Red"/>. Default 0.4.</summary>
    public double RedBelow { get; init; } = 0.4;

    /// <summary>Scores from this value up are <see cref="Grade.Green"/>; between <see cref="RedBelow"/> and this, <see cref="Grade.Yellow"/>. Default 0.7.</summary>
    public double GreenFrom { get; init; } = 0.7;

    /// <summary>The score a committed objective is expected to reach by the end of its period. Default 1.0.</summary>
    public double CommittedTargetScore { get; init; } = 1.0;

    /// <summary>The score an aspirational objective is expected to reach by the end of its period. Default 0.7.</summary>
    public double AspirationalTargetScore { get; init; } = 0.7;

    /// <summary>Largest gap (expected minus actual progress) still <see cref="OkrStatus.OnTrack"/>. Default 0.10.</summary>
    public double OnTrackMaxGap { get; init; } = 0.10;

    /// <summary>Largest gap still <see cref="OkrStatus.AtRisk"/>; above it, <see cref="OkrStatus.OffTrack"/>. Default 0.25.</summary>
    public double AtRiskMaxGap { get; init; } = 0.25;

    /// <summary>A latest check-in confidence below this caps a key result's status at <see cref="OkrStatus.OffTrack"/>. Default 0.4.</summary>
    public double OffTrackConfidenceBelow { get; init; } = 0.4;

    /// <summary>A latest check-in confidence below this caps a key result's status at <see cref="OkrStatus.AtRisk"/>. Default 0.7.</summary>
    public double AtRiskConfidenceBelow { get; init; } = 0.7;

    /// <summary>Checks that every threshold is finite and the pairs are ordered.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names the property.</exception>
    public void Validate()
    {
        InUnit(RedBelow, nameof(RedBelow));
        InUnit(GreenFrom, nameof(GreenFrom));
        Ordered(RedBelow, GreenFrom, nameof(RedBelow), nameof(GreenFrom));
        Positive(CommittedTargetScore, nameof(CommittedTargetScore));
        Positive(AspirationalTargetScore, nameof(AspirationalTargetScore));
        InUnit(OnTrackMaxGap, nameof(OnTrackMaxGap));
        InUnit(AtRiskMaxGap, nameof(AtRiskMaxGap));
        Ordered(OnTrackMaxGap, AtRiskMaxGap, nameof(OnTrackMaxGap), nameof(AtRiskMaxGap));
        InUnit(OffTrackConfidenceBelow, nameof(OffTrackConfidenceBelow));
        InUnit(AtRiskConfidenceBelow, nameof(AtRiskConfidenceBelow));
        Ordered(OffTrackConfidenceBelow, AtRiskConfidenceBelow, nameof(OffTrackConfidenceBelow), nameof(AtRiskConfidenceBelow));
    }

    private static void InUnit(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"ScoringOptions.{name} ({value}) must be in [0, 1].");
        }
    }

    private static void Positive(double value, string name)
    {
        if (!(value > 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"ScoringOptions.{name} ({value}) must be in (0, 1].");
        }
    }

    private static void Ordered(double low, double high, string lowName, string highName)
    {
        if (low > high)
        {
            throw new ArgumentOutOfRangeException(lowName, low, $"ScoringOptions.{lowName} ({low}) must not exceed {highName} ({high}).");
        }
    }
}
