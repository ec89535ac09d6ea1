using BenchmarkDotNet.Attributes;
using CxOkr.Okrs;

namespace CxOkr.Benchmarks;

/// <summary>
/// Probability of attainment (issue 15): scoring objectives whose probability must be simulated (aspirational,
/// 10,000 draws over 3 key results with 13 weekly check-ins each) against the same objectives committed
/// (exact product, no draws).
/// </summary>
[MemoryDiagnoser]
public class AttainmentBenchmarks
{
    private List<Objective> _aspirational = null!;
    private List<Objective> _committed = null!;
    private readonly OkrScorer _scorer = new();

    [Params(10, 100)]
    public int Objectives { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = OkrBenchmarkData.Create(Objectives);
        _committed = [.. data.Objectives.Select(static o => new Objective(o.Id, o.Title, o.UnitId, o.PeriodId, o.KeyResults))];
        _aspirational = [.. data.Objectives.Select(static o => new Objective(o.Id, o.Title, o.UnitId, o.PeriodId, o.KeyResults, type: ObjectiveType.Aspirational))];
    }

    [Benchmark]
    public double Simulated() => _scorer.Score(_aspirational, [OkrBenchmarkData.Quarter], new DateOnly(2026, 11, 27)).Objectives[0].AttainmentProbability ?? 0;

    [Benchmark(Baseline = true)]
    public double ExactProduct() => _scorer.Score(_committed, [OkrBenchmarkData.Quarter], new DateOnly(2026, 11, 27)).Objectives[0].AttainmentProbability ?? 0;
}
