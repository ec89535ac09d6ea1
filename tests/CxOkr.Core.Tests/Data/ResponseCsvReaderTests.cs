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
    public void Bad_date_names_the_row_and_column()
    {
        const string csv = "respondent_id,date,nps\nR1,2026-10-01,9\nR2,01/10/2026,7\n";
        var ex = Assert.Throws<DataFormatException>(() => ResponseCsvReader.Read(new StringReader(csv)));
        Assert.Contains("row 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'date'", ex.Message, StringComparison.Ordinal);
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
