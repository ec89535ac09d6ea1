using CxOkr.Data;
using CxOkr.Utilities;
using MathNet.Numerics.Distributions;

namespace CxOkr.Drivers;

/// <summary>
/// Bootstrap confidence intervals for R², coefficients and every importance metric: respondents are
/// resampled with replacement (keeping their weights) B times and the analysis is recomputed on each.
/// </summary>
/// <remarks>
/// Each replicate is a vector of counts (how often each respondent was drawn) applied as weight multipliers
/// to the sufficient-statistics accumulator, so the data table is never copied. Replicate b draws from its
/// own random stream (SplitMix64 seeded with the seed and b), and results are stored by b, so the intervals
/// are identical for any thread count. Replicates where a driver becomes constant or aliased are left out and
/// counted. Intervals: see <see cref="BootstrapInterval"/>.
/// </remarks>
/// <threadsafety>Thread-safe: immutable once created (options and analyzers); each run keeps its replicates in locals.</threadsafety>
public sealed class KeyDriverBootstrapper
{
    private static readonly string[] Metrics = ["coefficient", "shapley", "shapleyShare", "relativeWeight", "first", "last", "betaSquared", "pratt", "car"];

    private readonly KeyDriverAnalyzer analyzer;
    private readonly KeyDriverAnalyzer inner;
    private readonly BootstrapOptions bootstrap;

    /// <summary>Creates a bootstrapper; both option sets are validated here, once.</summary>
    /// <param name="analysis">Settings of the analysis repeated on each replicate.</param>
    /// <param name="bootstrap">Settings of the bootstrap.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public KeyDriverBootstrapper(KeyDriverOptions analysis, BootstrapOptions bootstrap)
    {
        Guard.NotNull(analysis);
        Guard.NotNull(bootstrap);
        bootstrap.Validate();
        analyzer = new KeyDriverAnalyzer(analysis);
        inner = new KeyDriverAnalyzer(analysis with { MaxDegreeOfParallelism = 1, CompleteDominance = false });
        this.bootstrap = bootstrap;
    }

    /// <summary>Runs the bootstrap on a table.</summary>
    /// <param name="table">The data.</param>
    /// <param name="specification">Outcome, drivers and optional weight.</param>
    /// <param name="progress">Receives the fraction of replicates done, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The intervals.</returns>
    /// <exception cref="DataFormatException">The data cannot be analysed, or every replicate failed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public KeyDriverBootstrapResult Run(ColumnTable table, KeyDriverSpecification specification, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(table);
        Guard.NotNull(specification);
        var data = KeyDriverAnalyzer.Prepare(table, specification);
        var full = analyzer.ComputeFromStatistics(KeyDriverAnalyzer.Accumulate(data), specification, cancellationToken);
        var names = full.Drivers.Select(d => d.Name).ToArray();
        var q = names.Length;
        var width = 1 + (q * Metrics.Length);
        var estimate = Flatten(full, names);
        var n = data.Used.Count;
        var b = bootstrap.Replicates;
        var thetas = new double[b][];
        var first = new int[b];
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = bootstrap.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, b, parallel, replicate =>
        {
            var state = bootstrap.Seed ^ (0xD1B54A32D192ED03UL * (ulong)(replicate + 1));
            var counts = new int[n];
            for (var i = 0; i < n; i++)
            {
                var high = Math.BigMul(SplitMix64.Next(ref state), (ulong)n, out _);
                counts[high]++;
            }

            var result = TryCompute(KeyDriverAnalyzer.Accumulate(data, counts), specification, names, cancellationToken);
            thetas[replicate] = result is null ? [] : Flatten(result, names);
            first[replicate] = result is null ? -1 : First(result.Drivers);
            var finished = Interlocked.Increment(ref done);
            if (progress is not null && (finished % Math.Max(1, b / 100) == 0 || finished == b))
            {
                progress.Report((double)finished / b);
            }
        });

        var ok = Enumerable.Range(0, b).Where(i => thetas[i].Length > 0).ToArray();
        if (ok.Length < 2)
        {
            throw new DataFormatException($"bootstrap failed: {b - ok.Length} of {b} replicates had a constant or aliased driver.");
        }

        // Grouped jackknife for the BCa acceleration.
        var groups = Math.Min(bootstrap.JackknifeGroups, n);
        var jackknife = new double[groups][];
        Parallel.For(0, groups, parallel, g =>
        {
            var result = TryCompute(KeyDriverAnalyzer.Accumulate(data, null, g, groups), specification, names, cancellationToken);
            jackknife[g] = result is null ? [] : Flatten(result, names);
        });
        var jackOk = jackknife.Where(j => j.Length > 0).ToArray();

        var alpha = 1 - bootstrap.Confidence;
        var intervals = new BootstrapInterval[width];
        var column = new double[ok.Length];
        for (var k = 0; k < width; k++)
        {
            for (var i = 0; i < ok.Length; i++)
            {
                column[i] = thetas[ok[i]][k];
            }

            Array.Sort(column);
            var metric = k == 0 ? "rSquared" : Metrics[(k - 1) % Metrics.Length];
            intervals[k] = Interval(metric, estimate[k], column, jackOk.Select(j => j[k]).ToArray(), alpha);
        }

        var drivers = new DriverBootstrap[q];
        for (var j = 0; j < q; j++)
        {
            var rankFirst = (double)ok.Count(i => first[i] == j) / ok.Length;
            drivers[j] = new DriverBootstrap(names[j], rankFirst, Array.AsReadOnly(intervals.Skip(1 + (j * Metrics.Length)).Take(Metrics.Length).ToArray()));
        }

        return new KeyDriverBootstrapResult(b, b - ok.Length, bootstrap.Confidence, bootstrap.Seed, intervals[0], Array.AsReadOnly(drivers));
    }

    internal static double Quantile(double[] sorted, double probability)
    {
        // R's type 7: linear interpolation between order statistics.
        var h = (sorted.Length - 1) * Math.Clamp(probability, 0, 1);
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    internal static BootstrapInterval Interval(string metric, double estimate, double[] sorted, double[] jackknife, double alpha)
    {
        var count = sorted.Length;
        var below = sorted.Count(v => v < estimate) + (0.5 * sorted.Count(v => v == estimate));
        var proportion = Math.Clamp(below / count, 1.0 / (count + 1), count / (count + 1.0));
        var z0 = Normal.InvCDF(0, 1, proportion);
        var acceleration = 0.0;
        if (jackknife.Length > 1)
        {
            var mean = jackknife.Average();
            double s2 = 0, s3 = 0;
            foreach (var v in jackknife)
            {
                var d = mean - v;
                s2 += d * d;
                s3 += d * d * d;
            }

            acceleration = s2 > 0 ? s3 / (6 * Math.Pow(s2, 1.5)) : 0;
        }

        double Adjusted(double z)
        {
            var denominator = 1 - (acceleration * (z0 + z));
            return denominator > 0 ? Normal.CDF(0, 1, z0 + ((z0 + z) / denominator)) : (z < 0 ? 0 : 1);
        }

        var zLo = Normal.InvCDF(0, 1, alpha / 2);
        var zHi = -zLo;
        var average = sorted.Average();
        var sd = Math.Sqrt(sorted.Sum(v => (v - average) * (v - average)) / Math.Max(1, count - 1));
        return new BootstrapInterval(
            metric,
            estimate,
            Quantile(sorted, alpha / 2),
            Quantile(sorted, 1 - (alpha / 2)),
            Quantile(sorted, Adjusted(zLo)),
            Quantile(sorted, Adjusted(zHi)),
            sd);
    }

    private static double[] Flatten(KeyDriverResult result, string[] names)
    {
        var values = new double[1 + (names.Length * Metrics.Length)];
        values[0] = result.RSquared;
        for (var j = 0; j < names.Length; j++)
        {
            var d = result.Drivers[j];
            var o = 1 + (j * Metrics.Length);
            values[o] = d.Coefficient;
            values[o + 1] = d.Shapley;
            values[o + 2] = d.ShapleyShare;
            values[o + 3] = d.RelativeWeight;
            values[o + 4] = d.First;
            values[o + 5] = d.Last;
            values[o + 6] = d.BetaSquared;
            values[o + 7] = d.Pratt;
            values[o + 8] = d.Car;
        }

        return values;
    }

    /// <summary>The index of the most important driver in <see cref="DriverOrder"/>.</summary>
    private static int First(IReadOnlyList<DriverResult> drivers)
    {
        var best = 0;
        for (var i = 1; i < drivers.Count; i++)
        {
            if (DriverOrder.Instance.Compare(drivers[i], drivers[best]) < 0)
            {
                best = i;
            }
        }

        return best;
    }

    private KeyDriverResult? TryCompute(CovarianceAccumulator accumulator, KeyDriverSpecification specification, string[] names, CancellationToken cancellationToken)
    {
        try
        {
            var result = inner.ComputeFromStatistics(accumulator, specification, cancellationToken);
            return result.Drivers.Count == names.Length && result.Drivers.Select(d => d.Name).SequenceEqual(names) ? result : null;
        }
        catch (DataFormatException)
        {
            return null;
        }
    }
}
