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

    /// <summary>
    /// A key result whose latest check-in is more than this many days old on the as-of date (or the period's end,
    /// whichever is earlier), or that has none after the first this-many days of the period, is stale. Default 14.
    /// </summary>
    public int StaleAfterDays { get; init; } = 14;

    /// <summary>The best status a stale key result can have (<see cref="OkrStatus.Achieved"/>: no cap). Default <see cref="OkrStatus.AtRisk"/>.</summary>
    public OkrStatus StaleStatusCap { get; init; } = OkrStatus.AtRisk;

    /// <summary>How an objective's confidence is made from its key results' latest confidences. Default <see cref="ConfidenceRollup.Weakest"/>.</summary>
    public ConfidenceRollup ConfidenceRollup { get; init; } = ConfidenceRollup.Weakest;

    /// <summary>Draws of the simulation behind an objective's probability of attainment; 100 to 10,000,000. Default 10,000.</summary>
    public int SimulationDraws { get; init; } = 10_000;

    /// <summary>The seed of that simulation: the same seed and objectives give the same probabilities. Default 20261130.</summary>
    public ulong SimulationSeed { get; init; } = 20261130;

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
        if (StaleAfterDays < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(StaleAfterDays), StaleAfterDays, $"ScoringOptions.StaleAfterDays ({StaleAfterDays}) must be at least 1.");
        }

        if (!Enum.IsDefined(StaleStatusCap))
        {
            throw new ArgumentOutOfRangeException(nameof(StaleStatusCap), StaleStatusCap, $"ScoringOptions.StaleStatusCap ({StaleStatusCap}) is not a status.");
        }

        if (!Enum.IsDefined(ConfidenceRollup))
        {
            throw new ArgumentOutOfRangeException(nameof(ConfidenceRollup), ConfidenceRollup, $"ScoringOptions.ConfidenceRollup ({ConfidenceRollup}) is not a roll-up.");
        }

        if (SimulationDraws is < 100 or > 10_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(SimulationDraws), SimulationDraws, $"ScoringOptions.SimulationDraws ({SimulationDraws}) must be in [100, 10000000].");
        }
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
