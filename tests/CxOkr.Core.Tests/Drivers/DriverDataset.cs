using CxOkr.Data;
using CxOkr.Drivers;

namespace CxOkr.Tests.Drivers;

/// <summary>A random, correlated survey-like data set: outcome first, then drivers, with case weights.</summary>
public sealed class DriverDataset
{
    public DriverDataset(int seed, int drivers, int rows)
    {
        Seed = seed;
        var random = new Random(seed);
        var names = Enumerable.Range(1, drivers).Select(j => $"x{j}").ToArray();
        var x = new double[drivers][];
        var common = Enumerable.Range(0, rows).Select(_ => Normal(random)).ToArray();
        for (var j = 0; j < drivers; j++)
        {
            var loading = random.NextDouble();
            var scale = 0.5 + (3 * random.NextDouble());
            var shift = 10 * random.NextDouble();
            x[j] = Enumerable.Range(0, rows).Select(i => shift + (scale * ((loading * common[i]) + Normal(random)))).ToArray();
        }

        var beta = Enumerable.Range(0, drivers).Select(_ => (2 * random.NextDouble()) - 0.5).ToArray();
        var y = Enumerable.Range(0, rows).Select(i => Enumerable.Range(0, drivers).Sum(j => beta[j] * x[j][i]) + (2 * Normal(random))).ToArray();
        Names = names;
        Outcome = y;
        Drivers = x;
        Weights = Enumerable.Range(0, rows).Select(_ => 0.2 + (2.8 * random.NextDouble())).ToArray();
    }

    public int Seed { get; }

    public IReadOnlyList<string> Names { get; }

    public double[] Outcome { get; }

    public double[][] Drivers { get; }

    public double[] Weights { get; }

    public int P => Drivers.Length;

    public int N => Outcome.Length;

    public ColumnTable Table(bool weighted = true, double weightFactor = 1.0)
    {
        var names = new List<string> { "y" };
        names.AddRange(Names);
        var columns = new List<double[]> { Outcome };
        columns.AddRange(Drivers);
        if (weighted)
        {
            names.Add("w");
            columns.Add(Weights.Select(w => w * weightFactor).ToArray());
        }

        return ColumnTable.FromColumns(names, columns);
    }

    public KeyDriverResult Analyze(KeyDriverOptions? options = null, bool weighted = true) =>
        new KeyDriverAnalyzer(options ?? new KeyDriverOptions()).Analyze(Table(weighted), new KeyDriverSpecification("y", Names, weighted ? "w" : null));

    public override string ToString() => $"DriverDataset(seed {Seed}, p {P}, n {N})";

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
