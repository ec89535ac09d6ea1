namespace CxOkr.Drivers;

/// <summary>The kind of a <see cref="CoMomentSource"/>.</summary>
public enum CoMomentSourceKind
{
    /// <summary>A table or view.</summary>
    Table,

    /// <summary>Parquet files (DuckDB only).</summary>
    ParquetFiles,

    /// <summary>CSV files with a header row (DuckDB only).</summary>
    CsvFiles,
}
