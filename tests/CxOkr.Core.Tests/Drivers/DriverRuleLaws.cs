using CxOkr.Alignment;
using CxOkr.Drivers;
using CxOkr.Journeys;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Tests.Drivers;

/// <summary>Laws of the one driver order and the one driver-table builder (FsCheck).</summary>
public sealed class DriverRuleLaws
{
    private static readonly DateOnly Day = new(2026, 10, 1);

    private static readonly string[] Ids = ["a", "b", "c", "d", "e", "f"];

    private static readonly MetricDefinition[] Metrics = new[] { "y" }.Concat(Ids)
        .Select(static id => new MetricDefinition(id, id, MetricTier.Interaction, MetricScope.ForTouchpoint("tp-chat"), DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean, new MetricScale(1, 10)))
        .ToArray();

    /// <summary>Shares drawn with many exact and near ties (differences below and above the 12-decimal tie rule).</summary>
    private static Gen<double> Share() =>
        Gen.OneOf(
            Gen.Elements(0.0, 0.25, 0.5, 0.5 + 1e-15, 0.5 + 1e-11, 1.0),
            Gen.Choose(0, 1_000_000).Select(static k => k / 1_000_000.0));

    [Property(MaxTest = 300)]
    public Property Ranking_order_does_not_depend_on_the_input_order() =>
        Prop.ForAll(
            Gen.ArrayOf(Share(), Ids.Length).ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (shares, seed) =>
            {
                var pairs = Ids.Select((id, i) => new KeyValuePair<string, double>(id, shares[i])).ToArray();
                var shuffled = pairs.ToArray();
                new Random(seed).Shuffle(shuffled);
                var first = new KeyDriverRanking("y", pairs).Drivers.Select(static d => d.Key);
                var second = new KeyDriverRanking("y", shuffled).Drivers.Select(static d => d.Key);
                Assert.Equal(first, second);
            });

    [Property(MaxTest = 300)]
    public Property The_order_is_a_strict_total_order_on_distinct_names() =>
        Prop.ForAll(
            Share().ToArbitrary(),
            Share().ToArbitrary(),
            Share().ToArbitrary(),
            (x, y, z) =>
            {
                // Antisymmetric, and transitive over a triple.
                Assert.Equal(Math.Sign(DriverOrder.Compare("a", x, "b", y)), -Math.Sign(DriverOrder.Compare("b", y, "a", x)));
                Assert.NotEqual(0, DriverOrder.Compare("a", x, "b", y));
                if (DriverOrder.Compare("a", x, "b", y) < 0 && DriverOrder.Compare("b", y, "c", z) < 0)
                {
                    Assert.True(DriverOrder.Compare("a", x, "c", z) < 0);
                }
            });

    [Property(MaxTest = 60)]
    public Property The_table_and_its_analysis_do_not_depend_on_response_order_or_the_scale_of_the_weights() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            Gen.Elements(0.001, 0.5, 3.0, 1e4).ToArbitrary(),
            (seed, factor) =>
            {
                var responses = Responses(seed, 80);
                var drivers = Ids[..4];
                var table = DriverTable.FromResponses(responses, "y", drivers, Metrics);
                var shuffled = responses.ToArray();
                new Random(seed ^ 0x5bd1e995).Shuffle(shuffled);
                var reordered = DriverTable.FromResponses(shuffled, "y", drivers, Metrics);
                var scaled = DriverTable.FromResponses(responses.Select(r => new Response(r.RespondentId, r.Date, r.Values, r.Weight * factor)), "y", drivers, Metrics);

                Assert.Equal(table.CompleteRows, reordered.CompleteRows);
                Assert.Equal(table.CompleteRows, scaled.CompleteRows);
                var analyzer = new KeyDriverAnalyzer();
                var original = analyzer.Analyze(table.Table, table.Specification);
                foreach (var other in new[] { reordered, scaled })
                {
                    var result = analyzer.Analyze(other.Table, other.Specification);
                    Assert.Equal(original.RSquared, result.RSquared, 1e-10);
                    foreach (var d in original.Drivers)
                    {
                        Assert.Equal(d.ShapleyShare, result.Drivers.Single(x => x.Name == d.Name).ShapleyShare, 1e-9);
                    }
                }
            });

    // n responses on 1-10 scales; some skip a driver, a few skip the outcome; positive weights.
    private static List<Response> Responses(int seed, int n)
    {
        var random = new Random(seed);
        var list = new List<Response>(n);
        for (var i = 0; i < n; i++)
        {
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            var y = 0.0;
            foreach (var id in Ids[..4])
            {
                var v = random.Next(1, 11);
                y += v * (id[0] - 'a' + 1);
                if (random.Next(12) != 0)
                {
                    values[id] = v;
                }
            }

            if (random.Next(10) != 0)
            {
                values["y"] = Math.Clamp(Math.Round((y / 10) + (random.NextDouble() * 3)), 1, 10);
            }

            list.Add(new Response($"r{i}", Day, values, weight: 0.5 + random.NextDouble()));
        }

        return list;
    }
}
