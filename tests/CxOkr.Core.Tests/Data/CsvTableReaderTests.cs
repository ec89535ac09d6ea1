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
    public void Text_columns_are_kept_but_refused_as_numbers_with_row_and_column()
    {
        var table = CsvTableReader.Read(new StringReader("id,score\nr1,5\nr2,\"say \"\"hi\"\"\"\n"));
        Assert.False(table.IsNumeric("id"));
        Assert.False(table.IsNumeric("score"));
        var error = Assert.Throws<DataFormatException>(() => table.GetValue(0, "score"));
        Assert.Contains("column 'score', row 2", error.Message);
        Assert.Contains("say \"hi\"", error.Message);
    }

    [Theory]
    [InlineData("a,b\n1,2\n3\n", "row 2: 1 cells but the header has 2 columns")]
    [InlineData("a,b\n1,\"2\n", "row 1: a quoted field is not closed")]
    [InlineData("a,a\n1,2\n", "column 'a' appears more than once")]
    [InlineData("a,\n1,2\n", "column 2 has an empty name")]
    [InlineData("a,b\n1,Infinity\n", "column 'b', row 1")]
    [InlineData("", "empty")]
    public void Malformed_input_names_the_row_or_column(string csv, string expected)
    {
        var error = Assert.Throws<DataFormatException>(() => CsvTableReader.Read(new StringReader(csv)));
        Assert.Contains(expected, error.Message);
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
