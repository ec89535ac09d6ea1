using CxOkr.Drivers;

namespace CxOkr.Data.Tests;

/// <summary>Generated survey-like rows whose columns sit around 1e9 with a spread of about 1e-3 (multiples of 2^-10,
/// exact in doubles), with a weight and an id; and the in-memory accumulator of them.</summary>
internal sealed class FarFromZeroData
{
    public const int Columns = 4;

    public FarFromZeroData(int rows, int seed)
    {
        var random = new Random(seed);
        Values = new double[rows][];
        Weights = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            var shared = random.Next(-8, 9);
            Values[i] = new double[Columns];
            for (var j = 0; j < Columns; j++)
            {
                Values[i][j] = (1e9 * (j + 1)) + ((random.Next(-8, 9) + (j == 0 ? 2 * shared : shared)) / 1024.0);
            }

            Weights[i] = random.Next(0, 5) * 0.25;
        }
    }

    public static string[] Names { get; } = ["y", "x1", "x2", "x3"];

    public double[][] Values { get; }

    public double[] Weights { get; }

    /// <summary>The in-memory statistics as the driver analysis accumulates them (blocks of 4096 rows), with the weights or without.</summary>
    public CovarianceAccumulator InMemory(bool weighted)
    {
        var accumulator = new CovarianceAccumulator(Columns);
        for (var start = 0; start < Values.Length; start += 4096)
        {
            var rows = Values.Skip(start).Take(4096).ToArray();
            accumulator.AddBlock(rows.SelectMany(r => r).ToArray(), weighted ? Weights.AsSpan(start, rows.Length) : default);
        }

        return accumulator;
    }

    /// <summary>The exact statistics, in decimal arithmetic on the offsets from 1e9 (j + 1), which are exact.</summary>
    public CovarianceAccumulator Exact(bool weighted)
    {
        var used = Enumerable.Range(0, Values.Length).Where(i => !weighted || Weights[i] > 0).ToArray();
        decimal W(int i) => weighted ? (decimal)Weights[i] : 1m;
        decimal Offset(int i, int j) => (decimal)(Values[i][j] - (1e9 * (j + 1)));
        var total = used.Sum(W);
        var means = new decimal[Columns];
        for (var j = 0; j < Columns; j++)
        {
            means[j] = used.Sum(i => W(i) * Offset(i, j)) / total;
        }

        var co = new double[Columns * Columns];
        for (var a = 0; a < Columns; a++)
        {
            for (var b = 0; b < Columns; b++)
            {
                co[(a * Columns) + b] = (double)used.Sum(i => W(i) * (Offset(i, a) - means[a]) * (Offset(i, b) - means[b]));
            }
        }

        return CovarianceAccumulator.FromMoments(
            used.Length, (double)total, (double)used.Sum(i => W(i) * W(i)),
            Enumerable.Range(0, Columns).Select(j => (1e9 * (j + 1)) + (double)means[j]).ToArray(),
            co,
            Enumerable.Range(0, Columns).Select(j => used.Min(i => Values[i][j])).ToArray(),
            Enumerable.Range(0, Columns).Select(j => used.Max(i => Values[i][j])).ToArray());
    }

    /// <summary>Asserts equal counts and weight sums, means within <paramref name="tolerance"/> of the spread (and a few
    /// ulps), co-moments within <paramref name="tolerance"/> of sqrt(c_ii c_jj).</summary>
    public static void AssertClose(CovarianceAccumulator expected, CovarianceAccumulator actual, double tolerance = 1e-9)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.SumOfWeights, actual.SumOfWeights, 1e-9 * expected.SumOfWeights);
        Assert.Equal(expected.SumOfSquaredWeights, actual.SumOfSquaredWeights, 1e-9 * expected.SumOfSquaredWeights);
        for (var i = 0; i < expected.Dimension; i++)
        {
            var spread = Math.Sqrt(expected.CoMoment(i, i) / expected.SumOfWeights);
            Assert.True(Math.Abs(expected.Mean(i) - actual.Mean(i)) <= (tolerance * spread) + (1e-15 * Math.Abs(expected.Mean(i))), $"mean {i}: {expected.Mean(i):R} vs {actual.Mean(i):R}");
            Assert.Equal(expected.Minimum(i), actual.Minimum(i));
            Assert.Equal(expected.Maximum(i), actual.Maximum(i));
            for (var j = 0; j < expected.Dimension; j++)
            {
                var scale = Math.Sqrt(expected.CoMoment(i, i) * expected.CoMoment(j, j));
                Assert.True(scale > 0);
                Assert.True(Math.Abs(expected.CoMoment(i, j) - actual.CoMoment(i, j)) <= tolerance * scale, $"co-moment ({i}, {j}): {expected.CoMoment(i, j):R} vs {actual.CoMoment(i, j):R}");
            }
        }
    }
}
