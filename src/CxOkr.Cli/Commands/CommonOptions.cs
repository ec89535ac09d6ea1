using System.CommandLine;
using System.Globalization;

namespace CxOkr.Cli.Commands;

/// <summary>Options and value parsers shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string> Format(params string[] allowed)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", allowed)}.",
            DefaultValueFactory = _ => allowed[0],
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "The as-of date (YYYY-MM-DD); default today.",
    };

    public static DateOnly ParseDate(string text, string optionName)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new CliUsageException($"{optionName} '{text}' is not a date as YYYY-MM-DD.");
        }

        return date;
    }

    public static string ExistingFile(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new CliUsageException($"{what} '{path}' is a directory, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{what} '{path}' does not exist.", path);
        }

        return path;
    }

    /// <summary>Parses a <c>--scale MIN:MAX</c> value with the library's one rule (<see cref="Journeys.MetricScale.Parse"/>).</summary>
    public static Journeys.MetricScale Scale(string text)
    {
        try
        {
            return Journeys.MetricScale.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new CliUsageException($"--{ex.Message}", ex);
        }
    }

    /// <summary>Rounds for display in tables (4 decimal places); JSON output is never rounded.</summary>
    public static double Round4(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
