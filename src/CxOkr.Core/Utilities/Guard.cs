using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CxOkr.Utilities;

/// <summary>Argument checks used at construction of domain types; each names the offending parameter.</summary>
internal static class Guard
{
    public static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }

        return value;
    }

    public static string NotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} must not be empty or white space.", paramName);
        }

        return value;
    }

    public static string? NullOrNotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} must be null or a non-empty id.", paramName);
        }

        return value;
    }

    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite number.");
        }

        return value;
    }

    public static double NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        // The negated comparison also rejects NaN.
        if (!(value >= 0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite number >= 0.");
        }

        return value;
    }

    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!(value > 0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite number > 0.");
        }

        return value;
    }

    public static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be in [{min}, {max}].");
        }

        return value;
    }

    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be in [{min}, {max}].");
        }

        return value;
    }

    /// <summary>Refuses <see cref="DateOnly.MinValue"/> (0001-01-01), the value of <c>default(DateOnly)</c>: a date that was never set.</summary>
    public static DateOnly Dated(DateOnly value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value == DateOnly.MinValue)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} is missing: it is the default date 0001-01-01 (default(DateOnly)), which is never a real {paramName}.");
        }

        return value;
    }

    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} is not a defined {typeof(T).Name}.");
        }

        return value;
    }
}
