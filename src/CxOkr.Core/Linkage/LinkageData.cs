using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Utilities;

namespace CxOkr.Linkage;

/// <summary>
/// The rows of each equation and each metric's standard deviation, packed for the bootstrap: every equation
/// keeps its complete rows (outcome first, then the predictors) centred at their full-sample weighted means,
/// with their weights and row numbers, so a resample is one pass of weighted sums with the resample counts
/// as multipliers (sufficient statistics; no copy of the table, no refit from raw rows).
/// </summary>
internal sealed class LinkageData
{
    private const int BlockRows = 4096;


    private LinkageData(int rowCount, Block?[] equations, Block[] columns, Spread[] spreads)
    {
        RowCount = rowCount;
        Equations = equations;
        Columns = columns;
        Spreads = spreads;
    }

    public int RowCount { get; }

    /// <summary>Per node: the rows of its equation (null for a metric without one).</summary>
    public Block?[] Equations { get; }

    /// <summary>Per node: its own rows (value and weight present, weight positive), for its standard deviation.</summary>
    public Block[] Columns { get; }

    /// <summary>Per node: its column laid out densely over all rows for the resampled standard deviation.</summary>
    public Spread[] Spreads { get; }

    public static LinkageData Prepare(LinkageModel model, ColumnTable table, string? weight)
    {
        var w = weight is null ? null : table.NumericColumn(weight);
        if (w is not null)
        {
            for (var r = 0; r < table.RowCount; r++)
            {
                if (w[r] < 0)
                {
                    throw new DataFormatException($"{table.CellLocation(r, weight!)}: weight {w[r]} must be >= 0.");
                }
            }
        }

        var values = model.Nodes.Select(m => table.NumericColumn(m.Id)).ToArray();
        var equations = new Block?[model.Nodes.Length];
        var columns = new Block[model.Nodes.Length];
        var spreads = new Spread[model.Nodes.Length];
        for (var v = 0; v < model.Nodes.Length; v++)
        {
            columns[v] = Block.Of([values[v]], w, table.RowCount, centre: false);
            spreads[v] = Spread.Of(values[v], w, columns[v].Statistics.Means[0]);
            if (model.Predictors[v].Length > 0)
            {
                var k = model.Predictors[v].Length;
                var block = Block.Of([values[v], .. model.Predictors[v].Select(p => values[p])], w, table.RowCount);
                if (block.Count < k + 2)
                {
                    var id = model.Nodes[v].Id;
                    var predictors = string.Join(", ", model.Predictors[v].Select(p => model.Nodes[p].Id));
                    throw new LinkageModelException(
                        id,
                        $"equation '{id}' (on {predictors}) has {block.Count} complete rows ({id}, every predictor{(weight is null ? string.Empty : " and a positive weight")} present) of {table.RowCount}: at least {k + 2} are needed.",
                        block.Count);
                }

                equations[v] = block;
            }
        }

        return new LinkageData(table.RowCount, equations, columns, spreads);
    }

    /// <summary>The rows complete on some columns: their full-sample statistics and their values centred at the full-sample means.</summary>
    internal sealed class Block
    {
        /// <summary>Blocks up to this many columns keep each row in one 4-lane vector.</summary>
        private const int Lanes = 4;

        private Block(int width, int[] rows, double[] centred, double[] weights, CovarianceAccumulator statistics)
        {
            Width = width;
            Stride = width <= Lanes ? Lanes : width;
            Rows = rows;
            Centred = centred;
            Weights = weights;
            Statistics = statistics;
        }

        public int Width { get; }

        /// <summary>Values per row in <see cref="Centred"/>: <see cref="Width"/>, or 4 (zero-padded) for a block of up to 4 columns.</summary>
        public int Stride { get; }

        public int Count => Rows.Length;

        public int[] Rows { get; }

        /// <summary>Row-major, <see cref="Stride"/> values per row, minus the full-sample weighted means (empty for a block kept only for its statistics).</summary>
        public double[] Centred { get; }

        public double[] Weights { get; }

        /// <summary>The full-sample statistics, accumulated by the one streaming co-moment accumulator.</summary>
        public CovarianceAccumulator Statistics { get; }

        public static Block Of(double[][] columns, double[]? w, int rowCount, bool centre = true)
        {
            var width = columns.Length;
            var rows = new List<int>();
            for (var r = 0; r < rowCount; r++)
            {
                if ((w is null || w[r] > 0) && columns.All(c => !double.IsNaN(c[r])))
                {
                    rows.Add(r);
                }
            }

            var statistics = new CovarianceAccumulator(width);
            var buffer = ArrayPool<double>.Shared.Rent(BlockRows * width);
            var weights = new double[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                weights[i] = w?[rows[i]] ?? 1.0;
            }

            for (var start = 0; start < rows.Count; start += BlockRows)
            {
                var count = Math.Min(BlockRows, rows.Count - start);
                for (var i = 0; i < count; i++)
                {
                    for (var j = 0; j < width; j++)
                    {
                        buffer[(i * width) + j] = columns[j][rows[start + i]];
                    }
                }

                statistics.AddBlock(buffer.AsSpan(0, count * width), weights.AsSpan(start, count));
            }

            ArrayPool<double>.Shared.Return(buffer);
            var stride = width <= Lanes ? Lanes : width;
            var centred = new double[centre ? rows.Count * stride : 0];
            if (centre && rows.Count > 0)
            {
                var means = statistics.Means;
                for (var i = 0; i < rows.Count; i++)
                {
                    for (var j = 0; j < width; j++)
                    {
                        centred[(i * stride) + j] = columns[j][rows[i]] - means[j];
                    }
                }
            }

            return new Block(width, rows.ToArray(), centred, weights, statistics);
        }

        /// <summary>
        /// The statistics of a resample: row r drawn <paramref name="multiplicity"/>[r] times. Writes the
        /// co-moment matrix about the resample's weighted means into <paramref name="coMoments"/> (row-major) and
        /// returns (rows drawn, Σ c w, Σ c w²) — as the duplicated rows would give them.
        /// </summary>
        public (double Drawn, double SumOfWeights, double SumOfSquaredWeights) Resampled(ReadOnlySpan<double> multiplicity, Span<double> coMoments)
        {
            var m = Width;
            Span<double> s1 = stackalloc double[m];
            s1.Clear();
            coMoments.Clear();
            double drawn = 0, s0 = 0, s0Squared = 0;
            var centred = Centred;
            var rows = Rows;
            var weights = Weights;
            if (Stride == Lanes)
            {
                // Up to 4 columns: each row is one vector x, and row a of the co-moments gathers (c w x_a) x, so the
                // sums stay in registers. No branch on rows not drawn (a third of them, at random, so the branch
                // would be mispredicted often); a row drawn 0 times adds exact zeros. Each lane adds its terms in
                // row order, so the sums are those of the scalar loop below.
                Vector256<double> c0 = default, c1 = default, c2 = default, c3 = default, sum = default;
                ref var start = ref MemoryMarshal.GetArrayDataReference(centred);
                for (var i = 0; i < rows.Length; i++)
                {
                    var c = multiplicity[rows[i]];
                    var cw = c * weights[i];
                    drawn += c;
                    s0 += cw;
                    s0Squared += cw * weights[i];
                    var x = Vector256.LoadUnsafe(ref start, (nuint)(i * Lanes));
                    sum += x * cw;
                    c0 += x * (cw * x.GetElement(0));
                    c1 += x * (cw * x.GetElement(1));
                    c2 += x * (cw * x.GetElement(2));
                    c3 += x * (cw * x.GetElement(3));
                }

                Span<Vector256<double>> products = [c0, c1, c2, c3];
                for (var a = 0; a < m; a++)
                {
                    s1[a] = sum.GetElement(a);
                    for (var b = a; b < m; b++)
                    {
                        coMoments[(a * m) + b] = products[a].GetElement(b);
                    }
                }
            }
            else
            {
                for (var i = 0; i < rows.Length; i++)
                {
                    var c = multiplicity[rows[i]];
                    if (c == 0)
                    {
                        continue;
                    }

                    var cw = c * weights[i];
                    drawn += c;
                    s0 += cw;
                    s0Squared += cw * weights[i];
                    var offset = i * m;
                    for (var a = 0; a < m; a++)
                    {
                        var f = cw * centred[offset + a];
                        s1[a] += f;
                        var at = a * m;
                        for (var b = a; b < m; b++)
                        {
                            coMoments[at + b] += f * centred[offset + b];
                        }
                    }
                }
            }

            if (s0 > 0)
            {
                // Raw moments about the full-sample means, which lie close to the resample's: C = S2 − S1 S1ᵀ / S0.
                for (var a = 0; a < m; a++)
                {
                    for (var b = a; b < m; b++)
                    {
                        var value = coMoments[(a * m) + b] - (s1[a] * s1[b] / s0);
                        coMoments[(a * m) + b] = value;
                        coMoments[(b * m) + a] = value;
                    }
                }
            }

            return (drawn, s0, s0Squared);
        }
    }

    /// <summary>
    /// One metric's column over every row of the table, centred at its full-sample weighted mean, with 0 where
    /// it has no value: the resampled standard deviation is then five vectorised sums over contiguous arrays,
    /// with the resample's multiplicities as factors, and no gather or branch per row.
    /// </summary>
    internal sealed class Spread
    {
        private readonly double[] _centred;
        private readonly double[] _weight;
        private readonly double[] _present;

        private Spread(double[] centred, double[] weight, double[] present)
        {
            _centred = centred;
            _weight = weight;
            _present = present;
        }

        public static Spread Of(double[] column, double[]? w, double mean)
        {
            var n = column.Length;
            var centred = new double[n];
            var weight = new double[n];
            var present = new double[n];
            for (var r = 0; r < n; r++)
            {
                if ((w is null || w[r] > 0) && !double.IsNaN(column[r]))
                {
                    centred[r] = column[r] - mean;
                    weight[r] = w?[r] ?? 1.0;
                    present[r] = 1;
                }
            }

            return new Spread(centred, weight, present);
        }

        /// <summary>
        /// The resample's (rows drawn, Σ c w, Σ c w², second moment about the resample's weighted mean) over the
        /// rows where the metric has a value.
        /// </summary>
        public (double Drawn, double SumOfWeights, double SumOfSquaredWeights, double CoMoment) Resampled(ReadOnlySpan<double> multiplicity)
        {
            var n = _centred.Length;
            // Four lanes whatever the hardware (Vector256 is emulated where it is not native) and a fixed
            // reduction order, so the JIT with AVX2 and a Native AOT build give the same bits.
            var drawn = Vector256<double>.Zero;
            var s0 = Vector256<double>.Zero;
            var s0Squared = Vector256<double>.Zero;
            var s1 = Vector256<double>.Zero;
            var s2 = Vector256<double>.Zero;
            var lanes = Vector256<double>.Count;
            var c = MemoryMarshal.Cast<double, Vector256<double>>(multiplicity[..n]);
            var x = MemoryMarshal.Cast<double, Vector256<double>>(_centred.AsSpan());
            var w = MemoryMarshal.Cast<double, Vector256<double>>(_weight.AsSpan());
            var present = MemoryMarshal.Cast<double, Vector256<double>>(_present.AsSpan());
            for (var i = 0; i < c.Length; i++)
            {
                var cw = c[i] * w[i];
                var f = cw * x[i];
                drawn += c[i] * present[i];
                s0 += cw;
                s0Squared += cw * w[i];
                s1 += f;
                s2 += f * x[i];
            }

            double d = FixedLanes.Reduce(drawn), t0 = FixedLanes.Reduce(s0), t0Squared = FixedLanes.Reduce(s0Squared), t1 = FixedLanes.Reduce(s1), t2 = FixedLanes.Reduce(s2);
            for (var r = c.Length * lanes; r < n; r++)
            {
                var cw = multiplicity[r] * _weight[r];
                var f = cw * _centred[r];
                d += multiplicity[r] * _present[r];
                t0 += cw;
                t0Squared += cw * _weight[r];
                t1 += f;
                t2 += f * _centred[r];
            }

            return (d, t0, t0Squared, t0 > 0 ? t2 - (t1 * t1 / t0) : 0);
        }
    }
}
