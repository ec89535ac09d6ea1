using CxOkr.Alignment;
using CxOkr.Drivers;
using CxOkr.Measures;
using CxOkr.Okrs;

namespace CxOkr.DependencyInjection;

/// <summary>Options for <c>services.AddCxOkr(options => ...)</c>; every call configures the same instance.</summary>
public sealed class CxOkrOptions
{
    /// <summary>Grade bands, target scores and status thresholds used by the registered <see cref="IOkrScorer"/>. Defaults as documented on <see cref="ScoringOptions"/>.</summary>
    public ScoringOptions Scoring { get; } = new();

    /// <summary>Rule switches, severities and thresholds used by the registered <see cref="IAlignmentChecker"/>. Defaults as documented on <see cref="AlignmentOptions"/>.</summary>
    public AlignmentOptions Alignment { get; } = new();

    /// <summary>
    /// Options of the registered <see cref="IKeyDriverAnalyzer"/> (Shapley method, permutations, seed, thresholds). Defaults as documented on
    /// <see cref="KeyDriverOptions"/>; being an immutable record, it is replaced rather than changed: <c>options.KeyDrivers = options.KeyDrivers with { Seed = 7 }</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public KeyDriverOptions KeyDrivers
    {
        get => _keyDrivers;
        set => _keyDrivers = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Confidence level, minimum effective n and out-of-range policy of the metrics the registered
    /// <see cref="Reporting.ProgrammeReportBuilder"/> computes. Default <see cref="MeasureOptions.Default"/>; immutable, so it is replaced:
    /// <c>options.Measures = new MeasureOptions(confidence: 0.9)</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public MeasureOptions Measures
    {
        get => _measures;
        set => _measures = value ?? throw new ArgumentNullException(nameof(value));
    }

    private KeyDriverOptions _keyDrivers = new();
    private MeasureOptions _measures = MeasureOptions.Default;
}
