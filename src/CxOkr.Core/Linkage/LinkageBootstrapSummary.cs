namespace CxOkr.Linkage;

/// <summary>How the intervals of a <see cref="LinkageResult"/> were made.</summary>
/// <param name="Replicates">Resamples drawn.</param>
/// <param name="FailedReplicates">Resamples left out because an equation had too few complete rows or a constant or collinear predictor in them.</param>
/// <param name="Confidence">The two-sided confidence level.</param>
/// <param name="Seed">The seed of the default resampler (ignored by an injected one).</param>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record LinkageBootstrapSummary(int Replicates, int FailedReplicates, double Confidence, ulong Seed);
