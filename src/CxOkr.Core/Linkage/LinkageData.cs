using System.Buffers;
using CxOkr.Data;
using CxOkr.Drivers;

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

    private LinkageData(int rowCount, Block?[] equations, Block[] columns)
    {
        RowCount = rowCount;
        Equations = equations;
        Columns = columns;
    }

    public int RowCount { get; }

    /// <summary>Per node: the rows of its equation (null for a metric without one).</summary>
    public Block?[] Equations { get; }

    /// <summary>Per node: its own rows (value and weight present, weight positive), for its standard deviation.</summary>
    public Block[] Columns { get; }

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
        for (var v = 0; v < model.Nodes.Length; v++)
        {
            columns[v] = Block.Of([values[v]], w, table.RowCount);
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

        return new LinkageData(table.RowCount, equations, columns);
    }

    /// <summary>The rows complete on some columns: their full-sample statistics and their values centred at the full-sample means.</summary>
    internal sealed class Block
    {
        private Block(int width, int[] rows, double[] centred, double[] weights, CovarianceAccumulator statistics)
        {
            Width = width;
            Rows = rows;
            Centred = centred;
            Weights = weights;
            Statistics = statistics;
        }

        public int Width { get; }

        public int Count => Rows.Length;

        public int[] Rows { get; }

        /// <summary>Row-major, <see cref="Width"/> values per row, minus the full-sample weighted means.</summary>
        public double[] Centred { get; }

        public double[] Weights { get; }

        /// <summary>The full-sample statistics, accumulated by the one streaming co-moment accumulator.</summary>
        public CovarianceAccumulator Statistics { get; }

        public static Block Of(double[][] columns, double[]? w, int rowCount)
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
            var centred = new double[rows.Count * width];
            if (rows.Count > 0)
            {
                var means = statistics.Means;
                for (var i = 0; i < rows.Count; i++)
                {
                    for (var j = 0; j < width; j++)
                    {
                        centred[(i * width) + j] = columns[j][rows[i]] - means[j];
                    }
                }
            }

            return new Block(width, rows.ToArray(), centred, weights, statistics);
        }

        /// <summary>
        /// The statistics of a resample: rows drawn <paramref name="counts"/>[row] times. Writes the co-moment
        /// matrix about the resample's weighted means into <paramref name="coMoments"/> (row-major) and returns
        /// (rows drawn, Σ c w, Σ c w²) — as the duplicated rows would give them.
        /// </summary>
        public (long Drawn, double SumOfWeights, double SumOfSquaredWeights) Resampled(ReadOnlySpan<int> counts, Span<double> coMoments)
        {
            var m = Width;
            Span<double> s1 = stackalloc double[m];
            s1.Clear();
            coMoments.Clear();
            long drawn = 0;
            double s0 = 0, s0Squared = 0;
            var centred = Centred;
            var rows = Rows;
            var weights = Weights;
            if (m == 1)
            {
                // One column (a standard deviation): scalar sums, no matrix.
                double sum = 0, squares = 0;
                for (var i = 0; i < rows.Length; i++)
                {
                    var c = counts[rows[i]];
                    if (c == 0)
                    {
                        continue;
                    }

                    var cw = c * weights[i];
                    drawn += c;
                    s0 += cw;
                    s0Squared += cw * weights[i];
                    var x = centred[i];
                    sum += cw * x;
                    squares += cw * x * x;
                }

                s1[0] = sum;
                coMoments[0] = squares;
            }
            else
            {
                for (var i = 0; i < rows.Length; i++)
                {
                    var c = counts[rows[i]];
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
}
