using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using CxOkr.Utilities;

namespace CxOkr.Drivers;

/// <summary>
/// Streaming, weighted, mergeable sufficient statistics of a set of columns: row count, sum of weights,
/// sum of squared weights, weighted means, the weighted co-moment matrix and each column's range.
/// Every key-driver statistic is computed from these alone, so a survey of any size is one pass in
/// O(p²) memory.
/// </summary>
/// <remarks>
/// <para>Rows are added one at a time with the weighted Welford update (West 1979), or in blocks whose
/// own mean and co-moments are computed in two passes and then merged with the pairwise formula of Chan,
/// Golub and LeVeque (1979): with <c>d = mean_b - mean_a</c> and <c>W = W_a + W_b</c>,
/// <c>mean = mean_a + d W_b / W</c> and <c>C = C_a + C_b + d dᵀ W_a W_b / W</c>. Raw sums of squares are never
/// formed. Merging is exact in exact arithmetic, so partial accumulators built on other threads or
/// machines (see <see cref="ToJson"/>) combine into the same statistics as one pass, up to rounding.</para>
/// <para>A row with weight zero changes nothing (R's <c>lm</c> also leaves zero-weight rows out of the
/// residual degrees of freedom). This type is a builder and therefore mutable; it is not thread-safe:
/// use one per thread and <see cref="Merge"/>.</para>
/// </remarks>
/// <threadsafety>Not thread-safe: a mutable builder; fill one per thread and merge them.</threadsafety>
public sealed class CovarianceAccumulator
{
    private readonly int dimension;
    // Means are kept relative to an origin per column (the first row seen, or a partition's minimum): a mean near 1e9
    // is stored to an ulp (1.2e-7), and the merge term uses the difference of two means, which would then carry that
    // rounding into co-moments of a spread of 1e-3. Relative to the origin, the difference of two means is exact.
    private readonly double[] origin;
    private readonly double[] means;
    private readonly double[] coMoments;
    private readonly double[] minima;
    private readonly double[] maxima;

    // Reused by AddBlock so that accumulating block after block allocates nothing in the steady state.
    private CovarianceAccumulator? scratch;

    /// <summary>Creates an empty accumulator for rows of <paramref name="dimension"/> values.</summary>
    /// <param name="dimension">The number of columns, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is below 1 or above 4096.</exception>
    public CovarianceAccumulator(int dimension)
    {
        this.dimension = Guard.InRange(dimension, 1, 4096);
        origin = new double[dimension];
        means = new double[dimension];
        coMoments = new double[dimension * dimension];
        minima = new double[dimension];
        maxima = new double[dimension];
        Array.Fill(minima, double.PositiveInfinity);
        Array.Fill(maxima, double.NegativeInfinity);
    }

    /// <summary>The number of columns in each row.</summary>
    public int Dimension => dimension;

    /// <summary>The number of rows added with a positive weight.</summary>
    public long Count { get; private set; }

    /// <summary>The sum of the weights (equal to <see cref="Count"/> for unweighted rows).</summary>
    public double SumOfWeights { get; private set; }

    /// <summary>The sum of the squared weights.</summary>
    public double SumOfSquaredWeights { get; private set; }

    /// <summary>Kish's effective sample size, (Σw)² / Σw², or 0 when empty.</summary>
    /// <remarks>Kish (1965), <i>Survey Sampling</i>, section 11.7.</remarks>
    public double EffectiveN => SumOfSquaredWeights > 0 ? SumOfWeights * SumOfWeights / SumOfSquaredWeights : 0;

    /// <summary>The weighted mean of a column.</summary>
    /// <param name="column">The 0-based column.</param>
    /// <returns>The mean.</returns>
    /// <exception cref="InvalidOperationException">No row has been added.</exception>
    public double Mean(int column)
    {
        Guard.InRange(column, 0, dimension - 1);
        EnsureNotEmpty();
        return origin[column] + means[column];
    }

    /// <summary>The weighted co-moment Σ w (x_i − mean_i)(x_j − mean_j) of two columns.</summary>
    /// <param name="row">The first 0-based column.</param>
    /// <param name="column">The second 0-based column.</param>
    /// <returns>The co-moment (0 when empty).</returns>
    public double CoMoment(int row, int column)
    {
        Guard.InRange(row, 0, dimension - 1);
        Guard.InRange(column, 0, dimension - 1);
        return coMoments[(row * dimension) + column];
    }

    /// <summary>The smallest value seen in a column among rows with positive weight.</summary>
    /// <param name="column">The 0-based column.</param>
    /// <returns>The minimum.</returns>
    /// <exception cref="InvalidOperationException">No row has been added.</exception>
    public double Minimum(int column)
    {
        Guard.InRange(column, 0, dimension - 1);
        EnsureNotEmpty();
        return minima[column];
    }

    /// <summary>The largest value seen in a column among rows with positive weight.</summary>
    /// <param name="column">The 0-based column.</param>
    /// <returns>The maximum.</returns>
    /// <exception cref="InvalidOperationException">No row has been added.</exception>
    public double Maximum(int column)
    {
        Guard.InRange(column, 0, dimension - 1);
        EnsureNotEmpty();
        return maxima[column];
    }

    /// <summary>Adds one row.</summary>
    /// <param name="row">The values, one per column, all finite.</param>
    /// <param name="weight">The case weight, finite and ≥ 0; a zero weight leaves the accumulator unchanged.</param>
    /// <exception cref="ArgumentException">The row has the wrong length or a non-finite value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is negative or not finite.</exception>
    public void Add(ReadOnlySpan<double> row, double weight = 1.0)
    {
        CheckRow(row, 0);
        Guard.NonNegative(weight);
        if (weight == 0)
        {
            return;
        }

        if (Count == 0)
        {
            row.CopyTo(origin);
            Array.Clear(means);
        }

        Count++;
        SumOfSquaredWeights += weight * weight;
        var total = SumOfWeights + weight;
        var ratio = weight / total;
        Span<double> delta = dimension <= 256 ? stackalloc double[dimension] : new double[dimension];
        for (var i = 0; i < dimension; i++)
        {
            delta[i] = (row[i] - origin[i]) - means[i];
            means[i] += delta[i] * ratio;
            minima[i] = Math.Min(minima[i], row[i]);
            maxima[i] = Math.Max(maxima[i], row[i]);
        }

        // C_ij += w * delta_i * (x_j - newMean_j) = w * (1 - w/W') * delta_i * delta_j
        var scale = weight * (1 - ratio);
        for (var i = 0; i < dimension; i++)
        {
            var f = scale * delta[i];
            var target = coMoments.AsSpan(i * dimension, dimension);
            for (var j = 0; j < dimension; j++)
            {
                target[j] += f * delta[j];
            }
        }

        SumOfWeights = total;
    }

    /// <summary>Adds a block of rows stored row after row (row-major), with optional weights.</summary>
    /// <param name="rows">The values, <see cref="Dimension"/> per row, all finite.</param>
    /// <param name="weights">One weight per row (finite, ≥ 0), or empty for weight 1 on every row.</param>
    /// <exception cref="ArgumentException">The lengths do not fit, or a value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative or not finite.</exception>
    public void AddBlock(ReadOnlySpan<double> rows, ReadOnlySpan<double> weights = default)
    {
        if (rows.Length % dimension != 0)
        {
            throw new ArgumentException($"the block holds {rows.Length} values, not a multiple of the dimension {dimension}.", nameof(rows));
        }

        var n = rows.Length / dimension;
        if (!weights.IsEmpty && weights.Length != n)
        {
            throw new ArgumentException($"{weights.Length} weights for {n} rows.", nameof(weights));
        }

        if (n == 0)
        {
            return;
        }

        var block = scratch ??= new CovarianceAccumulator(dimension);
        block.Clear();
        var mean = block.means;
        var shift = block.origin;
        rows[..dimension].CopyTo(shift);
        var shiftVector = Vector.IsHardwareAccelerated ? shift : null;

        // First pass, vectorised across the columns of each row: finiteness check, weighted sums, minima and
        // maxima. (x - x) is zero for every finite x and NaN for NaN and infinities, so one compare checks a
        // whole vector; the scalar CheckRow then names the offending cell.
        var width = Vector<double>.Count;
        var vectorEnd = Vector.IsHardwareAccelerated ? dimension - (dimension % width) : 0;
        var minima = block.minima;
        var maxima = block.maxima;
        for (var r = 0; r < n; r++)
        {
            var w = weights.IsEmpty ? 1.0 : weights[r];
            if (!(w >= 0) || double.IsPositiveInfinity(w))
            {
                throw new ArgumentOutOfRangeException(nameof(weights), w, $"weight of block row {r + 1} must be a finite number >= 0.");
            }

            var row = rows.Slice(r * dimension, dimension);
            var finite = true;
            for (var i = 0; i < vectorEnd; i += width)
            {
                var v = new Vector<double>(row.Slice(i));
                finite &= Vector.EqualsAll(v - v, Vector<double>.Zero);
            }

            for (var i = vectorEnd; i < dimension; i++)
            {
                finite &= double.IsFinite(row[i]);
            }

            if (!finite)
            {
                CheckRow(row, r + 1);
            }

            if (w == 0)
            {
                continue;
            }

            block.Count++;
            block.SumOfWeights += w;
            block.SumOfSquaredWeights += w * w;
            var wv = new Vector<double>(w);
            for (var i = 0; i < vectorEnd; i += width)
            {
                var v = new Vector<double>(row.Slice(i));
                (new Vector<double>(mean, i) + (wv * (v - new Vector<double>(shiftVector!, i)))).CopyTo(mean, i);
                // A value replaces the minimum only when strictly smaller (and the maximum only when strictly
                // larger), on the vector and the scalar columns alike, so -0 and +0 come out the same whatever
                // the vector width (Vector.Min and Math.Min order the zeros differently).
                var low = new Vector<double>(minima, i);
                var high = new Vector<double>(maxima, i);
                Vector.ConditionalSelect(Vector.LessThan(v, low), v, low).CopyTo(minima, i);
                Vector.ConditionalSelect(Vector.GreaterThan(v, high), v, high).CopyTo(maxima, i);
            }

            for (var i = vectorEnd; i < dimension; i++)
            {
                mean[i] += w * (row[i] - shift[i]);
                minima[i] = row[i] < minima[i] ? row[i] : minima[i];
                maxima[i] = row[i] > maxima[i] ? row[i] : maxima[i];
            }
        }

        if (block.Count == 0)
        {
            return;
        }

        for (var i = 0; i < dimension; i++)
        {
            mean[i] /= block.SumOfWeights;
        }

        // Second pass: centre the rows into column-major buffers, then each co-moment is one dot product
        // Σ_r (w_r c_ri) c_rj over the block (vectorised, cache-friendly), computed for the upper triangle only.
        var m = (int)block.Count;

        // Columns 8 doubles longer than the block: a power-of-two distance between columns would map every
        // column to the same L1 cache set (4K aliasing) and make the scatter below eight times slower.
        var columnStride = m + 8;
        var centred = ArrayPool<double>.Shared.Rent(dimension * columnStride);
        var weighted = ArrayPool<double>.Shared.Rent(dimension * columnStride);
        var k = 0;
        for (var r = 0; r < n; r++)
        {
            var w = weights.IsEmpty ? 1.0 : weights[r];
            if (w == 0)
            {
                continue;
            }

            var row = rows.Slice(r * dimension, dimension);
            for (var i = 0; i < vectorEnd; i += width)
            {
                var c = (new Vector<double>(row.Slice(i)) - new Vector<double>(shift, i)) - new Vector<double>(mean, i);
                var wc = c * w;
                for (var lane = 0; lane < width; lane++)
                {
                    centred[((i + lane) * columnStride) + k] = c[lane];
                    weighted[((i + lane) * columnStride) + k] = wc[lane];
                }
            }

            for (var i = vectorEnd; i < dimension; i++)
            {
                var c = (row[i] - shift[i]) - mean[i];
                centred[(i * columnStride) + k] = c;
                weighted[(i * columnStride) + k] = w * c;
            }

            k++;
        }

        // The corrected two-pass algorithm (Chan, Golub and LeVeque 1983): the block mean above carries the rounding
        // of a raw sum, of order eps * |mean| * m, which on columns far from zero (1e9 with a spread of 1e-3) is not
        // small beside the spread. The centred deviations still sum to D_i = Σ w c_i ≠ 0; the exact mean is
        // mean_i + D_i / W and the co-moment about it is Σ w c_i c_j − D_i D_j / W.
        Span<double> drift = dimension <= 256 ? stackalloc double[dimension] : new double[dimension];
        for (var i = 0; i < dimension; i++)
        {
            drift[i] = Sum(new ReadOnlySpan<double>(weighted, i * columnStride, m));
        }

        var cm = block.coMoments;
        var blockWeight = block.SumOfWeights;
        for (var i = 0; i < dimension; i++)
        {
            var wi = new ReadOnlySpan<double>(weighted, i * columnStride, m);
            for (var j = i; j < dimension; j++)
            {
                var value = Dot(wi, new ReadOnlySpan<double>(centred, j * columnStride, m)) - (drift[i] * drift[j] / blockWeight);
                cm[(i * dimension) + j] = value;
                cm[(j * dimension) + i] = value;
            }

            mean[i] += drift[i] / blockWeight;
        }

        ArrayPool<double>.Shared.Return(centred);
        ArrayPool<double>.Shared.Return(weighted);
        Merge(block);
    }

    /// <summary>Adds the statistics of another accumulator, as if its rows had been added to this one.</summary>
    /// <param name="other">An accumulator of the same dimension; it is not changed.</param>
    /// <exception cref="ArgumentException">The dimensions differ.</exception>
    public void Merge(CovarianceAccumulator other)
    {
        Guard.NotNull(other);
        if (other.dimension != dimension)
        {
            throw new ArgumentException($"cannot merge an accumulator of dimension {other.dimension} into one of dimension {dimension}.", nameof(other));
        }

        if (other.Count == 0)
        {
            return;
        }

        if (Count == 0)
        {
            CopyFrom(other);
            return;
        }

        var wa = SumOfWeights;
        var wb = other.SumOfWeights;
        var total = wa + wb;
        var factor = wa * wb / total;
        Span<double> d = dimension <= 256 ? stackalloc double[dimension] : new double[dimension];
        for (var i = 0; i < dimension; i++)
        {
            d[i] = (other.origin[i] - origin[i]) + (other.means[i] - means[i]);
        }

        for (var i = 0; i < dimension; i++)
        {
            var target = coMoments.AsSpan(i * dimension, dimension);
            var source = other.coMoments.AsSpan(i * dimension, dimension);
            var f = factor * d[i];
            for (var j = 0; j < dimension; j++)
            {
                target[j] += source[j] + (f * d[j]);
            }

            means[i] += d[i] * (wb / total);
            minima[i] = Math.Min(minima[i], other.minima[i]);
            maxima[i] = Math.Max(maxima[i], other.maxima[i]);
        }

        Count += other.Count;
        SumOfWeights = total;
        SumOfSquaredWeights += other.SumOfSquaredWeights;
    }

    /// <summary>A deep copy.</summary>
    /// <returns>An independent accumulator with the same statistics.</returns>
    public CovarianceAccumulator Clone()
    {
        var copy = new CovarianceAccumulator(dimension);
        copy.CopyFrom(this);
        return copy;
    }

    /// <summary>Serialises the statistics to JSON so that partial accumulators can travel between machines.</summary>
    /// <returns>A JSON object: <c>dimension</c>, <c>count</c>, <c>sumOfWeights</c>, <c>sumOfSquaredWeights</c>,
    /// <c>means</c>, <c>coMoments</c> (row-major), <c>minima</c>, <c>maxima</c>; doubles round-trip exactly.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteNumber("dimension", dimension);
            writer.WriteNumber("count", Count);
            writer.WriteNumber("sumOfWeights", SumOfWeights);
            writer.WriteNumber("sumOfSquaredWeights", SumOfSquaredWeights);
            WriteArray(writer, "means", AbsoluteMeans());
            WriteArray(writer, "coMoments", coMoments);
            WriteArray(writer, "minima", Count == 0 ? new double[dimension] : minima);
            WriteArray(writer, "maxima", Count == 0 ? new double[dimension] : maxima);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads an accumulator written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The accumulator.</returns>
    /// <exception cref="JsonException">The text is not such an object, or its numbers are inconsistent.</exception>
    public static CovarianceAccumulator FromJson(string json)
    {
        Guard.NotNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        try
        {
            var dim = root.GetProperty("dimension").GetInt32();
            if (dim < 1 || dim > 4096)
            {
                throw new JsonException($"$.dimension ({dim}) must be in [1, 4096].");
            }

            var result = new CovarianceAccumulator(dim)
            {
                Count = root.GetProperty("count").GetInt64(),
                SumOfWeights = root.GetProperty("sumOfWeights").GetDouble(),
                SumOfSquaredWeights = root.GetProperty("sumOfSquaredWeights").GetDouble(),
            };
            if (result.Count < 0 || !(result.SumOfWeights >= 0) || !(result.SumOfSquaredWeights >= 0)
                || double.IsInfinity(result.SumOfWeights) || double.IsInfinity(result.SumOfSquaredWeights))
            {
                throw new JsonException("$.count, $.sumOfWeights and $.sumOfSquaredWeights must be finite and >= 0.");
            }

            ReadArray(root, "means", result.means);
            ReadArray(root, "coMoments", result.coMoments);
            for (var i = 0; i < dim; i++)
            {
                // A column's co-moment with itself is a sum of squares: a negative one would give a negative variance.
                if (result.coMoments[(i * dim) + i] < 0)
                {
                    throw new JsonException($"$.coMoments[{(i * dim) + i}] ({result.coMoments[(i * dim) + i].ToString("R", System.Globalization.CultureInfo.InvariantCulture)}) is the co-moment of column {i} with itself, a sum of squares, and must be >= 0.");
                }
            }

            if (result.Count > 0)
            {
                ReadArray(root, "minima", result.minima);
                ReadArray(root, "maxima", result.maxima);
                for (var i = 0; i < dim; i++)
                {
                    if (!(result.minima[i] <= result.maxima[i]))
                    {
                        throw new JsonException($"$.minima[{i}] is above $.maxima[{i}].");
                    }
                }
            }

            return result;
        }
        catch (KeyNotFoundException ex)
        {
            throw new JsonException("the accumulator JSON lacks a required property.", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException("the accumulator JSON has a property of the wrong type.", ex);
        }
        catch (FormatException ex)
        {
            throw new JsonException("the accumulator JSON has a number out of range.", ex);
        }
    }

    /// <summary>Builds an accumulator from statistics computed elsewhere, e.g. one partition's row of a
    /// <see cref="CoMomentQuery"/> run in a database, so that it can be merged with others.</summary>
    /// <param name="count">The number of rows with a positive weight, ≥ 0.</param>
    /// <param name="sumOfWeights">Σw (the count when unweighted), finite, ≥ 0, and positive when <paramref name="count"/> is.</param>
    /// <param name="sumOfSquaredWeights">Σw², finite and ≥ 0.</param>
    /// <param name="means">The weighted means, one per column, finite.</param>
    /// <param name="coMoments">The co-moments Σ w (x_i − mean_i)(x_j − mean_j), row-major, dimension² values, finite;
    /// the matrix must be symmetric with a non-negative diagonal.</param>
    /// <param name="minima">Each column's minimum, finite.</param>
    /// <param name="maxima">Each column's maximum, finite and ≥ its minimum.</param>
    /// <returns>The accumulator (empty when <paramref name="count"/> is 0; the other values are then ignored).</returns>
    /// <exception cref="ArgumentException">A length does not fit, a value is not finite, the matrix is not symmetric,
    /// a diagonal value is negative, or a minimum is above its maximum.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or weight sum is out of range.</exception>
    public static CovarianceAccumulator FromMoments(long count, double sumOfWeights, double sumOfSquaredWeights, ReadOnlySpan<double> means, ReadOnlySpan<double> coMoments, ReadOnlySpan<double> minima, ReadOnlySpan<double> maxima) =>
        FromMoments(count, sumOfWeights, sumOfSquaredWeights, new double[means.Length], means, coMoments, minima, maxima);

    /// <summary>As the public overload, with each mean given relative to an origin (mean = origin + relative), so that a
    /// mean far from zero keeps the digits its merges need.</summary>
    internal static CovarianceAccumulator FromMoments(long count, double sumOfWeights, double sumOfSquaredWeights, ReadOnlySpan<double> origin, ReadOnlySpan<double> means, ReadOnlySpan<double> coMoments, ReadOnlySpan<double> minima, ReadOnlySpan<double> maxima)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "the row count must be >= 0.");
        }

        var dim = means.Length;
        var result = new CovarianceAccumulator(dim);
        if (coMoments.Length != dim * dim || minima.Length != dim || maxima.Length != dim)
        {
            throw new ArgumentException($"{dim} means need {dim * dim} co-moments, {dim} minima and {dim} maxima; got {coMoments.Length}, {minima.Length} and {maxima.Length}.", nameof(coMoments));
        }

        if (count == 0)
        {
            return result;
        }

        Guard.Positive(sumOfWeights);
        Guard.NonNegative(sumOfSquaredWeights);
        for (var i = 0; i < dim; i++)
        {
            if (!double.IsFinite(means[i]) || !double.IsFinite(origin[i]) || !double.IsFinite(origin[i] + means[i]) || !double.IsFinite(minima[i]) || !double.IsFinite(maxima[i]))
            {
                throw new ArgumentException($"column {i}: the mean, minimum and maximum must be finite numbers.", nameof(means));
            }

            if (minima[i] > maxima[i])
            {
                throw new ArgumentException($"column {i}: the minimum is above the maximum.", nameof(minima));
            }

            for (var j = 0; j < dim; j++)
            {
                var v = coMoments[(i * dim) + j];
                if (!double.IsFinite(v) || v != coMoments[(j * dim) + i] || (i == j && v < 0))
                {
                    throw new ArgumentException($"co-moment ({i}, {j}) must be finite, symmetric and, on the diagonal, >= 0.", nameof(coMoments));
                }
            }
        }

        origin.CopyTo(result.origin);
        result.Count = count;
        result.SumOfWeights = sumOfWeights;
        result.SumOfSquaredWeights = sumOfSquaredWeights;
        means.CopyTo(result.means);
        coMoments.CopyTo(result.coMoments);
        minima.CopyTo(result.minima);
        maxima.CopyTo(result.maxima);
        return result;
    }

    /// <summary>The raw co-moment matrix (row-major), for the analysis code.</summary>
    internal ReadOnlySpan<double> CoMoments => coMoments;

    /// <summary>The raw means, for the analysis code.</summary>
    internal ReadOnlySpan<double> Means => AbsoluteMeans();

    // Fixed lane order (FixedLanes): the same bits under the JIT with AVX2, Native AOT's baseline and no SIMD.
    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y) => FixedLanes.Dot(x, y);

    private double[] AbsoluteMeans()
    {
        var result = new double[dimension];
        for (var i = 0; i < dimension; i++)
        {
            result[i] = origin[i] + means[i];
        }

        return result;
    }

    private static double Sum(ReadOnlySpan<double> x) => FixedLanes.Sum(x);

    private static void WriteArray(Utf8JsonWriter writer, string name, double[] values)
    {
        writer.WriteStartArray(name);
        foreach (var v in values)
        {
            writer.WriteNumberValue(v);
        }

        writer.WriteEndArray();
    }

    private static void ReadArray(JsonElement root, string name, double[] target)
    {
        var array = root.GetProperty(name);
        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() != target.Length)
        {
            throw new JsonException($"$.{name} must be an array of {target.Length} numbers.");
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var v = item.GetDouble();
            if (!double.IsFinite(v))
            {
                throw new JsonException($"$.{name}[{i}] must be a finite number.");
            }

            target[i++] = v;
        }
    }

    private void CheckRow(ReadOnlySpan<double> row, int rowNumber)
    {
        if (row.Length != dimension)
        {
            throw new ArgumentException($"a row must hold {dimension} values, not {row.Length}.", nameof(row));
        }

        for (var i = 0; i < row.Length; i++)
        {
            if (!double.IsFinite(row[i]))
            {
                var where = rowNumber > 0 ? $"block row {rowNumber}, column {i}" : $"column {i}";
                throw new ArgumentException($"{where}: {row[i].ToString(CultureInfo.InvariantCulture)} is not a finite number.", nameof(row));
            }
        }
    }

    private void Clear()
    {
        Count = 0;
        SumOfWeights = 0;
        SumOfSquaredWeights = 0;
        Array.Clear(origin);
        Array.Clear(means);
        Array.Clear(coMoments);
        Array.Fill(minima, double.PositiveInfinity);
        Array.Fill(maxima, double.NegativeInfinity);
    }

    private void CopyFrom(CovarianceAccumulator other)
    {
        Count = other.Count;
        SumOfWeights = other.SumOfWeights;
        SumOfSquaredWeights = other.SumOfSquaredWeights;
        other.origin.CopyTo(origin, 0);
        other.means.CopyTo(means, 0);
        other.coMoments.CopyTo(coMoments, 0);
        other.minima.CopyTo(minima, 0);
        other.maxima.CopyTo(maxima, 0);
    }

    private void EnsureNotEmpty()
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("the accumulator holds no rows with positive weight.");
        }
    }
}
