using CxOkr.Utilities;

namespace CxOkr.Data;

/// <summary>
/// Which columns of a CSV file hold one metric's answers and, optionally, their weights, dates and segments,
/// for <see cref="ResponseCsvReader.ReadAnswers(TextReader, MetricColumnCsvOptions)"/>.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record MetricColumnCsvOptions
{
    /// <summary>Names the column of answers.</summary>
    /// <param name="valueColumn">The column holding the answers.</param>
    /// <exception cref="ArgumentException"><paramref name="valueColumn"/> is null or blank.</exception>
    public MetricColumnCsvOptions(string valueColumn)
    {
        ValueColumn = Guard.NotBlank(valueColumn);
    }

    /// <summary>The column holding the answers; a row whose cell is empty or <c>NA</c> did not answer and is skipped.</summary>
    public string ValueColumn { get; }

    /// <summary>The column holding survey weights, or <see langword="null"/> (default) for weight 1 on every row.</summary>
    public string? WeightColumn { get; init; }

    /// <summary>The column holding the dates (YYYY-MM-DD), or <see langword="null"/> (default): then the answers have no date.</summary>
    public string? DateColumn { get; init; }

    /// <summary>The column holding a segment attribute (region, plan, ...), or <see langword="null"/> (default) for none.</summary>
    public string? SegmentColumn { get; init; }

    /// <summary>The file's layout: delimiter, decimal mark, rows to skip, encoding; default <see cref="CsvOptions.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public CsvOptions Csv { get; init => field = value ?? throw new ArgumentNullException(nameof(Csv)); } = CsvOptions.Default;
}
