using BenchmarkDotNet.Attributes;
using CxOkr.Alignment;

namespace CxOkr.Benchmarks;

/// <summary>Building the cascade graph and running every built-in alignment rule (issue 6 target: 100,000 objectives well under a second).</summary>
[MemoryDiagnoser]
public class AlignmentBenchmarks
{
    private OkrBenchmarkData data = null!;
    private readonly AlignmentChecker checker = new();

    [Params(1_000, 100_000)]
    public int Objectives { get; set; }

    [GlobalSetup]
    public void Setup() => data = OkrBenchmarkData.Create(Objectives);

    [Benchmark]
    public int BuildGraphAndCheck()
    {
        var graph = new CascadeGraph(data.Objectives, data.Units, [OkrBenchmarkData.Quarter], data.Metrics, data.Links);
        return checker.Check(graph).Findings.Count;
    }
}
