using System.Globalization;

namespace CxOkr.Data;

/// <summary>
/// The texts of one column of a <see cref="ColumnTable"/> as written in its input, kept compactly: a cell
/// whose text is the number's own shortest form (<c>3</c>, <c>4.25</c>) stores nothing, as it is written back
/// from the column's value; any other text (a label, <c>NA</c>, <c>05</c>, <c>3.50</c>) is dictionary-encoded,
/// each distinct text held once per column and a cell holding its code.
/// </summary>
internal abstract class TextColumn
{
    /// <summary>The text of a row, or <see langword="null"/> for an empty cell.</summary>
    public abstract string? this[int row] { get; }

    /// <summary>A column of the given texts.</summary>
    public static TextColumn Of(string?[] texts) => new Strings(texts);

    /// <summary>A column whose texts are its numbers in invariant culture (null for NaN).</summary>
    public static TextColumn OfNumbers(double[] values) => new Compact(values, '.', null, []);

    /// <summary>
    /// Whether <paramref name="text"/> is exactly what the number it parses to is written back as
    /// (<see cref="double.ToString(IFormatProvider)"/> in invariant culture, with <paramref name="decimalMark"/>
    /// for the point): an optional minus, an integer part without leading zeros, an optional fraction not
    /// ending in 0, at most 15 significant digits and a magnitude in [1e-4, 1e15), where the shortest round-trip
    /// form is plain digits. "-0" and anything else is not, and is then stored.
    /// </summary>
    public static bool IsShortestForm(ReadOnlySpan<char> text, char decimalMark)
    {
        var i = 0;
        if (text.Length > 0 && text[0] == '-')
        {
            i = 1;
        }

        var intStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var intDigits = i - intStart;
        if (intDigits == 0 || intDigits > 15 || (intDigits > 1 && text[intStart] == '0'))
        {
            return false;
        }

        var zeroInteger = intDigits == 1 && text[intStart] == '0';
        if (i == text.Length)
        {
            return !(zeroInteger && intStart == 1);   // "-0" is stored
        }

        if (text[i] != decimalMark)
        {
            return false;
        }

        i++;
        var fracStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var fracDigits = i - fracStart;
        if (i != text.Length || fracDigits == 0 || text[^1] == '0')
        {
            return false;
        }

        if (!zeroInteger)
        {
            return intDigits + fracDigits <= 15;
        }

        var leadingZeros = 0;
        while (text[fracStart + leadingZeros] == '0')
        {
            leadingZeros++;
        }

        return leadingZeros <= 3 && fracDigits - leadingZeros <= 15;
    }

    private sealed class Strings(string?[] texts) : TextColumn
    {
        public override string? this[int row] => texts[row];
    }

    /// <summary>Texts written back from the values unless a code (1-based into the dictionary) says otherwise.</summary>
    internal sealed class Compact(double[] values, char decimalMark, int[]? codes, string[] dictionary) : TextColumn
    {
        public override string? this[int row]
        {
            get
            {
                if (codes is not null && codes[row] != 0)
                {
                    return dictionary[codes[row] - 1];
                }

                var v = values[row];
                if (double.IsNaN(v))
                {
                    return null;
                }

                var text = v.ToString(CultureInfo.InvariantCulture);
                return decimalMark == '.' ? text : text.Replace('.', decimalMark);
            }
        }
    }
}
