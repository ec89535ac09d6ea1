using BenchmarkDotNet.Attributes;
using CxOkr.Drivers;

namespace CxOkr.Benchmarks;

/// <summary>One pass of the weighted covariance accumulator over n rows × p columns, row by row and by blocks (issue 4 target: 10^6 × 20 under 100 ms).</summary>
[MemoryDiagnoser]
public class AccumulatorBenchmarks
{
    private const int BlockRows = 4096;
    private double[] rows = [];
    private double[] weights = [];

    [Params(10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [Params(10, 20, 30)]
    public int P { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        rows = new double[N * P];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = 1 + (9 * random.NextDouble());
        }

        weights = new double[N];
        for (var i = 0; i < N; i++)
        {
            weights[i] = 0.5 + random.NextDouble();
        }
    }

    [Benchmark(Baseline = true)]
    public double Blocks()
    {
        var acc = new CovarianceAccumulator(P);
        for (var start = 0; start < N; start += BlockRows)
        {
            var count = Math.Min(BlockRows, N - start);
            acc.AddBlock(rows.AsSpan(start * P, count * P), weights.AsSpan(start, count));
        }

        return acc.CoMoment(0, P - 1);
    }

    [Benchmark]
    public double RowByRow()
    {
        var acc = new CovarianceAccumulator(P);
        for (var i = 0; i < N; i++)
        {
            acc.Add(rows.AsSpan(i * P, P), weights[i]);
        }

        return acc.CoMoment(0, P - 1);
    }
}
