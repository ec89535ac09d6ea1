using BenchmarkDotNet.Attributes;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Linkage;

namespace CxOkr.Benchmarks;

/// <summary>
/// Tier linkage with bootstrap (issue 13 target: 10 equations, 30 metrics, n = 100,000, 1,000 resamples under 20 s):
/// 20 interaction metrics feed 9 journey metrics (2 or 3 each), which feed one relationship metric; 5% of the
/// cells missing, weighted.
/// </summary>
[MemoryDiagnoser]
public class LinkageBenchmarks
{
    private const int Interactions = 20;
    private const int Journeys = 9;

    private ColumnTable table = ColumnTable.FromColumns(["y"], [[0.0]]);
    private List<MetricDefinition> metrics = [];
    private List<MetricLink> links = [];
    private LinkageAnalyzer analyzer = new();

    [Params(100_000)]
    public int N { get; set; }

    [Params(1000)]
    public int B { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        metrics = [];
        links = [];
        for (var i = 0; i < Interactions; i++)
        {
            metrics.Add(new MetricDefinition($"i{i}", $"i{i}", MetricTier.Interaction, MetricScope.ForTouchpoint("tp"), DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean));
            links.Add(new MetricLink($"i{i}", $"j{i % Journeys}"));
        }

        for (var j = 0; j < Journeys; j++)
        {
            metrics.Add(new MetricDefinition($"j{j}", $"j{j}", MetricTier.Journey, MetricScope.ForJourney("journey"), DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean));
            links.Add(new MetricLink($"j{j}", "nps"));
        }

        metrics.Add(new MetricDefinition("nps", "nps", MetricTier.Relationship, MetricScope.None, DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean));
        var names = metrics.Select(static m => m.Id).Append("w").ToArray();
        var columns = names.Select(_ => new double[N]).ToArray();
        for (var r = 0; r < N; r++)
        {
            var journeys = new double[Journeys];
            for (var i = 0; i < Interactions; i++)
            {
                columns[i][r] = Math.Round(1 + (4 * random.NextDouble()));
                journeys[i % Journeys] += 0.3 * columns[i][r];
            }

            var nps = 0.0;
            for (var j = 0; j < Journeys; j++)
            {
                columns[Interactions + j][r] = journeys[j] + Normal();
                nps += 0.2 * columns[Interactions + j][r];
            }

            columns[Interactions + Journeys][r] = nps + Normal();
            columns[^1][r] = 0.5 + random.NextDouble();
            for (var c = 0; c < names.Length - 1; c++)
            {
                if (random.NextDouble() < 0.05)
                {
                    columns[c][r] = double.NaN;
                }
            }
        }

        table = ColumnTable.FromColumns(names, columns);
        analyzer = new LinkageAnalyzer(new LinkageOptions { Weight = "w", Bootstrap = new BootstrapOptions { Replicates = B, Seed = 1 } });
    }

    [Benchmark]
    public double Linkage() => analyzer.Analyze(metrics, links, table, "nps").Effects[0].TotalInterval!.BcaLower;
}
