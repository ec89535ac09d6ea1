using CxOkr.Utilities;

namespace CxOkr.Okrs;

/// <summary>
/// What the scorer may know beyond the objectives: guardrail readings measured from responses and driver
/// importances from key-driver analyses. Both optional; without them guardrails are judged from check-ins
/// and no weights are suggested.
/// </summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record ScoringEvidence
{
    /// <summary>Guardrail readings, by metric and period (the first one of a pair counts).</summary>
    public IReadOnlyList<GuardrailReading> Guardrails { get; init => field = ReadOnly.CopyOf(value); } = System.Collections.ObjectModel.ReadOnlyCollection<GuardrailReading>.Empty;

    /// <summary>Driver importances per outcome metric.</summary>
    public IReadOnlyList<DriverImportance> DriverImportances { get; init => field = ReadOnly.CopyOf(value); } = System.Collections.ObjectModel.ReadOnlyCollection<DriverImportance>.Empty;
}
