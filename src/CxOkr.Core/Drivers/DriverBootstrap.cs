namespace CxOkr.Drivers;

/// <summary>Bootstrap results of one driver: its intervals per metric and how often it ranked first.</summary>
/// <param name="Name">The driver.</param>
/// <param name="RankFirstShare">Share of successful replicates in which the driver came first in <see cref="DriverOrder"/> (largest Shapley share; shares equal to 12 decimals tie and go to the name that sorts first).</param>
/// <param name="Intervals">One interval per metric, in the order coefficient, shapley, shapleyShare, relativeWeight, first, last, betaSquared, pratt, car.</param>
public sealed record DriverBootstrap(string Name, double RankFirstShare, IReadOnlyList<BootstrapInterval> Intervals)
{
    /// <summary>One interval per metric, in the order coefficient, shapley, shapleyShare, relativeWeight, first, last, betaSquared, pratt, car. A read-only copy of what was given.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<BootstrapInterval> Intervals { get; init => field = Utilities.ReadOnly.CopyOf(value); } = Utilities.ReadOnly.CopyOf(Intervals);


    /// <summary>The interval of one metric.</summary>
    /// <param name="metric">The metric name, e.g. <c>shapley</c>.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">No such metric.</exception>
    public BootstrapInterval Interval(string metric) =>
        Intervals.FirstOrDefault(i => i.Metric == metric) ?? throw new ArgumentException($"no bootstrap metric '{metric}'.", nameof(metric));
}
