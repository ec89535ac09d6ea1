namespace CxOkr.Data;

/// <summary>
/// How many rows an analysis read and used, and why the others were dropped (listwise deletion: a row
/// with any missing value among the analysed columns is left out whole).
/// </summary>
/// <remarks>
/// Each dropped row is counted once, under the first reason that applies in this order: missing outcome,
/// missing driver, missing weight, zero weight. Zero-weight rows are dropped because R's <c>lm</c>
/// leaves them out of the residual degrees of freedom too.
/// </remarks>
/// <param name="RowsRead">Rows in the input table.</param>
/// <param name="RowsUsed">Rows that entered the analysis.</param>
/// <param name="MissingOutcome">Rows dropped because the outcome was missing.</param>
/// <param name="MissingDriver">Rows dropped because at least one driver was missing.</param>
/// <param name="MissingWeight">Rows dropped because the weight was missing.</param>
/// <param name="ZeroWeight">Rows dropped because their weight was zero.</param>
public sealed record ListwiseDeletion(int RowsRead, int RowsUsed, int MissingOutcome, int MissingDriver, int MissingWeight, int ZeroWeight)
{
    /// <summary>All dropped rows.</summary>
    public int RowsDropped => RowsRead - RowsUsed;
}
