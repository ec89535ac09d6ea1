using System.Text.Json;
using CxOkr.Drivers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Tests.Drivers;

public sealed class CovarianceAccumulatorTests
{
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public Property Accumulator_built_in_k_merged_parts_equals_one_pass(DriverDataset data) =>
        Prop.ForAll(
            Gen.Choose(1, 7).ToArbitrary(),
            k =>
            {
                var rows = Rows(data);
                var onePass = new CovarianceAccumulator(data.P + 1);
                for (var i = 0; i < data.N; i++)
                {
                    onePass.Add(rows[i], data.Weights[i]);
                }

                var random = new Random(data.Seed);
                var parts = Enumerable.Range(0, k).Select(_ => new CovarianceAccumulator(data.P + 1)).ToArray();
                var useBlocks = k % 2 == 0;
                for (var part = 0; part < k; part++)
                {
                    var start = data.N * part / k;
                    var end = data.N * (part + 1) / k;
                    if (useBlocks)
                    {
                        parts[part].AddBlock(rows[start..end].SelectMany(r => r).ToArray(), data.Weights[start..end]);
                    }
                    else
                    {
                        for (var i = start; i < end; i++)
                        {
                            parts[part].Add(rows[i], data.Weights[i]);
                        }
                    }
                }

                var merged = new CovarianceAccumulator(data.P + 1);
                foreach (var part in parts.OrderBy(_ => random.Next()))
                {
                    merged.Merge(CovarianceAccumulator.FromJson(part.ToJson()));
                }

                Same(onePass, merged);
            });

    [Fact]
    public void Json_round_trip_is_exact()
    {
        var data = new DriverDataset(7, 4, 50);
        var acc = new CovarianceAccumulator(5);
        var rows = Rows(data);
        for (var i = 0; i < data.N; i++)
        {
            acc.Add(rows[i], data.Weights[i]);
        }

        var copy = CovarianceAccumulator.FromJson(acc.ToJson());
        Assert.Equal(acc.ToJson(), copy.ToJson());
        Assert.Equal(acc.Count, copy.Count);
        Assert.Equal(acc.CoMoment(1, 3), copy.CoMoment(1, 3));
    }

    [Fact]
    public void Weighted_statistics_match_two_pass_formulas()
    {
        var rows = new[] { new[] { 1.0, 2.0 }, new[] { 3.0, 1.0 }, new[] { 4.0, 7.0 } };
        var w = new[] { 1.0, 2.0, 0.5 };
        var acc = new CovarianceAccumulator(2);
        for (var i = 0; i < 3; i++)
        {
            acc.Add(rows[i], w[i]);
        }

        acc.Add([100.0, 100.0], 0.0);
        var sw = w.Sum();
        var mx = rows.Select((r, i) => w[i] * r[0]).Sum() / sw;
        var my = rows.Select((r, i) => w[i] * r[1]).Sum() / sw;
        var cxy = rows.Select((r, i) => w[i] * (r[0] - mx) * (r[1] - my)).Sum();
        Assert.Equal(3, acc.Count);
        Assert.Equal(sw, acc.SumOfWeights, 1e-14);
        Assert.Equal(w.Sum(v => v * v), acc.SumOfSquaredWeights, 1e-14);
        Assert.Equal(sw * sw / w.Sum(v => v * v), acc.EffectiveN, 1e-12);
        Assert.Equal(mx, acc.Mean(0), 1e-14);
        Assert.Equal(cxy, acc.CoMoment(0, 1), 1e-12);
        Assert.Equal(1.0, acc.Minimum(0));
        Assert.Equal(7.0, acc.Maximum(1));
    }

    [Fact]
    public void Stable_for_large_offsets()
    {
        // Raw sums of squares would lose every digit here; the Welford update keeps them.
        var acc = new CovarianceAccumulator(1);
        foreach (var v in new[] { 4.0, 7.0, 13.0, 16.0 })
        {
            acc.Add([1e9 + v]);
        }

        Assert.Equal(90.0, acc.CoMoment(0, 0), 1e-6);
    }

    [Fact]
    public void Bad_rows_and_weights_are_refused()
    {
        var acc = new CovarianceAccumulator(2);
        Assert.Throws<ArgumentException>(() => acc.Add([1.0]));
        Assert.Throws<ArgumentException>(() => acc.Add([1.0, double.NaN]));
        Assert.Throws<ArgumentOutOfRangeException>(() => acc.Add([1.0, 2.0], -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => acc.Add([1.0, 2.0], double.PositiveInfinity));
        Assert.Throws<ArgumentException>(() => acc.Merge(new CovarianceAccumulator(3)));
        Assert.Throws<InvalidOperationException>(() => acc.Mean(0));
        Assert.Throws<JsonException>(() => CovarianceAccumulator.FromJson("{\"dimension\": 2}"));
    }

    private static double[][] Rows(DriverDataset data) =>
        Enumerable.Range(0, data.N).Select(i => new[] { data.Outcome[i] }.Concat(data.Drivers.Select(x => x[i])).ToArray()).ToArray();

    private static void Same(CovarianceAccumulator expected, CovarianceAccumulator actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.True(Math.Abs(expected.SumOfWeights - actual.SumOfWeights) <= 1e-12 * expected.SumOfWeights);
        Assert.True(Math.Abs(expected.SumOfSquaredWeights - actual.SumOfSquaredWeights) <= 1e-12 * expected.SumOfSquaredWeights);
        for (var i = 0; i < expected.Dimension; i++)
        {
            var scale = Math.Sqrt(expected.CoMoment(i, i) / expected.SumOfWeights) + Math.Abs(expected.Mean(i));
            Assert.True(Math.Abs(expected.Mean(i) - actual.Mean(i)) <= 1e-11 * scale);
            Assert.Equal(expected.Minimum(i), actual.Minimum(i));
            Assert.Equal(expected.Maximum(i), actual.Maximum(i));
            for (var j = 0; j < expected.Dimension; j++)
            {
                var norm = Math.Sqrt(expected.CoMoment(i, i) * expected.CoMoment(j, j));
                Assert.True(Math.Abs(expected.CoMoment(i, j) - actual.CoMoment(i, j)) <= 1e-10 * norm, $"C[{i},{j}]");
            }
        }
    }

    [Theory]
    [InlineData(0, -1.0, "$.coMoments[0] (-1) is the co-moment of column 0 with itself, a sum of squares, and must be >= 0")]
    [InlineData(3, -1e-300, "$.coMoments[3] (-1E-300) is the co-moment of column 1 with itself")]
    public void FromJson_refuses_a_negative_variance(int index, double value, string expected)
    {
        var accumulator = new CovarianceAccumulator(2);
        accumulator.Add([1.0, 2.0]);
        accumulator.Add([2.0, 5.0]);
        accumulator.Add([4.0, 3.0]);
        var node = System.Text.Json.Nodes.JsonNode.Parse(accumulator.ToJson())!;
        node["coMoments"]![index] = value;

        var error = Assert.Throws<JsonException>(() => CovarianceAccumulator.FromJson(node.ToJsonString()));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
