using CxOkr.Drivers;
using MathNet.Numerics.LinearAlgebra;

namespace CxOkr.Tests.Drivers;

/// <summary>The exact engine against the brute-force definitions, determinism, sampling, cancellation.</summary>
public sealed class DominanceEngineTests
{
    public static TheoryData<int, int> SmallCases()
    {
        var data = new TheoryData<int, int>();
        for (var p = 1; p <= 8; p++)
        {
            data.Add(p, 100 + p);
            data.Add(p, 200 + p);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SmallCases))]
    public void Exact_shapley_and_dominance_equal_the_all_orderings_definition(int p, int seed)
    {
        var data = new DriverDataset(seed, p, p + 25);
        var result = data.Analyze(new KeyDriverOptions { CompleteDominance = true });
        var fast = data.Analyze();
        var corr = Correlation(result);
        var r2 = new Dictionary<int, double>();
        double R2(int mask)
        {
            if (!r2.TryGetValue(mask, out var value))
            {
                var idx = Enumerable.Range(0, p).Where(j => (mask & (1 << j)) != 0).ToArray();
                value = idx.Length == 0 ? 0 : SubsetRSquared(corr, idx);
                r2[mask] = value;
            }

            return value;
        }

        // Shapley: average over all p! orderings of the R² increment.
        var shapley = new double[p];
        var orderings = 0;
        foreach (var order in Permutations(Enumerable.Range(0, p).ToArray()))
        {
            orderings++;
            var mask = 0;
            foreach (var j in order)
            {
                shapley[j] += R2(mask | (1 << j)) - R2(mask);
                mask |= 1 << j;
            }
        }

        for (var j = 0; j < p; j++)
        {
            Assert.True(Math.Abs((shapley[j] / orderings) - result.Drivers[j].Shapley) <= 1e-12, $"shapley {j}");
            Assert.True(Math.Abs((shapley[j] / orderings) - fast.Drivers[j].Shapley) <= 1e-12, $"fast shapley {j}");
        }

        // Conditional dominance: mean gain over subsets of each size; complete dominance: gains over every subset.
        for (var j = 0; j < p; j++)
        {
            for (var size = 0; size < p; size++)
            {
                var gains = Enumerable.Range(0, 1 << p)
                    .Where(m => (m & (1 << j)) == 0 && System.Numerics.BitOperations.PopCount((uint)m) == size)
                    .Select(m => R2(m | (1 << j)) - R2(m)).ToList();
                Assert.True(Math.Abs(gains.Average() - result.Drivers[j].ConditionalDominance[size]) <= 1e-12, $"conditional {j} size {size}");
                Assert.True(Math.Abs(gains.Average() - fast.Drivers[j].ConditionalDominance[size]) <= 1e-12, $"fast conditional {j} size {size}");
            }

            for (var k = 0; k < p; k++)
            {
                if (k == j)
                {
                    continue;
                }

                var subsets = Enumerable.Range(0, 1 << p).Where(m => (m & (1 << j)) == 0 && (m & (1 << k)) == 0).ToList();
                var jGe = subsets.All(m => R2(m | (1 << j)) >= R2(m | (1 << k)) - DominanceEngine.DominanceTieTolerance);
                var kGe = subsets.All(m => R2(m | (1 << k)) >= R2(m | (1 << j)) - DominanceEngine.DominanceTieTolerance);
                var expected = jGe && !kGe ? 1.0 : (kGe && !jGe ? 0.0 : 0.5);
                Assert.Equal(expected, result.CompleteDominance[j][k]);
            }
        }
    }

    [Fact]
    public void Exact_results_do_not_depend_on_the_thread_count()
    {
        var data = new DriverDataset(42, 15, 200);
        var one = data.Analyze(new KeyDriverOptions { MaxDegreeOfParallelism = 1, CompleteDominance = true });
        var two = data.Analyze(new KeyDriverOptions { MaxDegreeOfParallelism = 2, CompleteDominance = true });
        var all = data.Analyze(new KeyDriverOptions { MaxDegreeOfParallelism = -1, CompleteDominance = true });
        var fastOne = data.Analyze(new KeyDriverOptions { MaxDegreeOfParallelism = 1, CompleteDominance = false });
        var fastTwo = data.Analyze(new KeyDriverOptions { MaxDegreeOfParallelism = 2, CompleteDominance = false });
        for (var j = 0; j < 15; j++)
        {
            Assert.Equal(one.Drivers[j].Shapley, two.Drivers[j].Shapley, 12);
            Assert.Equal(one.Drivers[j].Shapley, all.Drivers[j].Shapley, 12);
            Assert.Equal(one.Drivers[j].ConditionalDominance, two.Drivers[j].ConditionalDominance);
            Assert.Equal(one.CompleteDominance[j], all.CompleteDominance[j]);
            Assert.Equal(fastOne.Drivers[j].Shapley, fastTwo.Drivers[j].Shapley, 12);
            Assert.Equal(one.Drivers[j].Shapley, fastOne.Drivers[j].Shapley, 12);
        }

        Assert.Equal(one.RSquared, one.Drivers.Sum(d => d.Shapley), 11);
    }

    [Fact]
    public void Sampled_shapley_is_close_to_exact_reproducible_and_reports_standard_errors()
    {
        var data = new DriverDataset(5, 9, 300);
        var exact = data.Analyze();
        var options = new KeyDriverOptions { ShapleyMethod = ShapleyMethod.Sampling, Permutations = 4000, Seed = 99 };
        var sampled = data.Analyze(options);
        var again = data.Analyze(options with { MaxDegreeOfParallelism = 1 });
        Assert.False(sampled.ShapleyExact);
        Assert.Equal(4000, sampled.ShapleyPermutations);
        Assert.Empty(sampled.CompleteDominance);
        for (var j = 0; j < 9; j++)
        {
            var d = sampled.Drivers[j];
            Assert.True(d.ShapleyStandardError > 0);
            Assert.True(Math.Abs(d.Shapley - exact.Drivers[j].Shapley) <= (5 * d.ShapleyStandardError) + 1e-12, $"driver {j}");
            Assert.Equal(d.Shapley, again.Drivers[j].Shapley, 12);
        }
    }

    [Fact]
    public void Auto_switches_to_sampling_above_max_exact_drivers()
    {
        var data = new DriverDataset(3, 5, 60);
        Assert.True(data.Analyze(new KeyDriverOptions { MaxExactDrivers = 5 }).ShapleyExact);
        Assert.False(data.Analyze(new KeyDriverOptions { MaxExactDrivers = 4, Permutations = 100 }).ShapleyExact);
    }

    [Fact]
    public void Cancellation_stops_the_run_and_progress_reaches_one()
    {
        var data = new DriverDataset(11, 16, 100);
        var analyzer = new KeyDriverAnalyzer();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => analyzer.Analyze(data.Table(), new KeyDriverSpecification("y", data.Names, "w"), null, cancelled.Token));
        var reports = new List<double>();
        var progress = new SynchronousProgress(reports);
        analyzer.Analyze(data.Table(), new KeyDriverSpecification("y", data.Names, "w"), progress);
        Assert.NotEmpty(reports);
        Assert.Equal(1.0, reports.Max());
    }

    [Fact]
    public void Turning_complete_dominance_off_leaves_shapley_and_conditional_dominance_unchanged()
    {
        var data = new DriverDataset(17, 9, 100);
        var with = data.Analyze(new KeyDriverOptions { CompleteDominance = true });
        var without = data.Analyze();
        Assert.Empty(without.CompleteDominance);
        Assert.Equal(9, with.CompleteDominance.Count);
        for (var j = 0; j < 9; j++)
        {
            Assert.Equal(with.Drivers[j].Shapley, without.Drivers[j].Shapley, 13);
            for (var s = 0; s < 9; s++)
            {
                Assert.Equal(with.Drivers[j].ConditionalDominance[s], without.Drivers[j].ConditionalDominance[s], 13);
            }
        }
    }

    [Fact]
    public void Shapley_at_twenty_drivers_sums_to_r_squared()
    {
        var data = new DriverDataset(20, 20, 400);
        var result = data.Analyze();
        Assert.True(result.ShapleyExact);
        Assert.Equal(result.RSquared, result.Drivers.Sum(d => d.Shapley), 10);
        Assert.All(result.Drivers, d => Assert.Equal(d.Shapley, d.ConditionalDominance.Average(), 10));
    }

    internal static double[,] Correlation(KeyDriverResult result)
    {
        var m = result.CorrelationMatrix.Count;
        var c = new double[m, m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                c[i, j] = result.CorrelationMatrix[i][j];
            }
        }

        return c;
    }

    private static double SubsetRSquared(double[,] corr, int[] idx)
    {
        var rxx = Matrix<double>.Build.Dense(idx.Length, idx.Length, (i, j) => corr[idx[i] + 1, idx[j] + 1]);
        var rxy = Vector<double>.Build.Dense(idx.Length, i => corr[idx[i] + 1, 0]);
        return rxy.DotProduct(rxx.Solve(rxy));
    }

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, k) => k != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }

    private sealed class SynchronousProgress(List<double> reports) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
