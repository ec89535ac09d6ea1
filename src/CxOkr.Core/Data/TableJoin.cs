namespace CxOkr.Data;

/// <summary>The result of <see cref="ColumnTable.InnerJoin"/>: the joined table and how many rows found no match.</summary>
/// <param name="Table">The rows of the first table that matched, with the second table's columns appended.</param>
/// <param name="RowsRead">Rows of the first table before the join.</param>
/// <param name="Unmatched">Rows of the first table left out because their key was empty or had no match.</param>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record TableJoin(ColumnTable Table, int RowsRead, int Unmatched);
