namespace CxOkr.Data;

/// <summary>
/// A fast path for the plain decimals survey files are made of (<c>7</c>, <c>-3.25</c>, <c>0.125</c>,
/// <c>4.5e-3</c>): the result is bit for bit what <see cref="double.Parse(string, IFormatProvider)"/> gives
/// with the invariant culture, and anything the fast path cannot decide exactly is left to it.
/// </summary>
/// <remarks>
/// Clinger's fast path (Clinger 1990, "How to read floating point numbers accurately"): a decimal
/// <c>w x 10^e</c> whose integer significand <c>w</c> is at most 2^53 and whose power of ten is at most
/// 10^22 in magnitude is the correctly rounded quotient or product of two exactly representable doubles, so
/// one IEEE division or multiplication gives the correctly rounded result, which is what .NET's parser
/// returns. Texts of more than 19 digits (leading and trailing zeros counted) are left to the full parser.
/// </remarks>
internal static class DecimalParser
{
    private const ulong MaxExactSignificand = 1UL << 53;
    private const int MaxExactPower = 22;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>
    /// Parses <c>[+|-] digits [mark digits] [(e|E) [+|-] digits]</c> (at least one digit before or after the
    /// mark) when Clinger's fast path applies; otherwise (other characters, blanks, too many digits, a large
    /// exponent) returns <see langword="false"/> and the caller falls back to <see cref="double.TryParse(ReadOnlySpan{char}, System.Globalization.NumberStyles, IFormatProvider, out double)"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="decimalMark">The decimal mark, <c>.</c> or <c>,</c>.</param>
    /// <param name="value">The value when the fast path applies; equal bit for bit to what the invariant culture's parser gives (with the mark read as <c>.</c>).</param>
    /// <returns>Whether the fast path applied.</returns>
    internal static bool TryParseFast(ReadOnlySpan<char> text, char decimalMark, out double value)
    {
        value = 0;
        var i = 0;
        var n = text.Length;
        if (n == 0)
        {
            return false;
        }

        var negative = false;
        if (text[0] is '-' or '+')
        {
            negative = text[0] == '-';
            i = 1;
        }

        // Every digit goes into the significand (leading zeros add nothing); 19 digits always fit a ulong.
        ulong significand = 0;
        var start = i;
        uint d;
        while (i < n && (d = (uint)(text[i] - '0')) <= 9)
        {
            significand = (significand * 10) + d;
            i++;
        }

        var digits = i - start;
        var fractionDigits = 0;
        if (i < n && text[i] == decimalMark)
        {
            i++;
            var fractionStart = i;
            while (i < n && (d = (uint)(text[i] - '0')) <= 9)
            {
                significand = (significand * 10) + d;
                i++;
            }

            fractionDigits = i - fractionStart;
            digits += fractionDigits;
        }

        // More than 19 digits could have wrapped around (longer texts, leading zeros included, are left to double.Parse).
        if (digits == 0 || digits > 19)
        {
            return false;
        }

        var exponent = 0;
        if (i < n && (text[i] | 0x20) == 'e')
        {
            i++;
            var exponentNegative = false;
            if (i < n && text[i] is '-' or '+')
            {
                exponentNegative = text[i] == '-';
                i++;
            }

            var exponentStart = i;
            while (i < n && (uint)(text[i] - '0') <= 9 && i - exponentStart < 4)
            {
                exponent = (exponent * 10) + (text[i] - '0');
                i++;
            }

            if (i == exponentStart)
            {
                return false;
            }

            exponent = exponentNegative ? -exponent : exponent;
        }

        if (i != n)
        {
            return false;
        }

        if (significand == 0)
        {
            value = negative ? -0.0 : 0.0;
            return true;
        }

        var power = exponent - fractionDigits;
        if (significand > MaxExactSignificand || power < -MaxExactPower || power > MaxExactPower)
        {
            return false;
        }

        double result = significand;
        result = power < 0 ? result / PowersOfTen[-power] : result * PowersOfTen[power];
        value = negative ? -result : result;
        return true;
    }
}
