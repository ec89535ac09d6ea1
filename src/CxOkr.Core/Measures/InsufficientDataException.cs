namespace CxOkr.Measures;

/// <summary>Raised when a metric cannot be computed because there is no usable value.</summary>
public sealed class InsufficientDataException : CxOkrException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What could not be computed and why.</param>
    public InsufficientDataException(string message)
        : base(message)
    {
    }
}
