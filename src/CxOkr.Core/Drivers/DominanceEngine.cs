using CxOkr.Utilities;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace CxOkr.Drivers;

/// <summary>
/// Exact Shapley (LMG) values, conditional dominance and complete dominance in one Gray-code pass over
/// all subsets of drivers, and the permutation-sampling estimator for larger models.
/// </summary>
/// <remarks>
/// The input is the (q+1)×(q+1) correlation matrix with the outcome last. For a subset S held swept, the
/// R² gain of adding driver j ∉ S is <c>A_jy² / A_jj</c> (the squared partial covariance over the partial
/// variance), so each subset gives the gains of every driver outside it in O(q) and the pair comparisons
/// for complete dominance in O(q²); moving to the next Gray-code subset is one sweep, O(q²). The subset
/// space is cut into chunks of 2^ChunkBits consecutive Gray codes, each started from a freshly swept
/// matrix (so rounding drift cannot travel further than one chunk), and chunks are grouped into a fixed
/// number of blocks summed in block order, which makes the results independent of the thread count.
/// </remarks>
internal static class DominanceEngine
{
    /// <summary>Two gains closer than this (on the R² scale) count as a tie for complete dominance.</summary>
    public const double DominanceTieTolerance = 1e-12;

    private const int ChunkBits = 12;

    // Drivers enumerated on the small inner matrix when complete dominance is off: 2^4 subsets per full sweep.
    private const int LowBits = 4;
    private const int Blocks = 64;

    public static DominanceComputation Exact(double[] correlation, int q, bool completeDominance, int maxDegreeOfParallelism, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var m = q + 1;
        var stride = SweepMatrix.Stride(m);
        var start = new double[m * stride];
        for (var i = 0; i < m; i++)
        {
            Array.Copy(correlation, i * m, start, i * stride, m);
        }

        // Without complete dominance the lowest `low` drivers are enumerated inside each outer subset on a small
        // (low+1)×(low+1) partial-covariance matrix, so one full sweep serves 2^low subsets.
        var low = completeDominance ? 0 : Math.Min(LowBits, q);
        var high = q - low;
        var chunkBits = Math.Min(high, ChunkBits - low);
        var chunkCount = 1L << (high - chunkBits);
        var blockCount = (int)Math.Min(Blocks, chunkCount);
        var results = new BlockResult[blockCount];
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, blockCount, options, block =>
        {
            var result = new BlockResult(q);
            var a = new double[m * stride];
            var gains = new double[(q + Vector256<double>.Count - 1) / Vector256<double>.Count * Vector256<double>.Count];
            Array.Fill(gains, double.NegativeInfinity);
            var chunkIn = new double[(q + 1) * q];
            var chunkAll = new double[q + 1];
            var mini = new double[(low + 1) * SweepMatrix.Stride(low + 1)];
            var first = chunkCount * block / blockCount;
            var last = chunkCount * (block + 1) / blockCount;
            for (var chunk = first; chunk < last; chunk++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Array.Clear(chunkIn);
                Array.Clear(chunkAll);
                if (low == 0)
                {
                    RunChunk(start, a, q, stride, chunk << chunkBits, 1L << chunkBits, gains, chunkIn, chunkAll, completeDominance ? result.NotGreaterOrEqual : null);
                }
                else
                {
                    RunNestedChunk(start, a, q, low, stride, chunk << chunkBits, 1L << chunkBits, mini, chunkIn, chunkAll);
                }
                Add(result.InSum, chunkIn);
                Add(result.AllSum, chunkAll);
            }

            results[block] = result;
            var finished = Interlocked.Increment(ref done);
            progress?.Report((double)finished / blockCount);
        });

        var inSum = new double[(q + 1) * q];
        var allSum = new double[q + 1];
        var notGe = new ulong[q];
        foreach (var r in results)
        {
            Add(inSum, r.InSum);
            Add(allSum, r.AllSum);
            for (var j = 0; j < q; j++)
            {
                notGe[j] |= r.NotGreaterOrEqual[j];
            }
        }

        // Mean gain of j over subsets S of size s without j: [Σ R²(S ∪ j) − Σ R²(S)] / C(q−1, s), where the first
        // sum runs over subsets of size s+1 holding j and the second over all subsets of size s minus those holding j.
        var conditional = new double[q * q];
        var shapley = new double[q];
        for (var j = 0; j < q; j++)
        {
            for (var size = 0; size < q; size++)
            {
                var with = inSum[((size + 1) * q) + j];
                var without = allSum[size] - inSum[(size * q) + j];
                var gain = Math.Max(0, (with - without) / Binomial(q - 1, size));
                conditional[(j * q) + size] = gain;
                shapley[j] += gain;
            }

            // Shapley = Σ_s s!(q−s−1)!/q! Σ_{|S|=s} gain = (1/q) Σ_s (mean gain at size s).
            shapley[j] /= q;
        }

        double[]? complete = null;
        if (completeDominance)
        {
            complete = new double[q * q];
            for (var i = 0; i < q; i++)
            {
                for (var j = 0; j < q; j++)
                {
                    if (i == j)
                    {
                        complete[(i * q) + j] = 0.5;
                        continue;
                    }

                    var iGe = (notGe[i] & (1UL << j)) == 0;
                    var jGe = (notGe[j] & (1UL << i)) == 0;
                    complete[(i * q) + j] = iGe && !jGe ? 1.0 : (jGe && !iGe ? 0.0 : 0.5);
                }
            }
        }

        return new DominanceComputation(shapley, null, conditional, complete, 0);
    }

    public static DominanceComputation Sampled(double[] correlation, int q, int permutations, ulong seed, int maxDegreeOfParallelism, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var m = q + 1;
        var stride = SweepMatrix.Stride(m);
        var start = new double[m * stride];
        for (var i = 0; i < m; i++)
        {
            Array.Copy(correlation, i * m, start, i * stride, m);
        }

        var blockCount = Math.Min(Blocks, permutations);
        var sums = new double[blockCount][];
        var squares = new double[blockCount][];
        var conditionalSums = new double[blockCount][];
        var conditionalCounts = new long[blockCount][];
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, blockCount, options, block =>
        {
            var sum = new double[q];
            var square = new double[q];
            var conditional = new double[q * q];
            var counts = new long[q * q];
            var a = new double[m * stride];
            var order = new int[q];
            var firstPerm = (long)permutations * block / blockCount;
            var lastPerm = (long)permutations * (block + 1) / blockCount;
            for (var r = firstPerm; r < lastPerm; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var state = seed ^ (0x9E3779B97F4A7C15UL * (ulong)(r + 1));
                for (var j = 0; j < q; j++)
                {
                    order[j] = j;
                }

                for (var j = q - 1; j > 0; j--)
                {
                    var k = (int)(SplitMix64.Next(ref state) % (ulong)(j + 1));
                    (order[j], order[k]) = (order[k], order[j]);
                }

                start.CopyTo(a, 0);
                for (var pos = 0; pos < q; pos++)
                {
                    var j = order[pos];
                    var gain = Gain(a, j, q, stride);
                    sum[j] += gain;
                    square[j] += gain * gain;
                    conditional[(j * q) + pos] += gain;
                    counts[(j * q) + pos]++;
                    SweepMatrix.Sweep(a, m, stride, j, reverse: false);
                }
            }

            sums[block] = sum;
            squares[block] = square;
            conditionalSums[block] = conditional;
            conditionalCounts[block] = counts;
            var finished = Interlocked.Increment(ref done);
            progress?.Report((double)finished / blockCount);
        });

        var shapley = new double[q];
        var sq = new double[q];
        var cond = new double[q * q];
        var condCount = new long[q * q];
        for (var b = 0; b < blockCount; b++)
        {
            for (var j = 0; j < q; j++)
            {
                shapley[j] += sums[b][j];
                sq[j] += squares[b][j];
            }

            for (var j = 0; j < q * q; j++)
            {
                cond[j] += conditionalSums[b][j];
                condCount[j] += conditionalCounts[b][j];
            }
        }

        var errors = new double[q];
        for (var j = 0; j < q; j++)
        {
            var mean = shapley[j] / permutations;
            var variance = permutations > 1 ? Math.Max(0, (sq[j] - (permutations * mean * mean)) / (permutations - 1)) : 0;
            shapley[j] = mean;
            errors[j] = Math.Sqrt(variance / permutations);
        }

        // The mean gain at model size s is estimated by the gains seen at position s of the orderings.
        for (var j = 0; j < q * q; j++)
        {
            cond[j] = condCount[j] > 0 ? cond[j] / condCount[j] : 0;
        }

        return new DominanceComputation(shapley, errors, cond, null, permutations);
    }

    internal static double Binomial(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }

        k = Math.Min(k, n - k);
        var result = 1.0;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return Math.Round(result);
    }

    private static double Gain(double[] a, int j, int q, int stride)
    {
        var pivot = a[(j * stride) + j];
        if (!(pivot > SweepMatrix.PivotFloor))
        {
            return 0;
        }

        var c = a[(j * stride) + q];
        return c * c / pivot;
    }

    private static void RunChunk(double[] start, double[] a, int q, int stride, long firstIndex, long length, double[] gains, double[] inSum, double[] allSum, ulong[]? notGe)
    {
        var m = q + 1;
        var yy = (q * stride) + q;
        start.CopyTo(a, 0);
        var mask = (ulong)(firstIndex ^ (firstIndex >> 1));
        for (var j = 0; j < q; j++)
        {
            if ((mask & (1UL << j)) != 0)
            {
                SweepMatrix.Sweep(a, m, stride, j, reverse: false);
            }
        }

        var size = BitOperations.PopCount(mask);
        for (long step = 0; step < length; step++)
        {
            if (step > 0)
            {
                var k = BitOperations.TrailingZeroCount((ulong)(firstIndex + step));
                var bit = 1UL << k;
                var inModel = (mask & bit) != 0;
                SweepMatrix.Sweep(a, m, stride, k, reverse: inModel);
                mask ^= bit;
                size += inModel ? -1 : 1;
            }

            // R²(S) = 1 − (swept outcome variance); clamped against rounding drift.
            var r2 = Math.Clamp(1 - a[yy], 0.0, 1.0);
            allSum[size] += r2;
            var row = size * q;
            for (var bits = mask; bits != 0; bits &= bits - 1)
            {
                inSum[row + BitOperations.TrailingZeroCount(bits)] += r2;
            }

            if (notGe is null || size == q)
            {
                continue;
            }

            for (var j = 0; j < q; j++)
            {
                gains[j] = (mask & (1UL << j)) != 0 ? double.NegativeInfinity : Gain(a, j, q, stride);
            }

            for (var bits = ~mask & ((1UL << q) - 1); bits != 0; bits &= bits - 1)
            {
                var i = BitOperations.TrailingZeroCount(bits);
                notGe[i] |= Exceeding(gains, gains[i] + DominanceTieTolerance);
            }
        }
    }

    private static void RunNestedChunk(double[] start, double[] a, int q, int low, int stride, long firstIndex, long length, double[] mini, double[] inSum, double[] allSum)
    {
        var m = q + 1;
        var mt = low + 1;
        var miniStride = SweepMatrix.Stride(mt);
        start.CopyTo(a, 0);
        var outer = (ulong)(firstIndex ^ (firstIndex >> 1));
        for (var b = 0; b < q - low; b++)
        {
            if ((outer & (1UL << b)) != 0)
            {
                SweepMatrix.Sweep(a, m, stride, low + b, reverse: false);
            }
        }

        var outerSize = BitOperations.PopCount(outer);
        var innerCount = 1 << low;
        for (long step = 0; step < length; step++)
        {
            if (step > 0)
            {
                var k = BitOperations.TrailingZeroCount((ulong)(firstIndex + step));
                var bit = 1UL << k;
                var inModel = (outer & bit) != 0;
                SweepMatrix.Sweep(a, m, stride, low + k, reverse: inModel);
                outer ^= bit;
                outerSize += inModel ? -1 : 1;
            }

            // The low drivers and the outcome, partialled on the outer subset.
            for (var i = 0; i < mt; i++)
            {
                var ai = (i == low ? q : i) * stride;
                for (var j = 0; j < mt; j++)
                {
                    mini[(i * miniStride) + j] = a[ai + (j == low ? q : j)];
                }
            }

            var highMask = outer << low;
            var inner = 0UL;
            var size = outerSize;
            for (var t = 0; t < innerCount; t++)
            {
                if (t > 0)
                {
                    var k = BitOperations.TrailingZeroCount(t);
                    var bit = 1UL << k;
                    var inModel = (inner & bit) != 0;
                    SweepMatrix.Sweep(mini, mt, miniStride, k, reverse: inModel);
                    inner ^= bit;
                    size += inModel ? -1 : 1;
                }

                var r2 = Math.Clamp(1 - mini[(low * miniStride) + low], 0.0, 1.0);
                allSum[size] += r2;
                var row = size * q;
                for (var bits = highMask | inner; bits != 0; bits &= bits - 1)
                {
                    inSum[row + BitOperations.TrailingZeroCount(bits)] += r2;
                }
            }
        }
    }

    /// <summary>Bit j set when gains[j] exceeds the threshold; drivers in the model carry −∞ and never do.</summary>
    private static ulong Exceeding(double[] gains, double threshold)
    {
        ulong bits = 0;
        var j = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var t = Vector256.Create(threshold);
            for (; j <= gains.Length - Vector256<double>.Count; j += Vector256<double>.Count)
            {
                var g = Vector256.Create(new ReadOnlySpan<double>(gains, j, Vector256<double>.Count));
                bits |= (ulong)Vector256.GreaterThan(g, t).ExtractMostSignificantBits() << j;
            }
        }

        for (; j < gains.Length; j++)
        {
            if (gains[j] > threshold)
            {
                bits |= 1UL << j;
            }
        }

        return bits;
    }


    private static void Add(double[] target, double[] source)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }

    private sealed class BlockResult
    {
        public BlockResult(int q)
        {
            InSum = new double[(q + 1) * q];
            AllSum = new double[q + 1];
            NotGreaterOrEqual = new ulong[q];
        }

        /// <summary>Σ R²(S) over subsets S of each size (row) that hold each driver (column).</summary>
        public double[] InSum { get; }

        /// <summary>Σ R²(S) over all subsets of each size.</summary>
        public double[] AllSum { get; }

        public ulong[] NotGreaterOrEqual { get; }
    }
}
