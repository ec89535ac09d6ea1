using CxOkr.Alignment;
using CxOkr.Drivers;
using CxOkr.Measures;
using CxOkr.Okrs;

namespace CxOkr.DependencyInjection;

/// <summary>
/// Options for <c>services.AddCxOkr(options => ...)</c>, configured through <c>Microsoft.Extensions.Options</c>
/// (every <c>AddCxOkr</c> call adds a configuration step) and validated once, at host start-up or on first use.
/// The one mutable holder: each property holds an immutable options record, replaced rather than changed:
/// <c>options.Scoring = options.Scoring with { GreenFrom = 0.8 }</c>.
/// </summary>
/// <threadsafety>Not thread-safe while being configured; the options system builds it once, after which it is only read.</threadsafety>
public sealed class CxOkrOptions
{
    /// <summary>Grade bands, target scores and status thresholds used by the registered <see cref="IOkrScorer"/>. Defaults as documented on <see cref="ScoringOptions"/>.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ScoringOptions Scoring
    {
        get => _scoring;
        set => _scoring = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Rule switches, severities and thresholds used by the registered <see cref="IAlignmentChecker"/>. Defaults as documented on <see cref="AlignmentOptions"/>.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public AlignmentOptions Alignment
    {
        get => _alignment;
        set => _alignment = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Options of the registered <see cref="IKeyDriverAnalyzer"/> (Shapley method, permutations, seed, thresholds). Defaults as documented on
    /// <see cref="KeyDriverOptions"/>: <c>options.KeyDrivers = options.KeyDrivers with { Seed = 7 }</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public KeyDriverOptions KeyDrivers
    {
        get => _keyDrivers;
        set => _keyDrivers = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Confidence level, minimum effective n and out-of-range policy of the metrics the registered
    /// <see cref="Reporting.ProgrammeReportBuilder"/> computes. Default <see cref="MeasureOptions.Default"/>:
    /// <c>options.Measures = options.Measures with { Confidence = 0.9 }</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public MeasureOptions Measures
    {
        get => _measures;
        set => _measures = value ?? throw new ArgumentNullException(nameof(value));
    }

    private ScoringOptions _scoring = new();
    private AlignmentOptions _alignment = new();
    private KeyDriverOptions _keyDrivers = new();
    private MeasureOptions _measures = MeasureOptions.Default;
}
