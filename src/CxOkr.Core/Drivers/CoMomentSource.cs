using CxOkr.Utilities;

namespace CxOkr.Drivers;

/// <summary>What a <see cref="CoMomentQuery"/> reads: a (schema-qualified) table, or, on DuckDB, files matched by a glob.</summary>
/// <remarks>Names are quoted as identifiers and file patterns as string literals by the query, never pasted in as SQL,
/// so a column or file name can hold any character but NUL and control characters.</remarks>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class CoMomentSource
{
    private CoMomentSource(CoMomentSourceKind kind, IReadOnlyList<string> parts)
    {
        Kind = kind;
        Parts = parts;
    }

    /// <summary>What kind of source this is.</summary>
    public CoMomentSourceKind Kind { get; }

    /// <summary>The name parts of a table (e.g. schema, table), or the one file pattern.</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>A table or view, optionally qualified: <c>Table("survey", "responses")</c> is <c>"survey"."responses"</c>.</summary>
    /// <param name="nameParts">One to three name parts (catalog, schema, table), each as stored (quoted names are case-sensitive).</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException">No part, more than three, or a part that is blank or holds a control character.</exception>
    public static CoMomentSource Table(params string[] nameParts)
    {
        Guard.NotNull(nameParts);
        if (nameParts.Length is < 1 or > 3)
        {
            throw new ArgumentException($"a table name has 1 to 3 parts (catalog, schema, table), not {nameParts.Length}.", nameof(nameParts));
        }

        foreach (var part in nameParts)
        {
            CoMomentQuery.CheckName(part, "table name part");
        }

        return new CoMomentSource(CoMomentSourceKind.Table, ReadOnly.CopyOf(nameParts));
    }

    /// <summary>Parquet files matched by a path or glob (DuckDB's <c>read_parquet</c>), e.g. <c>responses/*.parquet</c>.</summary>
    /// <param name="pattern">The path or glob.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException">The pattern is blank or holds a control character.</exception>
    public static CoMomentSource ParquetFiles(string pattern) => Files(CoMomentSourceKind.ParquetFiles, pattern);

    /// <summary>CSV files with a header row matched by a path or glob (DuckDB's <c>read_csv</c>).</summary>
    /// <param name="pattern">The path or glob.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException">The pattern is blank or holds a control character.</exception>
    public static CoMomentSource CsvFiles(string pattern) => Files(CoMomentSourceKind.CsvFiles, pattern);

    private static CoMomentSource Files(CoMomentSourceKind kind, string pattern)
    {
        CoMomentQuery.CheckName(pattern, "file pattern");
        return new CoMomentSource(kind, [pattern]);
    }
}
