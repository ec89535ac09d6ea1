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
    public void Setup() => correlation = BenchmarkData.Correlation(P, seed: 2026);

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
}
