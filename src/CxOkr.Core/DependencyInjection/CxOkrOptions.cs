using CxOkr.Okrs;

namespace CxOkr.DependencyInjection;

/// <summary>Options for <c>services.AddCxOkr(options => ...)</c>; every call configures the same instance.</summary>
public sealed class CxOkrOptions
{
    /// <summary>Grade bands, target scores and status thresholds used by the registered <see cref="IOkrScorer"/>. Defaults as documented on <see cref="ScoringOptions"/>.</summary>
    public ScoringOptions Scoring { get; } = new();
}
