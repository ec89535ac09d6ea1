namespace CxOkr.Cli;

/// <summary>
/// A mistake in the command line itself (a bad option value or combination), reported as one line on stderr
/// with exit code 2. The tool throws it instead of <see cref="ArgumentException"/>, which is kept for the
/// library's own argument checks: one escaping the tool is a bug (exit 70), not the user's mistake.
/// </summary>
internal sealed class CliUsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One sentence naming the option and what was wrong with it.</param>
    /// <param name="innerException">The library's argument exception this one reports, if any.</param>
    public CliUsageException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// Runs <paramref name="build"/>, which hands values the user typed to the library (options records, specifications),
    /// turning the library's argument check into a usage error: here the bad argument came from the command line.
    /// </summary>
    /// <typeparam name="T">What is built.</typeparam>
    /// <param name="build">Builds a library object from command-line values only.</param>
    /// <returns>What <paramref name="build"/> returned.</returns>
    /// <exception cref="CliUsageException">The library refused a value with an <see cref="ArgumentException"/>.</exception>
    public static T FromArguments<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException ex)
        {
            throw new CliUsageException(ex.Message, ex);
        }
    }
}
