using CxOkr.Data;

namespace CxOkr.Tests.Data;

public sealed class CsvTableReaderTests
{
    [Fact]
    public void Reads_quoted_headers_missing_cells_and_crlf()
    {
        var table = CsvTableReader.Read(new StringReader("\"a b\",\"c,d\",e\r\n1.5,,NA\r\n\"2\",3e2,-4\r\n"));
        Assert.Equal(new[] { "a b", "c,d", "e" }, table.ColumnNames);
        Assert.Equal(2, table.RowCount);
        Assert.Equal(1.5, table.GetValue(0, "a b"));
        Assert.Null(table.GetValue(0, "c,d"));
        Assert.Null(table.GetValue(0, "e"));
        Assert.Equal(2.0, table.GetValue(1, "a b"));
        Assert.Equal(300.0, table.GetValue(1, "c,d"));
        Assert.Equal(-4.0, table.GetValue(1, "e"));
    }

    [Fact]
    public void Text_columns_are_kept_but_refused_as_numbers_with_line_and_column()
    {
        var table = CsvTableReader.Read(new StringReader("id,score\nr1,5\nr2,\"say \"\"hi\"\"\"\n"));
        Assert.False(table.IsNumeric("id"));
        Assert.False(table.IsNumeric("score"));
        var error = Assert.Throws<DataFormatException>(() => table.GetValue(0, "score"));
        Assert.Contains("line 3, column 'score'", error.Message);
        Assert.Contains("say \"hi\"", error.Message);
    }

    [Theory]
    [InlineData("a,b\n1,2\n3\n", "line 3: 1 cells but the header has 2 columns")]
    [InlineData("a,b\n1,\"2\n", "line 2: a quoted field opened here is not closed")]
    [InlineData("a,a\n1,2\n", "column 'a' appears more than once")]
    [InlineData("a,\n1,2\n", "column 2 has an empty name")]
    [InlineData("a,b\n1,Infinity\n", "line 2, column 'b'")]
    [InlineData("", "empty")]
    public void Malformed_input_names_the_line_or_column(string csv, string expected)
    {
        var error = Assert.Throws<DataFormatException>(() => CsvTableReader.Read(new StringReader(csv)));
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Bad_cell_after_a_blank_line_and_a_multi_line_quoted_field_names_its_line(string newline)
    {
        // Line 1 header, 2 a record, 3 blank, 4-5 a record with a comment over two lines, 6 the bad cell.
        var csv = string.Join(newline, "id,comment,csat", "1,ok,5", string.Empty, "2,\"two", "lines\",4", "3,fine,abc") + newline;
        var table = CsvTableReader.Read(new StringReader(csv));
        Assert.Equal(3, table.RowCount);
        Assert.Equal(new int?[] { 2, 4, 6 }, Enumerable.Range(0, table.RowCount).Select(table.GetLine));
        Assert.Equal($"two{newline}lines", table.GetText(1, "comment"));
        var error = Assert.Throws<DataFormatException>(() => table.GetValue(0, "csat"));
        Assert.Equal("line 6, column 'csat': 'abc' is not a number.", error.Message);
    }

    [Theory]
    [InlineData("a,b\n1,2\n\n\"x\ny\",3\n4\n", "line 6: 1 cells but the header has 2 columns.")]
    [InlineData("a,b,c,d,e\r\n1,2,3,4,5\r\n\"\r\n\",2,3\r\n", "line 3: 3 cells but the header has 5 columns.")]
    [InlineData("a,b\r1,2\r\r\"x\ry\",Infinity\r", "line 4, column 'b': 'Infinity' is not a finite number.")]
    [InlineData("a,b\n\n\"x\ny\",2\n3,\"open\n", "line 5: a quoted field opened here is not closed before the end of the input.")]
    public void Malformed_records_name_the_line_they_start_on(string csv, string expected)
    {
        var error = Assert.Throws<DataFormatException>(() => CsvTableReader.Read(new StringReader(csv)));
        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Tables_built_in_code_have_no_lines_and_name_rows()
    {
        var table = ColumnTable.FromColumns(["x"], [[1.0, 2.0]]);
        Assert.Null(table.GetLine(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.GetLine(2));
        var error = Assert.Throws<ArgumentException>(() => ColumnTable.FromColumns(["x"], [[1.0, double.NegativeInfinity]]));
        Assert.StartsWith("column 'x', row 2: -", error.Message);
    }

    [Fact]
    public void Unknown_column_lists_the_columns()
    {
        var table = CsvTableReader.Read(new StringReader("a,b\n1,2\n"));
        var error = Assert.Throws<DataFormatException>(() => table.IndexOf("z"));
        Assert.Contains("unknown column 'z' (columns: a, b)", error.Message);
    }

    [Fact]
    public void Tables_from_rows_and_columns_agree()
    {
        var byRows = ColumnTable.FromRows(["x", "y"], [[1.0, 2.0], [3.0, double.NaN]]);
        var byColumns = ColumnTable.FromColumns(["x", "y"], [[1.0, 3.0], [2.0, double.NaN]]);
        Assert.Equal(byRows.GetValue(1, "x"), byColumns.GetValue(1, "x"));
        Assert.Null(byRows.GetValue(1, "y"));
        Assert.Throws<ArgumentException>(() => ColumnTable.FromRows(["x"], [[1.0, 2.0]]));
        Assert.Throws<ArgumentException>(() => ColumnTable.FromColumns(["x"], [[double.PositiveInfinity]]));
        Assert.Throws<ArgumentException>(() => ColumnTable.FromColumns(["x", "x"], [[1.0], [2.0]]));
    }

    [Fact]
    public void GetText_returns_cells_as_written_with_quotes_embedded_commas_and_crlf()
    {
        var table = CsvTableReader.Read(new StringReader("id,comment,nps,region\r\n1,\"slow, but \"\"fine\"\"\",9, NA \r\n2,,,EU\r\n"));
        Assert.Equal(2, table.RowCount);
        Assert.Equal("slow, but \"fine\"", table.GetText(0, "comment"));
        Assert.Null(table.GetText(1, "comment"));
        Assert.Equal("9", table.GetText(0, "nps"));
        Assert.Null(table.GetText(1, "nps"));
        Assert.Equal("NA", table.GetText(0, "region")); // a label to GetText, missing to GetValue
        Assert.Equal("EU", table.GetText(1, "region"));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.GetText(2, "id"));
        Assert.Throws<DataFormatException>(() => table.GetText(0, "nope"));
    }

    [Fact]
    public void GetText_of_a_table_built_in_code_is_the_invariant_number()
    {
        var table = ColumnTable.FromColumns(["x"], [[2.5, double.NaN, 1e-7]]);
        Assert.Equal("2.5", table.GetText(0, "x"));
        Assert.Null(table.GetText(1, "x"));
        Assert.Equal("1E-07", table.GetText(2, "x"));
    }
}
