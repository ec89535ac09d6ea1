namespace CxOkr.Data;

/// <summary>
/// Raised when tabular input (a CSV file or in-memory columns) cannot be used: a non-numeric cell, an
/// unknown column, a bad weight, too few usable rows. The message names the column and where the input is
/// at fault: the line of a CSV file (the header is line 1), or the 1-based row of a table built in code.
/// </summary>
public sealed class DataFormatException : CxOkrException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong, naming the column and, where there is one, the line of the file or the 1-based row.</param>
    public DataFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What was wrong, naming the column and line or row.</param>
    /// <param name="innerException">The underlying error.</param>
    public DataFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
