using CxOkr.Data;
using CxOkr.Drivers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Tests.Drivers;

/// <summary>The SQL generator's text and safety, the reading of partial rows, and the merge laws of partials.</summary>
public sealed class CoMomentQueryTests
{
    [Fact]
    public void Identifiers_are_quoted_per_dialect_with_quote_characters_doubled()
    {
        string[] columns = ["y", "a\"b", "c`d"];
        var duck = new CoMomentQuery(SqlDialect.DuckDb, CoMomentSource.Table("s", "t"), columns, "w");
        Assert.Contains("CAST(\"a\"\"b\" AS DOUBLE) AS cx_x1", duck.Sql, StringComparison.Ordinal);
        Assert.Contains("FROM \"s\".\"t\"", duck.Sql, StringComparison.Ordinal);
        Assert.Contains("IS NOT DISTINCT FROM", duck.Sql, StringComparison.Ordinal);
        var pg = new CoMomentQuery(SqlDialect.PostgreSql, CoMomentSource.Table("t"), columns);
        Assert.Contains("CAST(\"c`d\" AS DOUBLE PRECISION) AS cx_x2", pg.Sql, StringComparison.Ordinal);
        var spark = new CoMomentQuery(SqlDialect.SparkSql, CoMomentSource.Table("db", "t"), columns, "w", CoMomentPartition.ByHash("id", 8));
        Assert.Contains("CAST(`c``d` AS DOUBLE) AS cx_x2", spark.Sql, StringComparison.Ordinal);
        Assert.Contains("pmod(hash(`id`), 8) AS cx_p", spark.Sql, StringComparison.Ordinal);
        Assert.Contains("r.cx_p <=> m.cx_p", spark.Sql, StringComparison.Ordinal);
        Assert.DoesNotContain("IS NOT DISTINCT", spark.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rows_are_scanned_twice_not_held_where_the_dialect_can_say_so()
    {
        // A CTE read twice is materialised by DuckDB and PostgreSQL unless told otherwise: every row in memory.
        string[] columns = ["y", "x"];
        Assert.StartsWith("WITH cx_rows AS NOT MATERIALIZED (", new CoMomentQuery(SqlDialect.DuckDb, CoMomentSource.ParquetFiles("f/*.parquet"), columns).Sql, StringComparison.Ordinal);
        Assert.StartsWith("WITH cx_rows AS NOT MATERIALIZED (", new CoMomentQuery(SqlDialect.PostgreSql, CoMomentSource.Table("t"), columns).Sql, StringComparison.Ordinal);
        Assert.StartsWith("WITH cx_rows AS (", new CoMomentQuery(SqlDialect.SparkSql, CoMomentSource.Table("t"), columns).Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_name_stays_inside_its_quotes()
    {
        var hostile = "x\" FROM t; DROP TABLE responses; --";
        var query = new CoMomentQuery(SqlDialect.PostgreSql, CoMomentSource.Table("t"), ["y", hostile]);
        Assert.Contains("CAST(\"x\"\" FROM t; DROP TABLE responses; --\" AS DOUBLE PRECISION)", query.Sql, StringComparison.Ordinal);
        // Outside quoted identifiers the text holds only the generator's own tokens: strip every quoted identifier.
        var unquoted = System.Text.RegularExpressions.Regex.Replace(query.Sql, "\"(?:[^\"]|\"\")*\"", "ID");
        Assert.DoesNotContain("DROP", unquoted, StringComparison.Ordinal);
        var files = new CoMomentQuery(SqlDialect.DuckDb, CoMomentSource.ParquetFiles("it's/*.parquet"), ["y"]);
        Assert.Contains("read_parquet('it''s/*.parquet')", files.Sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\0b")]
    [InlineData("a\nb")]
    [InlineData("a\u001bb")]
    public void Names_that_cannot_be_quoted_safely_are_refused(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => new CoMomentQuery(SqlDialect.DuckDb, CoMomentSource.Table("t"), ["y", name]));
        Assert.ThrowsAny<ArgumentException>(() => CoMomentSource.Table(name));
        Assert.ThrowsAny<ArgumentException>(() => CoMomentSource.ParquetFiles(name));
        Assert.ThrowsAny<ArgumentException>(() => CoMomentPartition.ByColumn(name));
    }

    [Fact]
    public void Repeated_columns_a_weight_among_the_columns_and_files_outside_duckdb_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new CoMomentQuery(SqlDialect.DuckDb, CoMomentSource.Table("t"), ["y", "y"]));
        Assert.Throws<ArgumentException>(() => new CoMomentQuery(SqlDialect.DuckDb, CoMomentSource.Table("t"), ["y", "w"], "w"));
        Assert.Throws<ArgumentException>(() => new CoMomentQuery(SqlDialect.PostgreSql, CoMomentSource.ParquetFiles("a.parquet"), ["y"]));
    }

    [Fact]
    public void Result_width_counts_the_upper_triangle()
    {
        var query = new CoMomentQuery(SqlDialect.DuckDb, CoMomentSource.Table("t"), ["a", "b", "c"]);
        Assert.Equal(4 + 12 + 6, query.ResultWidth);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(query.Sql, @"AS cx_s\d+_\d+\b"));
    }

    [Fact]
    public void Reading_a_row_applies_the_corrected_two_pass_formula()
    {
        // Rows (1e9 + 1e-3 k) for k = 0..3; an engine mean off by 1e-7 leaves deviations that sum to D = -4e-7.
        double[] x = [1e9, 1e9 + 1e-3, 1e9 + 2e-3, 1e9 + 3e-3];
        var exact = new CovarianceAccumulator(1);
        foreach (var v in x)
        {
            exact.Add([v]);
        }

        var skewed = exact.Mean(0) + 1e-7;
        var d = x.Sum(v => v - skewed);
        var s = x.Sum(v => (v - skewed) * (v - skewed));
        var query = new CoMomentQuery(SqlDialect.DuckDb, CoMomentSource.Table("t"), ["x"]);
        var partial = query.ReadPartial([4, 4, 4, 0, skewed, d, x.Min(), x.Max(), s]);
        Assert.Equal(exact.Mean(0), partial.Mean(0), 1e-6);
        Assert.Equal(exact.CoMoment(0, 0), partial.CoMoment(0, 0), 1e-15);
        Assert.True(Math.Abs(s - exact.CoMoment(0, 0)) > 1e-14, "without the correction the co-moment would be off");
    }

    [Fact]
    public void A_negative_weight_or_a_non_finite_value_is_a_data_error_naming_the_column()
    {
        var query = new CoMomentQuery(SqlDialect.DuckDb, CoMomentSource.Table("t"), ["score"], "w");
        var negative = Assert.Throws<DataFormatException>(() => query.ReadPartial([3, 2, 2, 1, 1, 0, 0, 2, 1]));
        Assert.Contains("'w'", negative.Message, StringComparison.Ordinal);
        var nan = Assert.Throws<DataFormatException>(() => query.ReadPartial([3, 3, 3, 0, double.NaN, 0, 0, double.NaN, 1]));
        Assert.Contains("'score'", nan.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_block_path_keeps_full_accuracy_far_from_zero()
    {
        // Columns around 1e9 with a spread of 1e-3: a raw block mean is off by ~1e-6, whose square is not small beside
        // the variance (1e-7); the corrected block mean must agree with the exact value.
        var (rows, exact) = FarFromZero(3000, 3, 7);
        var block = new CovarianceAccumulator(3);
        block.AddBlock(rows.SelectMany(r => r).ToArray());
        AssertClose(exact, block);
    }

    [Property(MaxTest = 100)]
    public Property Merging_partials_in_any_order_or_grouping_gives_the_same_statistics() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
            Gen.Choose(1, 12).ToArbitrary(),
            (seed, parts) =>
            {
                var (rows, _) = FarFromZero(240, 3, seed);
                var random = new Random(seed);
                var weights = rows.Select(_ => random.Next(0, 4) * 0.5).ToArray();
                // Split into partials at random cut points, then merge left-to-right, right-to-left and as a balanced tree
                // in a shuffled order: all equal one pass over the rows.
                var owner = rows.Select(_ => random.Next(parts)).ToArray();
                var partials = Enumerable.Range(0, parts).Select(_ => new CovarianceAccumulator(3)).ToArray();
                for (var i = 0; i < rows.Length; i++)
                {
                    partials[owner[i]].Add(rows[i], weights[i]);
                }

                var onePass = new CovarianceAccumulator(3);
                for (var i = 0; i < rows.Length; i++)
                {
                    onePass.Add(rows[i], weights[i]);
                }

                var left = new CovarianceAccumulator(3);
                foreach (var p in partials)
                {
                    left.Merge(p);
                }

                var right = new CovarianceAccumulator(3);
                foreach (var p in partials.Reverse())
                {
                    right.Merge(p);
                }

                var shuffled = partials.OrderBy(_ => random.Next()).Select(p => p.Clone()).ToList();
                while (shuffled.Count > 1)
                {
                    var next = new List<CovarianceAccumulator>();
                    for (var i = 0; i < shuffled.Count; i += 2)
                    {
                        if (i + 1 < shuffled.Count)
                        {
                            shuffled[i].Merge(shuffled[i + 1]);
                        }

                        next.Add(shuffled[i]);
                    }

                    shuffled = next;
                }

                foreach (var merged in new[] { left, right, shuffled[0] })
                {
                    AssertClose(onePass, merged);
                }
            });

    [Fact]
    public void From_moments_validates_what_it_is_given()
    {
        Assert.Throws<ArgumentException>(() => CovarianceAccumulator.FromMoments(2, 2, 2, [0, 0], [1, 0.5, 0.4, 1], [0, 0], [1, 1]));
        Assert.Throws<ArgumentException>(() => CovarianceAccumulator.FromMoments(2, 2, 2, [0], [-1], [0], [1]));
        Assert.Throws<ArgumentException>(() => CovarianceAccumulator.FromMoments(2, 2, 2, [0], [1], [2], [1]));
        Assert.ThrowsAny<ArgumentException>(() => CovarianceAccumulator.FromMoments(2, 0, 2, [0], [1], [0], [1]));
        var ok = CovarianceAccumulator.FromMoments(2, 2, 2, [0.5], [0.5], [0], [1]);
        Assert.Equal(0.5, ok.Mean(0));
        Assert.Equal(2, ok.Count);
        Assert.Equal(0, CovarianceAccumulator.FromMoments(0, 0, 0, [0], [0], [0], [0]).Count);
    }

    /// <summary>Rows of columns 1e9·(j+1) plus multiples of 2^-10 (~1e-3, exact in doubles), and their exact statistics.</summary>
    internal static (double[][] Rows, CovarianceAccumulator Exact) FarFromZero(int n, int p, int seed)
    {
        var random = new Random(seed);
        var offsets = new decimal[n][];
        var rows = new double[n][];
        for (var i = 0; i < n; i++)
        {
            offsets[i] = new decimal[p];
            rows[i] = new double[p];
            var shared = random.Next(-8, 9);
            for (var j = 0; j < p; j++)
            {
                var k = random.Next(-8, 9) + shared;
                offsets[i][j] = k / 1024m;
                rows[i][j] = (1e9 * (j + 1)) + (k / 1024.0);
            }
        }

        // Exact statistics in decimal arithmetic: offsets are exact, and so are their means and products to 28 digits.
        var means = new decimal[p];
        for (var j = 0; j < p; j++)
        {
            means[j] = offsets.Sum(o => o[j]) / n;
        }

        var co = new double[p * p];
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < p; b++)
            {
                co[(a * p) + b] = (double)offsets.Sum(o => (o[a] - means[a]) * (o[b] - means[b]));
            }
        }

        var exact = CovarianceAccumulator.FromMoments(
            n, n, n,
            Enumerable.Range(0, p).Select(j => (1e9 * (j + 1)) + (double)means[j]).ToArray(),
            co,
            Enumerable.Range(0, p).Select(j => rows.Min(r => r[j])).ToArray(),
            Enumerable.Range(0, p).Select(j => rows.Max(r => r[j])).ToArray());
        return (rows, exact);
    }

    /// <summary>Means within 1e-9 relative to the spread's scale and co-moments within 1e-9 of sqrt(c_ii c_jj).</summary>
    internal static void AssertClose(CovarianceAccumulator expected, CovarianceAccumulator actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.SumOfWeights, actual.SumOfWeights, 1e-9 * expected.SumOfWeights);
        var p = expected.Dimension;
        for (var i = 0; i < p; i++)
        {
            var spread = Math.Sqrt(expected.CoMoment(i, i) / expected.SumOfWeights);
            Assert.True(Math.Abs(expected.Mean(i) - actual.Mean(i)) <= 1e-9 * Math.Max(spread, 1e-300) + (1e-15 * Math.Abs(expected.Mean(i))), $"mean {i}: {expected.Mean(i):R} vs {actual.Mean(i):R}");
            for (var j = 0; j < p; j++)
            {
                var scale = Math.Sqrt(expected.CoMoment(i, i) * expected.CoMoment(j, j));
                Assert.True(Math.Abs(expected.CoMoment(i, j) - actual.CoMoment(i, j)) <= 1e-9 * scale, $"co-moment ({i}, {j}): {expected.CoMoment(i, j):R} vs {actual.CoMoment(i, j):R}");
            }
        }
    }
}
