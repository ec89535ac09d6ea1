namespace CxOkr.Serialization;

/// <summary>A topic definitions document that cannot be read: not JSON, or a topic not of the documented shape; the message starts with the JSON path and names the topic.</summary>
public sealed class TopicsFormatException : CxOkrException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The JSON path at fault, such as <c>$.topics[1].any[0]</c>.</param>
    /// <param name="message">The message, starting with the path.</param>
    public TopicsFormatException(string path, string message)
        : base(message)
    {
        Path = path;
    }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="path">The JSON path at fault.</param>
    /// <param name="message">The message, starting with the path.</param>
    /// <param name="innerException">The cause.</param>
    public TopicsFormatException(string path, string message, Exception innerException)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The JSON path at fault.</summary>
    public string Path { get; }
}
