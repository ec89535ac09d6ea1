using CxOkr.Data;
using CxOkr.Drivers;

namespace CxOkr.Tests.Drivers;

/// <summary>A random data set for the outcome-model laws: integer drivers 1..7, a 0/1 or ordered (1..levels) outcome from a cumulative-logit model with weak effects (so separation is very unlikely), positive weights.</summary>
public sealed class OutcomeDataset
{
    public OutcomeDataset(int seed, bool ordinal)
    {
        var random = new Random(seed);
        var n = 80 + random.Next(60);
        var p = 1 + random.Next(4);
        Levels = ordinal ? 3 + random.Next(3) : 2;
        Names = Enumerable.Range(1, p).Select(j => $"x{j}").ToArray();
        Drivers = Enumerable.Range(0, p).Select(_ => Enumerable.Range(0, n).Select(_ => (double)(1 + random.Next(7))).ToArray()).ToArray();
        var b = Enumerable.Range(0, p).Select(_ => (random.NextDouble() - 0.5) * 0.8).ToArray();
        var cuts = Enumerable.Range(1, Levels - 1).Select(j => (j - (Levels / 2.0)) * 1.2).ToArray();
        Outcome = new double[n];
        for (var r = 0; r < n; r++)
        {
            var eta = Enumerable.Range(0, p).Sum(j => b[j] * (Drivers[j][r] - 4));
            var u = random.NextDouble();
            var latent = eta + Math.Log(u / (1 - u));
            Outcome[r] = (ordinal ? 1 : 0) + cuts.Count(c => latent > c);
        }

        Weights = Enumerable.Range(0, n).Select(_ => Math.Round(0.5 + (random.NextDouble() * 1.5), 2)).ToArray();
    }

    public int Levels { get; }

    public string[] Names { get; }

    public double[][] Drivers { get; }

    public double[] Outcome { get; }

    public double[] Weights { get; }

    public DriverTable Table(double[]? outcome = null, string[]? order = null, bool weighted = true, int copies = 1, double weightFactor = 1)
    {
        var names = new List<string> { "y" };
        names.AddRange(Names);
        names.Add("w");
        var columns = new List<double[]> { Repeat(outcome ?? Outcome, copies) };
        columns.AddRange(Drivers.Select(d => Repeat(d, copies)));
        columns.Add(Repeat(Weights.Select(w => w * weightFactor).ToArray(), copies));
        return DriverTable.FromTable(ColumnTable.FromColumns(names, columns), "y", order ?? Names, weighted ? "w" : null);
    }

    public override string ToString() => $"n={Outcome.Length}, p={Names.Length}, levels={Levels}";

    private static double[] Repeat(double[] values, int copies) => Enumerable.Range(0, copies).SelectMany(_ => values).ToArray();
}
