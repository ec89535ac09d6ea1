namespace CxOkr.Cli;

/// <summary>Where a command writes and what time it is; tests pass their own writers and clock.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error: one line per user mistake, never a stack trace.</param>
/// <param name="Time">The clock used for defaults such as "today".</param>
/// <param name="Terminal">
/// Standard error unescaped, when it is an interactive console, for the tool's own cursor control (a progress
/// bar's carriage returns); <see langword="null"/> otherwise. Never write user text to it: use <paramref name="Error"/>.
/// </param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Time, TextWriter? Terminal = null)
{
    /// <summary>Today's date in UTC from <see cref="Time"/>.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
}
