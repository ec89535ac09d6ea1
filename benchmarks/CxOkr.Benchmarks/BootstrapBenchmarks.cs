using BenchmarkDotNet.Attributes;
using CxOkr.Data;
using CxOkr.Drivers;

namespace CxOkr.Benchmarks;

/// <summary>Bootstrap with all metrics (issue 4 target: B = 1000, n = 5000, p = 10 under 2 s on 2 cores).</summary>
[MemoryDiagnoser]
public class BootstrapBenchmarks
{
    private ColumnTable table = ColumnTable.FromColumns(["y"], [[0.0]]);
    private KeyDriverSpecification specification = new("y", ["x"]);
    private KeyDriverBootstrapper bootstrapper = new(new KeyDriverOptions(), new BootstrapOptions());

    [Params(1000)]
    public int B { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        const int n = 5000;
        const int p = 10;
        var random = new Random(2026);
        var columns = new double[p + 2][];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = new double[n];
        }

        for (var i = 0; i < n; i++)
        {
            var common = random.NextDouble();
            var y = 0.0;
            for (var j = 1; j <= p; j++)
            {
                columns[j][i] = Math.Round(1 + (9 * ((common + random.NextDouble()) / 2)));
                y += columns[j][i] * (j % 3) / 10.0;
            }

            columns[0][i] = y + random.NextDouble();
            columns[p + 1][i] = 0.5 + random.NextDouble();
        }

        var names = new List<string> { "y" };
        names.AddRange(Enumerable.Range(1, p).Select(j => $"x{j}"));
        names.Add("w");
        table = ColumnTable.FromColumns(names, columns);
        specification = new KeyDriverSpecification("y", names.Skip(1).Take(p).ToArray(), "w");
        bootstrapper = new KeyDriverBootstrapper(new KeyDriverOptions(), new BootstrapOptions { Replicates = B, Seed = 1 });
    }

    [Benchmark]
    public double Bootstrap() => bootstrapper.Run(table, specification).RSquared.BcaLower;
}
