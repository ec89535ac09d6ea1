namespace CxOkr;

/// <summary>
/// Base class of the errors CxOkr.Core raises for unusable documents, data and concurrent changes
/// (argument mistakes in code raise the <see cref="ArgumentException"/> family instead).
/// </summary>
public class CxOkrException : Exception
{
    /// <summary>Creates an exception with a message that says what was wrong and where.</summary>
    /// <param name="message">A sentence naming the field, row or id at fault.</param>
    public CxOkrException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the error that caused it.</summary>
    /// <param name="message">A sentence naming the field, row or id at fault.</param>
    /// <param name="innerException">The underlying error.</param>
    public CxOkrException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
