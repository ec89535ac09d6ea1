namespace CxOkr.Data;

/// <summary>Which columns of a responses CSV hold the respondent id, date, journey and weight.</summary>
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
}
