using CxOkr.Data;

namespace CxOkr.Tests.Data;

public sealed class CsvRecordReaderTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Each_record_starts_on_the_line_an_editor_shows_with_any_line_ending(string newline)
    {
        // Header, a record, a blank line, a record whose quoted field spans three lines, a last record.
        var csv = string.Join(newline, "a,b", "1,2", string.Empty, "3,\"x", "y", "z\"", "4,5") + newline;
        var records = Read(csv);
        Assert.Equal(new[] { 1, 2, 3, 4, 7 }, records.Select(r => r.Line));
        Assert.Equal(new[] { string.Empty }, records[2].Fields);
        Assert.Equal(new[] { "3", $"x{newline}y{newline}z" }, records[3].Fields);
        Assert.Equal(new[] { "4", "5" }, records[4].Fields);
    }

    [Fact]
    public void Mixed_line_endings_count_crlf_once_and_lf_then_cr_twice()
    {
        // a ends with CRLF, b with a lone CR, c with LF; then a blank line ending CRLF (4), one ending LF (5)
        // and one ending CR (6): the LF then CR between them are two line breaks, not one; d is on line 7.
        var records = Read("a\r\nb\rc\n\r\n\n\rd");
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6, 7 }, records.Select(r => r.Line));
        Assert.Equal("d", records[^1].Fields.Single());
    }

    [Theory]
    [InlineData("a,b\n1,\"open\n\nstill open\n", 2)]
    [InlineData("a,b\r\n\r\n\"x\r\ny\",\"open\r\nstill open", 4)]
    [InlineData("a,b\r\"x\ry\",2\r3,\"open", 4)]
    public void Unclosed_quote_names_the_line_of_its_opening_quote(string csv, int line)
    {
        var error = Assert.Throws<DataFormatException>(() => Read(csv));
        Assert.Equal($"line {line}: a quoted field opened here is not closed before the end of the input.", error.Message);
    }

    [Fact]
    public void Record_line_is_zero_before_the_first_record_and_end_of_input_returns_false()
    {
        var reader = new CsvRecordReader(new StringReader(string.Empty));
        Assert.Equal(0, reader.RecordLine);
        Assert.False(reader.ReadRecord(new List<string>()));
    }

    private static List<(int Line, string[] Fields)> Read(string csv)
    {
        var reader = new CsvRecordReader(new StringReader(csv));
        var fields = new List<string>();
        var records = new List<(int Line, string[] Fields)>();
        while (reader.ReadRecord(fields))
        {
            records.Add((reader.RecordLine, fields.ToArray()));
        }

        return records;
    }
}
