using System.Collections.Concurrent;
using System.Numerics;
using CxOkr.Utilities;

namespace CxOkr.Drivers;

/// <summary>
/// Shapley values (general dominance) of McFadden's R² for models that must be refitted on each subset of
/// drivers: exactly over all 2^p subsets, or by permutation sampling.
/// </summary>
/// <remarks>
/// Exact: subsets are fitted by size, each in parallel, each warm-started from its parent (the subset without
/// its highest driver, whose coefficients it extends by a 0), so a subset's fit depends only on the subset
/// and the result does not depend on the thread count. Sampling: random orderings drawn as the linear
/// engine draws them (SplitMix64, Fisher-Yates, per-ordering seeds), every subset met fitted once from the
/// default start and remembered.
/// </remarks>
internal static class SubsetShapley
{
    private const int Blocks = 64;

    /// <summary>The value v(S) = McFadden R² of each subset (index = bit mask), and a subset whose fit was not proper, if any.</summary>
    public static (double[] Values, int? Improper) ExactValues(IOutcomeFitter fitter, int p, double[] nullStart, OutcomeFit full, int maxDegreeOfParallelism, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var count = 1 << p;
        var values = new double[count];
        var parameters = new double[count][];
        parameters[0] = nullStart;
        var l0 = fitter.NullLogLikelihood;
        var bySize = Enumerable.Range(0, p + 1).Select(_ => new List<int>()).ToArray();
        for (var mask = 1; mask < count; mask++)
        {
            bySize[BitOperations.PopCount((uint)mask)].Add(mask);
        }

        var improper = count;
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        for (var size = 1; size <= p; size++)
        {
            var masks = bySize[size];
            if (size == p)
            {
                // The full model is the one fitted for the report: the values then sum to its McFadden R².
                values[count - 1] = 1 - (full.LogLikelihood / l0);
                if (!full.Proper)
                {
                    improper = Math.Min(improper, count - 1);
                }

                break;
            }

            Parallel.ForEach(masks, options, mask =>
            {
                var high = 31 - BitOperations.LeadingZeroCount((uint)mask);
                var parent = parameters[mask & ~(1 << high)];
                var start = new double[parent.Length + 1];
                parent.CopyTo(start, 0);
                var fit = fitter.Fit(Columns((uint)mask), start, covariance: false);
                parameters[mask] = fit.Parameters;
                values[mask] = 1 - (fit.LogLikelihood / l0);
                if (!fit.Proper)
                {
                    InterlockedMin(ref improper, mask);
                }

                var finished = Interlocked.Increment(ref done);
                if (progress is not null && finished % 64 == 0)
                {
                    progress.Report((double)finished / count);
                }
            });

            if (size >= 2)
            {
                foreach (var mask in bySize[size - 1])
                {
                    parameters[mask] = null!;   // the parents of the next size are this size's subsets
                }
            }
        }

        progress?.Report(1);
        return (values, improper == count ? null : improper);
    }

    /// <summary>Shapley value of each driver from the values of all subsets: Σ_S |S|!(p − |S| − 1)!/p! (v(S ∪ j) − v(S)).</summary>
    public static double[] FromValues(double[] values, int p)
    {
        var shapley = new double[p];
        var weights = Enumerable.Range(0, p).Select(s => 1.0 / (p * DominanceEngine.Binomial(p - 1, s))).ToArray();
        for (var j = 0; j < p; j++)
        {
            var bit = 1 << j;
            var sum = 0.0;
            for (var mask = 0; mask < values.Length; mask++)
            {
                if ((mask & bit) == 0)
                {
                    sum += weights[BitOperations.PopCount((uint)mask)] * (values[mask | bit] - values[mask]);
                }
            }

            shapley[j] = sum;
        }

        return shapley;
    }

    /// <summary>Permutation-sampling estimate of the Shapley values with their Monte-Carlo standard errors, and a subset whose fit was not proper, if any.</summary>
    public static (double[] Shapley, double[] StandardErrors, ulong? Improper) Sampled(IOutcomeFitter fitter, int p, OutcomeFit full, int permutations, ulong seed, int maxDegreeOfParallelism, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var l0 = fitter.NullLogLikelihood;
        var fullMask = p == 64 ? ulong.MaxValue : (1UL << p) - 1;
        var memo = new ConcurrentDictionary<ulong, OutcomeFit>();
        memo[fullMask] = full;
        var blockCount = Math.Min(Blocks, permutations);
        var sums = new double[blockCount][];
        var squares = new double[blockCount][];
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, blockCount, options, block =>
        {
            var sum = new double[p];
            var square = new double[p];
            var order = new int[p];
            var first = (long)permutations * block / blockCount;
            var last = (long)permutations * (block + 1) / blockCount;
            for (var r = first; r < last; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var state = seed ^ (0x9E3779B97F4A7C15UL * (ulong)(r + 1));
                for (var j = 0; j < p; j++)
                {
                    order[j] = j;
                }

                for (var j = p - 1; j > 0; j--)
                {
                    var k = (int)(SplitMix64.Next(ref state) % (ulong)(j + 1));
                    (order[j], order[k]) = (order[k], order[j]);
                }

                var mask = 0UL;
                var previous = 0.0;
                foreach (var j in order)
                {
                    mask |= 1UL << j;
                    var fit = memo.GetOrAdd(mask, m => fitter.Fit(Columns(m), null, covariance: false));
                    var value = 1 - (fit.LogLikelihood / l0);
                    var gain = value - previous;
                    sum[j] += gain;
                    square[j] += gain * gain;
                    previous = value;
                }
            }

            sums[block] = sum;
            squares[block] = square;
            var finished = Interlocked.Increment(ref done);
            progress?.Report((double)finished / blockCount);
        });

        var shapley = new double[p];
        var errors = new double[p];
        for (var j = 0; j < p; j++)
        {
            double s = 0, sq = 0;
            for (var b = 0; b < blockCount; b++)
            {
                s += sums[b][j];
                sq += squares[b][j];
            }

            var mean = s / permutations;
            shapley[j] = mean;
            errors[j] = Math.Sqrt(Math.Max(0, (sq - (permutations * mean * mean)) / (permutations - 1)) / permutations);
        }

        ulong? improper = null;
        foreach (var (mask, fit) in memo.OrderBy(e => e.Key))
        {
            if (!fit.Proper)
            {
                improper = mask;
                break;
            }
        }

        return (shapley, errors, improper);
    }

    /// <summary>The driver indexes of a subset, ascending.</summary>
    public static int[] Columns(ulong mask)
    {
        var columns = new int[BitOperations.PopCount(mask)];
        var i = 0;
        for (var bits = mask; bits != 0; bits &= bits - 1)
        {
            columns[i++] = BitOperations.TrailingZeroCount(bits);
        }

        return columns;
    }

    private static void InterlockedMin(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
