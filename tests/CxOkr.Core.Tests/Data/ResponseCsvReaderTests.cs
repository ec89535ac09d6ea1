using CxOkr.Data;

namespace CxOkr.Tests.Data;

public sealed class ResponseCsvReaderTests
{
    [Fact]
    public void Numeric_columns_become_values_and_text_columns_segments()
    {
        const string csv = "respondent_id,date,journey,weight,region,nps,csat\nR1,2026-10-01,support,2,north,9,\nR2,2026-10-02,,1,\"south, coast\",3,4\n";
        var responses = ResponseCsvReader.Read(new StringReader(csv));
        Assert.Equal(2, responses.Count);
        Assert.Equal(("R1", new DateOnly(2026, 10, 1), "support", 2.0), (responses[0].RespondentId, responses[0].Date, responses[0].JourneyId, responses[0].Weight));
        Assert.Equal(new Dictionary<string, double> { ["nps"] = 9 }, responses[0].Values);
        Assert.Equal("north", responses[0].Segments["region"]);
        Assert.Null(responses[1].JourneyId);
        Assert.Equal("south, coast", responses[1].Segments["region"]);
        Assert.Equal(4, responses[1].Values["csat"]);
    }

    [Fact]
    public void NA_is_a_missing_answer_in_a_metric_column_and_a_value_in_a_segment_column()
    {
        const string csv = "respondent_id,date,region,csat\nR1,2026-10-01,EU,4\nR2,2026-10-02,NA,NA\nR3,2026-10-03,NA, 5 \n";
        var responses = ResponseCsvReader.Read(new StringReader(csv));
        Assert.Equal([4.0], responses[0].Values.Values);
        Assert.Empty(responses[1].Values);
        Assert.Equal(5, responses[2].Values["csat"]);

        // In a segment column NA is a value: North America.
        Assert.Equal("NA", responses[1].Segments["region"]);
        Assert.Equal("NA", responses[2].Segments["region"]);
    }

    [Fact]
    public void Declared_metric_columns_refuse_text_and_make_every_other_column_a_segment()
    {
        const string csv = "respondent_id,date,store,csat\nR1,2026-10-01,101,4\nR2,2026-10-02,102,n/a\n";
        var options = new ResponseCsvOptions { MetricColumns = ["csat", "nps_not_in_this_file"] };
        var ex = Assert.Throws<DataFormatException>(() => ResponseCsvReader.Read(new StringReader(csv), options));
        Assert.StartsWith("line 3, column 'csat': 'n/a' is not a number", ex.Message, StringComparison.Ordinal);

        var responses = ResponseCsvReader.Read(new StringReader(csv.Replace("n/a", "5", StringComparison.Ordinal)), options);
        Assert.Equal(new Dictionary<string, double> { ["csat"] = 4 }, responses[0].Values);
        Assert.Equal("101", responses[0].Segments["store"]);

        // Without the list the same text cell silently makes csat a segment: the reason to declare metrics.
        var inferred = ResponseCsvReader.Read(new StringReader(csv));
        Assert.Equal("n/a", inferred[1].Segments["csat"]);
    }

    [Fact]
    public void The_default_date_0001_01_01_is_refused_as_a_bad_date_naming_line_and_column()
    {
        const string csv = "respondent_id,date,nps\nR1,0001-01-01,9\n";
        var ex = Assert.Throws<DataFormatException>(() => ResponseCsvReader.Read(new StringReader(csv)));
        Assert.StartsWith("line 2, column 'date': '0001-01-01' is the default date", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_date_names_the_line_and_column()
    {
        const string csv = "respondent_id,date,nps\nR1,2026-10-01,9\nR2,01/10/2026,7\n";
        var ex = Assert.Throws<DataFormatException>(() => ResponseCsvReader.Read(new StringReader(csv)));
        Assert.Contains("line 3, column 'date'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'date'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Bad_cell_after_a_blank_line_and_a_multi_line_quoted_field_names_its_line(string newline)
    {
        // Line 1 header, 2 a response, 3 blank, 4-5 a response with a comment over two lines, 6 the bad date.
        var csv = string.Join(
            newline,
            "respondent_id,date,comment,nps",
            "R1,2026-10-01,ok,9",
            string.Empty,
            "R2,2026-10-02,\"two",
            "lines\",7",
            "R3,2026-13-01,fine,8") + newline;
        var ex = Assert.Throws<DataFormatException>(() => ResponseCsvReader.Read(new StringReader(csv)));
        Assert.Equal("line 6, column 'date': '2026-13-01' is not a date as YYYY-MM-DD.", ex.Message);
    }

    [Theory]
    [InlineData("respondent_id,date,weight\n\nR1,2026-10-01,\"1\n\"\n,2026-10-02,1\n", "line 5, column 'respondent_id': the respondent id is empty.")]
    [InlineData("respondent_id,date,weight\r\nR1,2026-10-01,1\r\n\r\nR2,2026-10-02,-1\r\n", "line 4, column 'weight': '-1' is not a finite weight above 0.")]
    [InlineData("respondent_id,date,nps\rR1,\"2026-10-01\r\",9\rR2,2026-10-02\r", "line 4: 2 cells but the header has 3 columns.")]
    [InlineData("respondent_id,date,nps\n\nR1,2026-10-01,\"9\n", "line 3: a quoted field opened here is not closed before the end of the input.")]
    public void Malformed_records_name_the_line_they_start_on(string csv, string expected)
    {
        var ex = Assert.Throws<DataFormatException>(() => ResponseCsvReader.Read(new StringReader(csv)));
        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void Zero_weight_is_refused()
    {
        const string csv = "respondent_id,date,weight,nps\nR1,2026-10-01,0,9\n";
        var ex = Assert.Throws<DataFormatException>(() => ResponseCsvReader.Read(new StringReader(csv)));
        Assert.Contains("'weight'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_id_column_is_refused_listing_the_columns()
    {
        var ex = Assert.Throws<DataFormatException>(() => ResponseCsvReader.Read(new StringReader("id,date\nR1,2026-10-01\n")));
        Assert.Contains("respondent_id", ex.Message, StringComparison.Ordinal);
        Assert.Contains("id, date", ex.Message, StringComparison.Ordinal);
    }
}
