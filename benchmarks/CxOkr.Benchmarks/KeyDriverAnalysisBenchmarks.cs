using BenchmarkDotNet.Attributes;
using CxOkr.Drivers;

namespace CxOkr.Benchmarks;

/// <summary>The whole analysis from sufficient statistics (regression, relative weights, Shapley); relative weights alone at p = 50 via sampled Shapley.</summary>
[MemoryDiagnoser]
public class KeyDriverAnalysisBenchmarks
{
    private CovarianceAccumulator statistics = new(1);
    private string[] names = [];
    private KeyDriverAnalyzer analyzer = new();

    [Params(10, 50)]
    public int P { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        statistics = new CovarianceAccumulator(P + 1);
        var row = new double[P + 1];
        for (var i = 0; i < 5000; i++)
        {
            var common = random.NextDouble();
            var y = 0.0;
            for (var j = 1; j <= P; j++)
            {
                row[j] = common + random.NextDouble();
                y += row[j] * (j % 3);
            }

            row[0] = y + random.NextDouble();
            statistics.Add(row);
        }

        names = Enumerable.Range(1, P).Select(j => $"x{j}").ToArray();
        // Complete dominance on, as when the committed figures in docs/benchmarks.md were measured (it is now opt-in).
        analyzer = new KeyDriverAnalyzer(new KeyDriverOptions { MaxExactDrivers = 20, Permutations = 1000, CompleteDominance = true });
    }

    [Benchmark]
    public double Analyze() => analyzer.Analyze(statistics, "y", names).Drivers[0].RelativeWeight;
}
