using System.Globalization;
using System.Text;
using CxOkr.Data;
using CxOkr.Drivers;
using FsCheck;
using FsCheck.Xunit;

namespace CxOkr.Tests.Data;

/// <summary>The fast path for plain decimals gives exactly the doubles of <c>double.Parse</c> with the invariant culture.</summary>
public sealed class DecimalParserTests
{
    private static double Reference(string text, char mark) =>
        double.Parse(mark == ',' ? text.Replace(',', '.') : text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Decimal(bool negative, bool plus, ulong integer, byte integerDigits, ulong fraction, byte fractionDigits, sbyte exponent, byte shape, char mark)
    {
        var text = new StringBuilder();
        text.Append(negative ? "-" : plus ? "+" : string.Empty);
        var integerText = (integer % 100_000_000_000_000_000UL).ToString(CultureInfo.InvariantCulture);
        // Leading zeros (shape bit 0), and an integer part of up to 17 digits.
        var integerLength = integerDigits % 18;
        integerText = integerText.Length > integerLength ? integerText[..integerLength] : integerText;
        if ((shape & 1) != 0)
        {
            integerText = "00" + integerText;
        }

        var fractionText = fraction.ToString(CultureInfo.InvariantCulture).PadLeft(20, '0')[..(fractionDigits % 21)];
        if ((shape & 2) != 0 && fractionText.Length > 0)
        {
            fractionText = "000" + fractionText;     // 0.000ddd
        }

        text.Append(integerText);
        if ((shape & 4) != 0 || fractionText.Length > 0 || integerText.Length == 0)
        {
            text.Append(mark).Append(fractionText);  // "5." and ".5" too
        }

        if ((shape & 8) != 0)
        {
            text.Append((shape & 16) != 0 ? 'E' : 'e');
            text.Append((shape & 32) != 0 && exponent >= 0 ? "+" : string.Empty);
            text.Append(((int)exponent % 40).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    [Property(MaxTest = 5000)]
    public void The_fast_path_gives_the_bits_of_double_Parse(bool negative, bool plus, ulong integer, byte integerDigits, ulong fraction, byte fractionDigits, sbyte exponent, byte shape, bool comma)
    {
        var mark = comma ? ',' : '.';
        var text = Decimal(negative, plus, integer, integerDigits, fraction, fractionDigits, exponent, shape, mark);
        if (!double.TryParse(comma ? text.Replace(',', '.') : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected))
        {
            Assert.False(DecimalParser.TryParseFast(text, mark, out _), text);
            return;
        }

        if (DecimalParser.TryParseFast(text, mark, out var fast))
        {
            Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(fast), $"'{text}': fast {fast:R}, double.Parse {expected:R}");
        }

        // Whatever path a cell takes, the reader's parse equals double.Parse.
        var source = new CsvSource(new StringReader(string.Empty), new CsvOptions { Delimiter = comma ? ';' : ',', DecimalSeparator = mark });
        Assert.True(source.TryParseNumber(text, out var parsed));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(parsed));
    }

    [Property(MaxTest = 3000)]
    public void Up_to_15_significant_digits_and_a_small_power_take_the_fast_path(long significand, byte fractionDigits, bool negative)
    {
        var digits = Math.Abs(significand % 1_000_000_000_000_000L);
        var text = digits.ToString(CultureInfo.InvariantCulture);
        var scale = Math.Min(fractionDigits % 16, text.Length);
        var written = (negative ? "-" : string.Empty) + (scale == 0 ? text : text[..^scale] + "." + text[^scale..]);
        Assert.True(DecimalParser.TryParseFast(written, '.', out var fast), written);
        Assert.Equal(BitConverter.DoubleToInt64Bits(Reference(written, '.')), BitConverter.DoubleToInt64Bits(fast));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("+0")]
    [InlineData("-0.0")]
    [InlineData("-0e5")]
    [InlineData("000123.4500")]
    [InlineData(".5")]
    [InlineData("-.5")]
    [InlineData("5.")]
    [InlineData("0.1")]
    [InlineData("0.3")]
    [InlineData("9007199254740992")]
    [InlineData("9007199254740993")]
    [InlineData("9.007199254740993")]
    [InlineData("1.7976931348623157")]
    [InlineData("0.1000000000000000055")]
    [InlineData("12345678901234567")]
    [InlineData("1e22")]
    [InlineData("1e23")]
    [InlineData("1e-22")]
    [InlineData("1e-23")]
    [InlineData("4.5E-3")]
    [InlineData("4.5e+3")]
    [InlineData("123456789012345e-22")]
    [InlineData("1e400")]
    [InlineData("1e-400")]
    [InlineData("7.25")]
    public void Edge_cases_equal_double_Parse(string text)
    {
        var expected = Reference(text, '.');
        var source = new CsvSource(new StringReader(string.Empty), CsvOptions.Default);
        Assert.True(source.TryParseNumber(text, out var parsed));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(parsed));
        if (DecimalParser.TryParseFast(text, '.', out var fast))
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(fast));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("e5")]
    [InlineData("5e")]
    [InlineData("5e+")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("NA")]
    [InlineData("--5")]
    [InlineData("5 ")]
    public void Texts_that_are_not_plain_decimals_are_left_to_double_Parse(string text)
    {
        Assert.False(DecimalParser.TryParseFast(text, '.', out _));
        var source = new CsvSource(new StringReader(string.Empty), CsvOptions.Default);
        var valid = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected) && !double.IsNaN(expected);
        Assert.Equal(valid, source.TryParseNumber(text, out var parsed));
        if (valid)
        {
            Assert.Equal(expected, parsed);
        }
    }

    [Fact]
    public void With_a_decimal_comma_a_point_is_not_a_number()
    {
        var source = new CsvSource(new StringReader(string.Empty), new CsvOptions { Delimiter = ';', DecimalSeparator = ',' });
        Assert.True(source.TryParseNumber("3,25", out var value));
        Assert.Equal(3.25, value);
        Assert.False(source.TryParseNumber("3.25", out _));
    }

    [Fact]
    public void A_bad_cell_is_still_reported_with_its_line_and_column()
    {
        var csv = "y,x1,x2\n1.5,2,3\n2.5,3,4\n3.5,4.5.1,5\n4,5,6\n";
        var ex = Assert.Throws<DataFormatException>(() => DriverStatistics.ReadCsv(new StringReader(csv), "y"));
        Assert.Equal("line 4, column 'x1': '4.5.1' is not a number.", ex.Message);
    }
}
