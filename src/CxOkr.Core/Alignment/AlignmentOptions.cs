using System.Collections.Immutable;
using CxOkr.Findings;

namespace CxOkr.Alignment;

/// <summary>
/// Which alignment rules run, at what severity, with what thresholds. An immutable record: change a copy with
/// <c>with</c> (<c>options with { DisabledRules = options.DisabledRules.Add("orphan") }</c>);
/// <see cref="AlignmentChecker"/> validates it once when created.
/// </summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record AlignmentOptions
{
    /// <summary>Ids of rules to switch off (built-in or added), compared ordinally. Default: none.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ImmutableHashSet<string> DisabledRules
    {
        get => _disabledRules;
        init => _disabledRules = value ?? throw new ArgumentNullException(nameof(DisabledRules));
    }

    /// <summary>Severity overrides by rule id. Default: none (each rule's default severity).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ImmutableDictionary<string, FindingSeverity> Severities
    {
        get => _severities;
        init => _severities = value ?? throw new ArgumentNullException(nameof(Severities));
    }

    /// <summary>How many top drivers (by importance share) of each outcome metric must be measured by a key result. Default 3.</summary>
    public int TopDrivers { get; init; } = 3;

    /// <summary>A unit with more objectives than this in one period is overloaded. Default 5.</summary>
    public int MaxObjectivesPerUnit { get; init; } = 5;

    /// <summary>An objective with more key results than this is overloaded. Default 5.</summary>
    public int MaxKeyResultsPerObjective { get; init; } = 5;

    /// <summary>Checks the thresholds and severities.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is below 1 or a severity is undefined.</exception>
    public void Validate()
    {
        if (TopDrivers < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(TopDrivers), TopDrivers, "AlignmentOptions.TopDrivers must be at least 1.");
        }

        if (MaxObjectivesPerUnit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxObjectivesPerUnit), MaxObjectivesPerUnit, "AlignmentOptions.MaxObjectivesPerUnit must be at least 1.");
        }

        if (MaxKeyResultsPerObjective < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxKeyResultsPerObjective), MaxKeyResultsPerObjective, "AlignmentOptions.MaxKeyResultsPerObjective must be at least 1.");
        }

        foreach (var (rule, severity) in Severities)
        {
            if (!Enum.IsDefined(severity))
            {
                throw new ArgumentOutOfRangeException(nameof(Severities), severity, $"AlignmentOptions.Severities['{rule}'] is not a defined severity.");
            }
        }
    }

    private readonly ImmutableHashSet<string> _disabledRules = ImmutableHashSet.Create<string>(StringComparer.Ordinal);
    private readonly ImmutableDictionary<string, FindingSeverity> _severities = ImmutableDictionary.Create<string, FindingSeverity>(StringComparer.Ordinal);
}
