using CxOkr.Data;
using CxOkr.Journeys;
using CxOkr.Linkage;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CxOkr.Tests.Linkage.LinkageFixture;

namespace CxOkr.Tests.Linkage;

/// <summary>Laws the linkage analysis obeys on any data (FsCheck over seeded random path models with missing cells and weights).</summary>
public sealed class LinkageLawTests
{
    private static readonly string[] Columns = ["i1", "i2", "i3", "j1", "j2", "t", "w"];

    private static readonly MetricDefinition[] Metrics =
    [
        Metric("i1", MetricTier.Interaction), Metric("i2", MetricTier.Interaction), Metric("i3", MetricTier.Interaction),
        Metric("j1", MetricTier.Journey), Metric("j2", MetricTier.Journey), Metric("t", MetricTier.Relationship),
    ];

    private static readonly MetricLink[] Links =
    [
        new("i1", "j1"), new("i2", "j1"), new("i2", "j2"), new("i3", "j2"), new("j1", "j2"),
        new("j1", "t"), new("j2", "t"), new("i1", "t"),
    ];

    public static Arbitrary<int> Seeds() => Gen.Choose(1, int.MaxValue - 1).ToArbitrary();

    [Property(MaxTest = 100)]
    public Property Total_is_direct_plus_the_products_along_every_listed_path() => Prop.ForAll(Seeds(), seed =>
    {
        var result = Analyze(Data(seed));
        var coefficient = result.Equations.SelectMany(e => e.Terms.Select(t => (Key: (t.MetricId, e.MetricId), t.Coefficient))).ToDictionary(p => p.Key, p => p.Coefficient);
        foreach (var effect in result.Effects)
        {
            double Product(IReadOnlyList<string> path) => path.Zip(path.Skip(1)).Aggregate(1.0, (p, step) => p * coefficient[step]);
            var direct = effect.Paths.Where(p => p.Count == 2).Sum(Product);
            var indirect = effect.Paths.Where(p => p.Count > 2).Sum(Product);
            Assert.Equal(direct, effect.Direct, 12);
            Assert.Equal(indirect, effect.Indirect, 10);
            Assert.Equal(effect.Total, effect.Direct + effect.Indirect, 12);
            Assert.All(effect.Paths, p => Assert.Equal((effect.MetricId, "t"), (p[0], p[^1])));
        }

        // i2 reaches t through j1, through j2, and through j1 then j2.
        Assert.Equal(3, result.Effect("i2").Paths.Count);
    });

    [Property(MaxTest = 100)]
    public Property A_chains_total_effect_is_the_product_of_its_links() => Prop.ForAll(Seeds(), seed =>
    {
        var data = Data(seed);
        var chain = new[] { new MetricLink("i1", "j1"), new MetricLink("j1", "t") };
        var result = new LinkageAnalyzer(new LinkageOptions { Weight = "w" }).Analyze(Metrics, chain, data, "t");
        var first = result.Equations.Single(e => e.MetricId == "j1").Terms.Single().Coefficient;
        var second = result.Equations.Single(e => e.MetricId == "t").Terms.Single().Coefficient;
        Assert.Equal(first * second, result.Effect("i1").Total, 14);
        Assert.Equal(0, result.Effect("i1").Direct);
    });

    [Property(MaxTest = 100)]
    public Property Rescaling_a_column_rescales_its_effects_and_leaves_standardised_effects_unchanged() => Prop.ForAll(
        Seeds(),
        Gen.Elements("i1", "i2", "j1", "j2", "t").ToArbitrary(),
        Gen.Elements(-4.0, 0.01, 3.0, 250.0).ToArbitrary(),
        (seed, column, scale) =>
        {
            var data = Data(seed);
            var original = Analyze(data);
            var rescaled = Analyze(Rescale(data, column, scale));
            foreach (var e in original.Effects)
            {
                var r = rescaled.Effect(e.MetricId);

                // b(t, x) is in units of t per unit of x: x scaled by s divides it by s; t scaled by s multiplies every effect by s.
                var factor = (e.MetricId == column ? 1 / scale : 1) * (column == "t" ? scale : 1);
                Relative(e.Total * factor, r.Total, e.MetricId);
                Relative(e.Direct * factor, r.Direct, e.MetricId);
                var sign = (e.MetricId == column ? Math.Sign(scale) : 1) * (column == "t" ? Math.Sign(scale) : 1);
                Relative(e.StandardizedTotal * sign, r.StandardizedTotal, e.MetricId);
            }

            foreach (var (e, r) in original.Equations.Zip(rescaled.Equations))
            {
                foreach (var (t, u) in e.Terms.Zip(r.Terms))
                {
                    var sign = t.MetricId == column || e.MetricId == column ? Math.Sign(scale) : 1;
                    Relative(t.StandardizedCoefficient * sign, u.StandardizedCoefficient, $"{e.MetricId}~{t.MetricId}");
                    Relative(t.T * sign, u.T, $"{e.MetricId}~{t.MetricId}");
                }
            }
        });

    [Property(MaxTest = 100)]
    public Property Adding_an_unrelated_metric_changes_nothing_else() => Prop.ForAll(Seeds(), seed =>
    {
        var data = Data(seed);
        var original = Analyze(data);
        var random = new Random(seed);
        var names = data.ColumnNames.Append("z").ToArray();
        var columns = data.ColumnNames.Select(n => data.NumericColumn(n)).Append(Enumerable.Range(0, data.RowCount).Select(_ => random.NextDouble()).ToArray()).ToArray();
        var metrics = Metrics.Append(Metric("z", MetricTier.Interaction)).Append(Metric("other", MetricTier.Relationship));
        var links = Links.Append(new MetricLink("z", "other"));
        var extended = new LinkageAnalyzer(new LinkageOptions { Weight = "w" }).Analyze(metrics, links, ColumnTable.FromColumns(names, columns), "t");
        Assert.Equal(original.Equations, extended.Equations, new EquationComparer());
        Assert.Equal(original.Effects.Select(static e => (e.MetricId, e.Direct, e.Total, e.StandardizedTotal)), extended.Effects.Select(static e => (e.MetricId, e.Direct, e.Total, e.StandardizedTotal)));
    });

    [Property(MaxTest = 50)]
    public Property Ranking_is_the_interaction_metrics_by_absolute_standardised_effect() => Prop.ForAll(Seeds(), seed =>
    {
        var ranking = Analyze(Data(seed)).Ranking();
        Assert.Equal(["i1", "i2", "i3"], ranking.Select(static e => e.MetricId).Order(StringComparer.Ordinal));
        Assert.True(ranking.Zip(ranking.Skip(1)).All(static p => Math.Abs(p.First.StandardizedTotal) >= Math.Abs(p.Second.StandardizedTotal) - 1e-12));
    });

    internal static LinkageResult Analyze(ColumnTable data) => new LinkageAnalyzer(new LinkageOptions { Weight = "w" }).Analyze(Metrics, Links, data, "t");

    /// <summary>A linear path model with random coefficients, 10% missing cells and random weights.</summary>
    internal static ColumnTable Data(int seed)
    {
        var random = new Random(seed);
        var n = random.Next(40, 200);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        double Coefficient() => (random.NextDouble() * 2) - 1;
        var (a, b, c, d, e, f, g, h) = (Coefficient(), Coefficient(), Coefficient(), Coefficient(), Coefficient(), Coefficient(), Coefficient(), Coefficient());
        var columns = Columns.Select(_ => new double[n]).ToArray();
        for (var r = 0; r < n; r++)
        {
            var i1 = Math.Round(1 + (4 * random.NextDouble()));
            var i2 = Normal() * 2;
            var i3 = random.NextDouble() * 10;
            var j1 = (a * i1) + (b * i2) + Normal();
            var j2 = (c * i2) + (d * i3) + (e * j1) + Normal();
            var t = (f * j1) + (g * j2) + (h * i1) + Normal();
            double[] row = [i1, i2, i3, j1, j2, t, 0.2 + random.NextDouble()];
            for (var k = 0; k < row.Length; k++)
            {
                columns[k][r] = k < 6 && random.NextDouble() < 0.1 ? double.NaN : row[k];
            }
        }

        return ColumnTable.FromColumns(Columns, columns);
    }

    private static ColumnTable Rescale(ColumnTable data, string column, double scale) =>
        ColumnTable.FromColumns(data.ColumnNames, data.ColumnNames.Select(n => n == column ? data.NumericColumn(n).Select(v => v * scale).ToArray() : data.NumericColumn(n)).ToArray());

    private static void Relative(double expected, double actual, string where) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(Math.Abs(expected), 1e-12), $"{where}: expected {expected:R}, got {actual:R}");

    private sealed class EquationComparer : IEqualityComparer<LinkageEquation>
    {
        public bool Equals(LinkageEquation? x, LinkageEquation? y) =>
            x!.MetricId == y!.MetricId && x.NUsed == y.NUsed && x.RSquared == y.RSquared && x.Intercept == y.Intercept && x.Terms.SequenceEqual(y.Terms);

        public int GetHashCode(LinkageEquation obj) => obj.MetricId.GetHashCode(StringComparison.Ordinal);
    }
}
