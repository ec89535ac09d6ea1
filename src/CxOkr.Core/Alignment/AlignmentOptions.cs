using CxOkr.Findings;

namespace CxOkr.Alignment;

/// <summary>Which alignment rules run, at what severity, with what thresholds. Copied and validated once by <see cref="AlignmentChecker"/>: changing an instance after creating a checker from it does not change the checker.</summary>
public sealed class AlignmentOptions
{
    /// <summary>Ids of rules to switch off (built-in or added). Default: none.</summary>
    public ISet<string> DisabledRules { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Severity overrides by rule id. Default: none (each rule's default severity).</summary>
    public IDictionary<string, FindingSeverity> Severities { get; } = new Dictionary<string, FindingSeverity>(StringComparer.Ordinal);

    /// <summary>How many top drivers (by importance share) of each outcome metric must be measured by a key result. Default 3.</summary>
    public int TopDrivers { get; set; } = 3;

    /// <summary>A unit with more objectives than this in one period is overloaded. Default 5.</summary>
    public int MaxObjectivesPerUnit { get; set; } = 5;

    /// <summary>An objective with more key results than this is overloaded. Default 5.</summary>
    public int MaxKeyResultsPerObjective { get; set; } = 5;

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
}
