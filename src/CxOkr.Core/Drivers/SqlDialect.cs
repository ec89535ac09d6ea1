namespace CxOkr.Drivers;

/// <summary>The SQL dialect a <see cref="CoMomentQuery"/> is written in.</summary>
public enum SqlDialect
{
    /// <summary>DuckDB: <c>"identifiers"</c>, <c>DOUBLE</c>, <c>IS NOT DISTINCT FROM</c>, <c>hash()</c>, <c>read_parquet</c>/<c>read_csv</c> sources.</summary>
    DuckDb,

    /// <summary>PostgreSQL: <c>"identifiers"</c>, <c>DOUBLE PRECISION</c>, <c>IS NOT DISTINCT FROM</c>, <c>hashtextextended()</c>.</summary>
    PostgreSql,

    /// <summary>Spark SQL (text only, not run by this library): <c>`identifiers`</c>, <c>DOUBLE</c>, <c>&lt;=&gt;</c>,
    /// <c>pmod(hash(), n)</c>. The same shape runs on Databricks; BigQuery and Snowflake need only their own type
    /// name and null-safe equality.</summary>
    SparkSql,
}
