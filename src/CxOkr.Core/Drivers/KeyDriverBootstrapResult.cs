namespace CxOkr.Drivers;

/// <summary>Bootstrap confidence intervals of a key-driver analysis.</summary>
/// <param name="Replicates">Replicates drawn.</param>
/// <param name="FailedReplicates">Replicates left out because a driver became constant or aliased in the resample (or the fit became exact).</param>
/// <param name="Confidence">The two-sided confidence level.</param>
/// <param name="Seed">The seed used.</param>
/// <param name="RSquared">Interval of R².</param>
/// <param name="Drivers">Per-driver intervals, in the order of the analysis.</param>
public sealed record KeyDriverBootstrapResult(int Replicates, int FailedReplicates, double Confidence, ulong Seed, BootstrapInterval RSquared, IReadOnlyList<DriverBootstrap> Drivers)
{
    /// <summary>Per-driver intervals, in the order of the analysis. A read-only copy of what was given.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<DriverBootstrap> Drivers { get; init => field = Utilities.ReadOnly.CopyOf(value); } = Utilities.ReadOnly.CopyOf(Drivers);
}
