using BenchmarkDotNet.Attributes;
using CxOkr.Drivers;

namespace CxOkr.Benchmarks;

/// <summary>Exact Shapley (LMG) with conditional and complete dominance in one Gray-code pass (issue 4 targets: p = 20 under 100 ms, p = 25 under 3 s on 2 cores).</summary>
[MemoryDiagnoser]
public class ShapleyBenchmarks
{
    private double[] correlation = [];

    [Params(10, 15, 20, 25)]
    public int P { get; set; }

    [GlobalSetup]
    public void Setup() => correlation = Correlation(P, seed: 2026);

    [Benchmark(Baseline = true)]
    public double ExactShapleyWithConditionalDominance()
    {
        var result = DominanceEngine.Exact(correlation, P, false, -1, null, CancellationToken.None);
        return result.Shapley[0] + result.Conditional[1];
    }

    [Benchmark]
    public double ExactShapleyWithCompleteDominance()
    {
        var result = DominanceEngine.Exact(correlation, P, true, -1, null, CancellationToken.None);
        return result.Shapley[0] + result.Complete![1];
    }

    [Benchmark]
    public double SampledShapley10000Permutations()
    {
        var result = DominanceEngine.Sampled(correlation, P, 10_000, 1, -1, null, CancellationToken.None);
        return result.Shapley[0];
    }

    /// <summary>A (p+1)×(p+1) correlation matrix of p correlated drivers and an outcome (last), row-major.</summary>
    private static double[] Correlation(int p, int seed)
    {
        var random = new Random(seed);
        const int n = 2000;
        var m = p + 1;
        var data = new double[n, m];
        for (var i = 0; i < n; i++)
        {
            var common = random.NextDouble();
            var y = 0.0;
            for (var j = 0; j < p; j++)
            {
                data[i, j] = common + random.NextDouble();
                y += data[i, j] * ((j % 4) - 1);
            }

            data[i, p] = y + random.NextDouble();
        }

        var mean = new double[m];
        for (var j = 0; j < m; j++)
        {
            for (var i = 0; i < n; i++)
            {
                mean[j] += data[i, j] / n;
            }
        }

        var cov = new double[m * m];
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < m; b++)
            {
                for (var i = 0; i < n; i++)
                {
                    cov[(a * m) + b] += (data[i, a] - mean[a]) * (data[i, b] - mean[b]);
                }
            }
        }

        var corr = new double[m * m];
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < m; b++)
            {
                corr[(a * m) + b] = cov[(a * m) + b] / Math.Sqrt(cov[(a * m) + a] * cov[(b * m) + b]);
            }
        }

        return corr;
    }
}
