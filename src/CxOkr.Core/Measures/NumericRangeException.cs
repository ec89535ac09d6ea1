namespace CxOkr.Measures;

/// <summary>
/// Raised when valid inputs cannot be combined in double precision: a weighted sum that overflows, or weights
/// whose squares underflow to zero. The data is not wrong value by value; it needs rescaling.
/// </summary>
/// <threadsafety>Exceptions are not shared between threads while being thrown; an instance is immutable.</threadsafety>
public sealed class NumericRangeException : CxOkrException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What could not be computed and what to do about it.</param>
    public NumericRangeException(string message)
        : base(message)
    {
    }
}
