using Microsoft.Extensions.Options;

namespace CxOkr.DependencyInjection;

/// <summary>
/// Validates <see cref="CxOkrOptions"/> once, when the options are first built (at host start-up through
/// <c>ValidateOnStart</c>): each record's own <c>Validate</c>, every failure reported with the option it names.
/// </summary>
/// <remarks>Thread-safe: stateless.</remarks>
internal sealed class CxOkrOptionsValidator : IValidateOptions<CxOkrOptions>
{
    public ValidateOptionsResult Validate(string? name, CxOkrOptions options)
    {
        var failures = new List<string>();
        Check(failures, "Scoring", options.Scoring.Validate);
        Check(failures, "Alignment", options.Alignment.Validate);
        Check(failures, "KeyDrivers", options.KeyDrivers.Validate);

        // MeasureOptions validates each value as it is set, so there is nothing left to check.
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string section, Action validate)
    {
        try
        {
            validate();
        }
        catch (ArgumentException ex)
        {
            // The records' messages name the property; say which part of CxOkrOptions holds it.
            failures.Add($"CxOkrOptions.{section}: {ex.Message}");
        }
    }
}
