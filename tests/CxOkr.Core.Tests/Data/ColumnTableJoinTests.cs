using CxOkr.Data;
using CxOkr.Drivers;

namespace CxOkr.Tests.Data;

public sealed class ColumnTableJoinTests
{
    private static ColumnTable Read(string text) => CsvTableReader.Read(new StringReader(text));

    [Fact]
    public void Inner_join_appends_the_other_columns_and_counts_unmatched_rows()
    {
        var survey = Read("customer_id,sat\nA,5\nB,3\nC,4\nA,2\n,1\n");
        var billing = Read("customer_id,churned\nB,1\nA,0\nZ,1\n");
        var join = survey.InnerJoin(billing, "customer_id");
        Assert.Equal(5, join.RowsRead);
        Assert.Equal(2, join.Unmatched);
        Assert.Equal(["customer_id", "sat", "churned"], join.Table.ColumnNames);
        Assert.Equal([5.0, 3.0, 2.0], Enumerable.Range(0, 3).Select(r => join.Table.GetValue(r, "sat")!.Value));
        Assert.Equal([0.0, 1.0, 0.0], Enumerable.Range(0, 3).Select(r => join.Table.GetValue(r, "churned")!.Value));
        Assert.Equal(2, join.Table.GetLine(0));
        Assert.Equal(5, join.Table.GetLine(2));
    }

    [Fact]
    public void A_key_repeated_in_the_joined_table_is_an_error_naming_both_lines()
    {
        var survey = Read("customer_id,sat\nA,5\n");
        var billing = Read("customer_id,churned\nA,1\nB,0\nA,0\n");
        var error = Assert.Throws<DataFormatException>(() => survey.InnerJoin(billing, "customer_id"));
        Assert.Equal("key 'customer_id' = 'A' repeats in the joined table: line 2 and line 4.", error.Message);
    }

    [Fact]
    public void Colliding_column_names_are_an_error_naming_them()
    {
        var survey = Read("id,sat,weight\nA,5,1\n");
        var billing = Read("id,weight,sat,churned\nA,1,2,0\n");
        var error = Assert.Throws<DataFormatException>(() => survey.InnerJoin(billing, "id"));
        Assert.Contains("'weight', 'sat'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_cell_of_a_joined_column_is_reported_at_its_line_in_the_joined_file()
    {
        var survey = Read("id,sat\nA,5\nB,4\n");
        var billing = Read("id,churned\nB,yes\nA,0\n");
        var join = survey.InnerJoin(billing, "id");
        Assert.Equal(0, join.Unmatched);
        var error = Assert.Throws<DataFormatException>(() => new OutcomeDriverAnalyzer().AnalyzeLogistic(DriverTable.FromTable(join, "churned", ["sat"])));
        Assert.StartsWith("line 2, column 'churned': 'yes' is not a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_analysis_reports_the_unmatched_rows()
    {
        var survey = string.Join("\n", Enumerable.Range(0, 70).Select(i => $"c{i},{1 + (i * 7 % 5)},{1 + (i * 3 % 4)}"));
        var billing = string.Join("\n", Enumerable.Range(0, 60).Select(i => $"c{i},{(i * 5 % 3 == 0 ? 1 : 0)}"));
        var join = Read("id,a,b\n" + survey + "\n").InnerJoin(Read("id,churned\n" + billing + "\n"), "id");
        var result = new OutcomeDriverAnalyzer().AnalyzeLogistic(DriverTable.FromTable(join, "churned", ["a", "b"]));
        Assert.Equal(10, result.UnmatchedRows);
        Assert.Equal(60, result.Rows.RowsRead);
    }
}
