namespace CxOkr.Data;

/// <summary>Which columns of a responses CSV hold the respondent id, date, journey, weight and metric values.</summary>
/// <threadsafety>Immutable: safe to share between threads.</threadsafety>
public sealed record ResponseCsvOptions
{
    /// <summary>The respondent id column. Default <c>respondent_id</c>.</summary>
    public string RespondentIdColumn { get; init; } = "respondent_id";

    /// <summary>The date column (YYYY-MM-DD). Default <c>date</c>.</summary>
    public string DateColumn { get; init; } = "date";

    /// <summary>The journey id column, or <see langword="null"/> when the file has none. Default <c>journey</c>; ignored when absent from the header.</summary>
    public string? JourneyColumn { get; init; } = "journey";

    /// <summary>The case-weight column, or <see langword="null"/> for weight 1. Default <c>weight</c>; ignored when absent from the header.</summary>
    public string? WeightColumn { get; init; } = "weight";

    /// <summary>
    /// The columns that hold metric values, or <see langword="null"/> (default) to infer them: then a column
    /// whose every cell is a number, empty or <c>NA</c> is a metric and any other column a segment attribute. When
    /// given, exactly the named columns the file has are metrics (names it lacks are ignored, so a
    /// workspace's whole metric list can be passed), every other column is a segment attribute, and a
    /// metric cell that is not a number is an error naming its line and column instead of silently turning
    /// the column into a segment.
    /// </summary>
    /// <remarks>The names are copied when set, so changing the caller's collection afterwards changes nothing.</remarks>
    public IReadOnlyCollection<string>? MetricColumns
    {
        get => _metricColumns;
        init => _metricColumns = value is null ? null : Utilities.ReadOnly.CopyOf(value);
    }

    private readonly IReadOnlyCollection<string>? _metricColumns;

    /// <summary>The file's layout: delimiter, decimal mark, rows to skip, encoding; default <see cref="CsvOptions.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public CsvOptions Csv { get; init => field = value ?? throw new ArgumentNullException(nameof(Csv)); } = CsvOptions.Default;
}
