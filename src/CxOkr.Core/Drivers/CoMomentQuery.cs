using System.Data.Common;
using System.Globalization;
using System.Text;
using CxOkr.Data;
using CxOkr.Utilities;

namespace CxOkr.Drivers;

/// <summary>
/// One portable SQL query that computes, inside the engine that holds the data, one row of partial co-moments
/// per partition (row count, Σw, Σw², means, minima, maxima and the sums of products of centred values), and
/// the reading of those rows into <see cref="CovarianceAccumulator"/> partials that merge exactly in .NET.
/// </summary>
/// <remarks>
/// <para>The query is pure text built here; running it is the job of an engine adapter (CxOkr.Data.DuckDb,
/// CxOkr.Data.Postgres) or of the host. Shape (docs/engines.md): a CTE <c>cx_rows</c> casts the columns to
/// doubles and keeps the rows complete on every column and the weight (listwise deletion, as the in-memory
/// driver path does; SQL NULL is a missing value) with a non-zero weight; <c>cx_means</c> groups them by
/// partition for the count, Σw, Σw², a count of negative weights (refused on reading), the weighted means,
/// minima and maxima; <c>cx_sums</c> joins every row back to its partition's means and sums
/// D_i = Σ w (x_i − m_i) and S_ij = Σ w (x_i − m_i)(x_j − m_j) for i ≤ j. Products of centred values are never
/// formed from raw sums, so there is no catastrophic cancellation; and because the engine's mean m carries the
/// rounding of a raw sum, the reader applies the corrected two-pass formula of Chan, Golub and LeVeque (1983):
/// mean = m + D/W and C_ij = S_ij − D_i D_j / W.</para>
/// <para>Column and table names are user input: they are quoted as identifiers of the dialect (quote
/// characters doubled) and file patterns as string literals (single quotes doubled); names holding NUL or
/// other control characters are refused. Nothing is pasted into the text unquoted.</para>
/// </remarks>
/// <threadsafety>Thread-safe: immutable once built.</threadsafety>
public sealed class CoMomentQuery
{
    private const int MaxNameLength = 1024;

    /// <summary>Builds the query.</summary>
    /// <param name="dialect">The SQL dialect.</param>
    /// <param name="source">The table or files to read.</param>
    /// <param name="columns">The analysed columns (e.g. the outcome, then the drivers), 1 to 4096, distinct.</param>
    /// <param name="weight">The case-weight column, or null for weight 1.</param>
    /// <param name="partition">How the rows are split into partials; default <see cref="CoMomentPartition.None"/>.</param>
    /// <exception cref="ArgumentException">A name is blank, holds a control character or is repeated, or the
    /// source is a file pattern on a dialect other than DuckDB.</exception>
    public CoMomentQuery(SqlDialect dialect, CoMomentSource source, IReadOnlyList<string> columns, string? weight = null, CoMomentPartition? partition = null)
    {
        Dialect = Guard.Defined(dialect);
        Source = Guard.NotNull(source);
        Guard.NotNull(columns);
        if (columns.Count is < 1 or > 4096)
        {
            throw new ArgumentException($"a co-moment query needs 1 to 4096 columns, not {columns.Count}.", nameof(columns));
        }

        foreach (var column in columns)
        {
            CheckName(column, "column");
        }

        if (columns.Distinct(StringComparer.Ordinal).Count() != columns.Count)
        {
            throw new ArgumentException("a column is named twice.", nameof(columns));
        }

        if (weight is not null)
        {
            CheckName(weight, "weight column");
            if (columns.Contains(weight, StringComparer.Ordinal))
            {
                throw new ArgumentException($"the weight column '{weight}' is also an analysed column.", nameof(weight));
            }
        }

        if (source.Kind != CoMomentSourceKind.Table && dialect != SqlDialect.DuckDb)
        {
            throw new ArgumentException($"file sources (read_parquet, read_csv) are DuckDB's; {dialect} reads a table.", nameof(source));
        }

        Columns = ReadOnly.CopyOf(columns);
        Weight = weight;
        Partition = partition ?? CoMomentPartition.None;
        Sql = Build();
    }

    /// <summary>The dialect.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>The source.</summary>
    public CoMomentSource Source { get; }

    /// <summary>The analysed columns, in accumulator order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The weight column, or null.</summary>
    public string? Weight { get; }

    /// <summary>The partition.</summary>
    public CoMomentPartition Partition { get; }

    /// <summary>The SQL text. Each result row is one partition: <see cref="ResultWidth"/> numeric columns in the order
    /// <see cref="ReadPartial"/> expects, then the partition key <c>cx_p</c> (any type, not needed).</summary>
    public string Sql { get; }

    /// <summary>The number of numeric result columns before the partition key: 4 + 4p + p(p+1)/2 for p columns.</summary>
    public int ResultWidth => 4 + (4 * Columns.Count) + (Columns.Count * (Columns.Count + 1) / 2);

    /// <summary>Reads one result row (its first <see cref="ResultWidth"/> values, as doubles; a SQL NULL as NaN)
    /// into an accumulator, applying the corrected two-pass formula.</summary>
    /// <param name="values">The values of the row.</param>
    /// <returns>The partition's accumulator.</returns>
    /// <exception cref="ArgumentException">The row does not have <see cref="ResultWidth"/> values.</exception>
    /// <exception cref="DataFormatException">The partition holds a negative weight, or a column or the weight holds
    /// NaN or an infinity (in the engine's floating point), or the sums overflowed.</exception>
    public CovarianceAccumulator ReadPartial(ReadOnlySpan<double> values)
    {
        var p = Columns.Count;
        if (values.Length != ResultWidth)
        {
            throw new ArgumentException($"a partial co-moment row holds {ResultWidth} values, not {values.Length}.", nameof(values));
        }

        var count = values[0];
        var w = values[1];
        var ww = values[2];
        if (values[3] > 0)
        {
            throw new DataFormatException($"weight column '{Weight}': {values[3].ToString(CultureInfo.InvariantCulture)} row(s) have a negative weight; weights must be >= 0.");
        }

        if (!(count >= 1) || count > (1L << 53) || !double.IsFinite(w) || !(w > 0) || !double.IsFinite(ww))
        {
            throw new DataFormatException(Weight is null
                ? "the row count returned by the engine is not a positive whole number."
                : $"weight column '{Weight}': the weights sum to {w.ToString(CultureInfo.InvariantCulture)} (NaN, an infinity or an overflow); weights must be finite numbers >= 0.");
        }

        var means = new double[p];
        var minima = new double[p];
        var maxima = new double[p];
        var drift = new double[p];
        for (var i = 0; i < p; i++)
        {
            means[i] = values[4 + i];
            drift[i] = values[4 + p + i];
            minima[i] = values[4 + (2 * p) + i];
            maxima[i] = values[4 + (3 * p) + i];
            if (!double.IsFinite(means[i]) || !double.IsFinite(drift[i]) || !double.IsFinite(minima[i]) || !double.IsFinite(maxima[i]))
            {
                throw new DataFormatException($"column '{Columns[i]}': holds NaN or an infinity, or its sums overflow; values must be finite numbers.");
            }

            // Relative to the partition's minimum (an actual value, so m - lo is exact), the mean keeps its low digits.
            means[i] = (means[i] - minima[i]) + (drift[i] / w);
        }

        var coMoments = new double[p * p];
        var k = 4 + (4 * p);
        for (var i = 0; i < p; i++)
        {
            for (var j = i; j < p; j++)
            {
                var s = values[k++];
                if (!double.IsFinite(s))
                {
                    throw new DataFormatException($"columns '{Columns[i]}' and '{Columns[j]}': the sum of centred products overflows; values must be finite numbers.");
                }

                var c = s - (drift[i] * drift[j] / w);
                if (i == j)
                {
                    // A sum of squares: the correction can take a constant column's 0 to -1e-30.
                    c = Math.Max(c, 0);
                }

                coMoments[(i * p) + j] = c;
                coMoments[(j * p) + i] = c;
            }
        }

        return CovarianceAccumulator.FromMoments((long)count, w, ww, minima, means, coMoments, minima, maxima);
    }

    /// <summary>Merges partials (in the given order) into one accumulator of the query's columns.</summary>
    /// <param name="partials">The partials, e.g. one per result row from <see cref="ReadPartial"/>.</param>
    /// <returns>The merged accumulator (empty when there are no partials).</returns>
    public CovarianceAccumulator Merge(IEnumerable<CovarianceAccumulator> partials)
    {
        Guard.NotNull(partials);
        var total = new CovarianceAccumulator(Columns.Count);
        foreach (var partial in partials)
        {
            total.Merge(partial);
        }

        return total;
    }

    /// <summary>Reads every result row of the query (run by an ADO.NET provider) and merges the partials.</summary>
    /// <param name="reader">A reader positioned before the first row of <see cref="Sql"/>'s result.</param>
    /// <param name="cancellationToken">Cancels between rows.</param>
    /// <returns>The merged accumulator (empty when no row is complete).</returns>
    /// <exception cref="DataFormatException">See <see cref="ReadPartial"/>.</exception>
    public async Task<CovarianceAccumulator> ReadAsync(DbDataReader reader, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(reader);
        if (reader.FieldCount != ResultWidth + 1)
        {
            throw new ArgumentException($"the reader has {reader.FieldCount} columns; the co-moment query returns {ResultWidth + 1}.", nameof(reader));
        }

        var total = new CovarianceAccumulator(Columns.Count);
        var values = new double[ResultWidth];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? double.NaN : reader.GetDouble(i);
            }

            total.Merge(ReadPartial(values));
        }

        return total;
    }

    /// <summary>Refuses a name that cannot be quoted safely: blank, NUL or another control character, not well-formed, too long.</summary>
    internal static string CheckName(string? name, string what)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"a {what} must not be blank.", nameof(name));
        }

        if (name.Length > MaxNameLength)
        {
            throw new ArgumentException($"a {what} must be at most {MaxNameLength} characters.", nameof(name));
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsControl(name[i]))
            {
                throw new ArgumentException($"{what} '{name.Replace("\0", "\\0", StringComparison.Ordinal)}' holds the control character U+{(int)name[i]:X4} at index {i}.", nameof(name));
            }
        }

        return Guard.WellFormed(name, what);
    }

    private string Identifier(string name) => Dialect == SqlDialect.SparkSql
        ? "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`"
        : "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private string DoubleType => Dialect == SqlDialect.PostgreSql ? "DOUBLE PRECISION" : "DOUBLE";

    private string NullSafeEqual(string a, string b) => Dialect == SqlDialect.SparkSql ? $"{a} <=> {b}" : $"{a} IS NOT DISTINCT FROM {b}";

    private string FromClause() => Source.Kind switch
    {
        CoMomentSourceKind.ParquetFiles => $"read_parquet({Literal(Source.Parts[0])})",
        CoMomentSourceKind.CsvFiles => $"read_csv({Literal(Source.Parts[0])}, header = true)",
        _ => string.Join('.', Source.Parts.Select(Identifier)),
    };

    private string PartitionExpression()
    {
        if (Partition.Column is not { } column)
        {
            return "0";
        }

        var c = Identifier(column);
        if (Partition.Buckets == 0)
        {
            return c;
        }

        var n = Partition.Buckets.ToString(CultureInfo.InvariantCulture);
        return Dialect switch
        {
            SqlDialect.DuckDb => $"hash({c}) % {n}",
            SqlDialect.PostgreSql => $"(hashtextextended(CAST({c} AS text), 0) & 9223372036854775807) % {n}",
            _ => $"pmod(hash({c}), {n})",
        };
    }

    private string Build()
    {
        var p = Columns.Count;
        var weighted = Weight is not null;
        string Times(string prefix, string expression) => weighted ? $"{prefix}cx_w * {expression}" : expression;
        var sql = new StringBuilder();
        // The rows are read twice (means, then centred sums). DuckDB and PostgreSQL would otherwise materialise a CTE
        // used twice, i.e. hold every row (10^8 rows x 20 columns: 16 GB); NOT MATERIALIZED makes them scan the source
        // twice instead, in constant memory. Spark SQL inlines CTEs and has no such keyword.
        sql.Append(Dialect == SqlDialect.SparkSql ? "WITH cx_rows AS (\n  SELECT " : "WITH cx_rows AS NOT MATERIALIZED (\n  SELECT ");
        for (var i = 0; i < p; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"CAST({Identifier(Columns[i])} AS {DoubleType}) AS cx_x{i}, ");
        }

        if (weighted)
        {
            sql.Append(CultureInfo.InvariantCulture, $"CAST({Identifier(Weight!)} AS {DoubleType}) AS cx_w, ");
        }

        sql.Append(PartitionExpression()).Append(" AS cx_p\n  FROM ").Append(FromClause()).Append("\n  WHERE ");
        sql.Append(string.Join(" AND ", Columns.Append(Weight).OfType<string>().Select(c => Identifier(c) + " IS NOT NULL")));
        if (weighted)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND CAST({Identifier(Weight!)} AS {DoubleType}) <> 0");
        }

        // Every numeric result is a double, so that a reader needs one getter whatever integer type the engine counts in.
        var d = DoubleType;
        sql.Append(CultureInfo.InvariantCulture, $"\n),\ncx_means AS (\n  SELECT cx_p, CAST(COUNT(*) AS {d}) AS cx_n, ");
        sql.Append(weighted ? $"SUM(cx_w) AS cx_sw, SUM(cx_w * cx_w) AS cx_sww, CAST(SUM(CASE WHEN cx_w < 0 THEN 1 ELSE 0 END) AS {d}) AS cx_neg"
                            : $"CAST(COUNT(*) AS {d}) AS cx_sw, CAST(COUNT(*) AS {d}) AS cx_sww, CAST(0 AS {d}) AS cx_neg");
        for (var i = 0; i < p; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $",\n    SUM({Times(string.Empty, $"cx_x{i}")}) / {(weighted ? "SUM(cx_w)" : "COUNT(*)")} AS cx_m{i}, MIN(cx_x{i}) AS cx_lo{i}, MAX(cx_x{i}) AS cx_hi{i}");
        }

        sql.Append("\n  FROM cx_rows\n  GROUP BY cx_p\n),\ncx_sums AS (\n  SELECT r.cx_p");
        for (var i = 0; i < p; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $",\n    SUM({Times("r.", $"(r.cx_x{i} - m.cx_m{i})")}) AS cx_d{i}");
        }

        for (var i = 0; i < p; i++)
        {
            for (var j = i; j < p; j++)
            {
                sql.Append(CultureInfo.InvariantCulture, $",\n    SUM({Times("r.", $"(r.cx_x{i} - m.cx_m{i}) * (r.cx_x{j} - m.cx_m{j})")}) AS cx_s{i}_{j}");
            }
        }

        sql.Append("\n  FROM cx_rows AS r\n  JOIN cx_means AS m ON ").Append(NullSafeEqual("r.cx_p", "m.cx_p")).Append("\n  GROUP BY r.cx_p\n)\n");
        sql.Append("SELECT m.cx_n, m.cx_sw, m.cx_sww, m.cx_neg");
        Columnwise("m.cx_m");
        Columnwise("s.cx_d");
        Columnwise("m.cx_lo");
        Columnwise("m.cx_hi");
        for (var i = 0; i < p; i++)
        {
            for (var j = i; j < p; j++)
            {
                sql.Append(CultureInfo.InvariantCulture, $", s.cx_s{i}_{j}");
            }
        }

        sql.Append(", m.cx_p\nFROM cx_means AS m\nJOIN cx_sums AS s ON ").Append(NullSafeEqual("m.cx_p", "s.cx_p")).Append('\n');
        return sql.ToString();

        void Columnwise(string prefix)
        {
            for (var i = 0; i < p; i++)
            {
                sql.Append(", ").Append(prefix).Append(i.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
