using System.Globalization;
using System.Text;
using CxOkr.Data;
using FsCheck;
using FsCheck.Xunit;

namespace CxOkr.Tests.Data;

/// <summary>The compact column store gives back every cell's text as written, though it keeps only numbers for most cells.</summary>
public sealed class CompactColumnStoreTests
{
    [Fact]
    public void Every_cell_text_comes_back_as_written()
    {
        string[] cells = ["3", "4.25", "05", "3.50", "NA", "-0", "1E5", "1e-7", "0.0001", "0.00001", "123456789012345", "1234567890123456", "+2", "-7.5", " 8 ", "label", "0.1000000000000000055", "\"q, r\""];
        var csv = "a,b\n" + string.Concat(cells.Select((c, i) => $"{c},{i}\n"));
        var table = CsvTableReader.Read(new StringReader(csv));
        for (var i = 0; i < cells.Length; i++)
        {
            var expected = cells[i].Trim() is var t && t.StartsWith('"') ? t[1..^1] : cells[i].Trim();
            Assert.Equal(expected, table.GetText(i, "a"));
            Assert.Equal(i.ToString(CultureInfo.InvariantCulture), table.GetText(i, "b"));
        }
    }

    [Fact]
    public void Decimal_comma_texts_come_back_with_the_comma()
    {
        var table = CsvTableReader.Read(new StringReader("a;b\n3,5;1\n4,50;2\n;3\n"), new CsvOptions { Delimiter = ';', DecimalSeparator = ',' });
        Assert.Equal("3,5", table.GetText(0, "a"));
        Assert.Equal(3.5, table.GetValue(0, "a"));
        Assert.Equal("4,50", table.GetText(1, "a"));
        Assert.Null(table.GetText(2, "a"));
    }

    [Fact]
    public void A_table_spanning_many_read_blocks_keeps_values_texts_and_lines()
    {
        var text = new StringBuilder("id,v,label\n");
        for (var r = 0; r < 30000; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"id{r},{r * 0.25},{(r % 2 == 0 ? "even" : "\"odd\r\nrow\"")}\r\n");
        }

        var table = CsvTableReader.Read(new StringReader(text.ToString()));
        Assert.Equal(30000, table.RowCount);
        var line = 2;
        for (var r = 0; r < 30000; r++)
        {
            Assert.Equal(line, table.GetLine(r));
            Assert.Equal(r * 0.25, table.GetValue(r, "v"));
            Assert.Equal($"id{r}", table.GetText(r, "id"));
            Assert.Equal(r % 2 == 0 ? "even" : "odd\r\nrow", table.GetText(r, "label"));
            line += r % 2 == 0 ? 1 : 2;
        }
    }

    [Property(MaxTest = 2000)]
    public void A_text_taken_as_the_shortest_form_is_what_the_number_prints_as(NormalFloat value, byte digits, bool comma)
    {
        var v = value.Get;
        var text = v.ToString("F" + (digits % 8), CultureInfo.InvariantCulture);
        var mark = comma ? ',' : '.';
        var written = comma ? text.Replace('.', ',') : text;
        var parsed = double.Parse(text, CultureInfo.InvariantCulture);
        if (TextColumn.IsShortestForm(written, mark))
        {
            var printed = parsed.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(written, comma ? printed.Replace('.', ',') : printed);
        }

        var shortest = v.ToString(CultureInfo.InvariantCulture);
        if (!shortest.Contains('E', StringComparison.Ordinal) && shortest.Replace("-", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0').Length <= 15 && shortest != "-0")
        {
            Assert.True(TextColumn.IsShortestForm(shortest, '.'), shortest);
        }
    }
}
