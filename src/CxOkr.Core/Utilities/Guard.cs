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

        return WellFormed(value, paramName);
    }

    public static string? NullOrNotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} must be null or a non-empty id.", paramName);
        }

        return value is null ? null : WellFormed(value, paramName);
    }

    /// <summary>
    /// Refuses text that is not well-formed Unicode: an unpaired UTF-16 surrogate (which UTF-8 stores, SQLite
    /// among them, turn into U+FFFD, so that two different ids collapse into one) or a noncharacter
    /// (U+FDD0..U+FDEF, or a code point ending in FFFE or FFFF).
    /// </summary>
    /// <exception cref="ArgumentException">The text is not well-formed; the message names the parameter, the code unit and its index.</exception>
    public static string WellFormed(string value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var start = i;
            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, value[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new ArgumentException($"{paramName} contains an unpaired surrogate U+{(int)c:X4} at index {i}; text must be well-formed Unicode.", paramName);
            }

            if (codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE)
            {
                throw new ArgumentException($"{paramName} contains the noncharacter U+{codePoint:X4} at index {start}; text must be well-formed Unicode.", paramName);
            }
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
