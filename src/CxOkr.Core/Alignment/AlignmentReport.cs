using CxOkr.Findings;

namespace CxOkr.Alignment;

/// <summary>The findings of an alignment check, ordered by severity, then rule, then subjects.</summary>
/// <param name="Findings">The findings.</param>
public sealed record AlignmentReport(IReadOnlyList<Finding> Findings)
{
    /// <summary>The findings. A read-only copy of what was given.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<Finding> Findings { get; init => field = Utilities.ReadOnly.CopyOf(value); } = Utilities.ReadOnly.CopyOf(Findings);

    /// <summary>The number of error-level findings.</summary>
    public int Errors => Findings.Count(static f => f.Severity == FindingSeverity.Error);

    /// <summary>The number of warning-level findings.</summary>
    public int Warnings => Findings.Count(static f => f.Severity == FindingSeverity.Warning);

    /// <summary>The number of info-level findings.</summary>
    public int Infos => Findings.Count(static f => f.Severity == FindingSeverity.Info);
}
