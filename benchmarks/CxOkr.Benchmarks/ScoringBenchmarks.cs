using BenchmarkDotNet.Attributes;
using CxOkr.Okrs;

namespace CxOkr.Benchmarks;

/// <summary>Scoring a whole organisation: every objective and key result, status, forecast and the achievements from 13 weekly check-ins.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private OkrBenchmarkData data = null!;
    private readonly OkrScorer scorer = new();

    [Params(1_000, 100_000)]
    public int Objectives { get; set; }

    [GlobalSetup]
    public void Setup() => data = OkrBenchmarkData.Create(Objectives);

    [Benchmark]
    public int ScoreWithAchievements()
    {
        var card = scorer.Score(data.Objectives, [OkrBenchmarkData.Quarter], new DateOnly(2026, 11, 27));
        return card.Objectives.Count + card.Achievements.Count;
    }
}
