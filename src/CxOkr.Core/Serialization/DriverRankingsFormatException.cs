namespace CxOkr.Serialization;

/// <summary>
/// Raised when a driver rankings document (see <see cref="DriverRankingsReader"/>) cannot be used: not
/// JSON, or a ranking or driver of the wrong shape. <see cref="Path"/> names the place at fault.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class DriverRankingsFormatException : CxOkrException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The JSON path at fault, such as <c>$[1].drivers[0].shapleyShare</c>.</param>
    /// <param name="message">The whole message: where (the JSON path, and the file when read from one), what is wrong there and what was expected.</param>
    public DriverRankingsFormatException(string path, string message)
        : base(message)
    {
        Path = path;
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="path">The JSON path at fault.</param>
    /// <param name="message">The whole message, naming the JSON path.</param>
    /// <param name="innerException">The underlying error.</param>
    public DriverRankingsFormatException(string path, string message, Exception innerException)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The JSON path at fault, such as <c>$.drivers[1].shapleyShare</c> (<c>$</c> for the whole document).</summary>
    public string Path { get; }
}
