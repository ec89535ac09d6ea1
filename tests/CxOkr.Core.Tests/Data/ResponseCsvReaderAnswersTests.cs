using CxOkr.Data;
using CxOkr.Journeys;
using CxOkr.Measures;

namespace CxOkr.Tests.Data;

/// <summary>The single-column mode of <see cref="ResponseCsvReader"/> (what <c>cxokr metrics</c> reads).</summary>
public sealed class ResponseCsvReaderAnswersTests
{
    private const string Csv = "respondent,date,region,nps,weight\nr1,2026-10-01,EU,9,2\nr2,2026-11-02,US,NA,1\nr3,2026-11-03,,3,1\n\nr4,2026-12-04,EU,,1\n";

    private static readonly MetricDefinition Mean = new("nps", "nps", MetricTier.Relationship, MetricScope.None, DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean);

    [Fact]
    public void ReadAnswers_reads_the_value_column_skipping_rows_without_a_value()
    {
        var answers = ResponseCsvReader.ReadAnswers(new StringReader(Csv), new MetricColumnCsvOptions("nps") { WeightColumn = "weight", DateColumn = "date", SegmentColumn = "region" });
        Assert.Equal(
            [("line 2", 9.0, 2.0, (DateOnly?)new DateOnly(2026, 10, 1), (string?)"EU"), ("line 4", 3.0, 1.0, new DateOnly(2026, 11, 3), null)],
            answers.Select(static a => (a.RespondentId, a.Value, a.Weight, a.Date, a.Segment)));
    }

    [Fact]
    public void Without_a_date_column_answers_have_no_date_not_a_made_up_one()
    {
        var answers = ResponseCsvReader.ReadAnswers(new StringReader(Csv), new MetricColumnCsvOptions("nps"));
        Assert.Equal(2, answers.Count);
        Assert.All(answers, static a => Assert.Null(a.Date));
        Assert.All(answers, static a => Assert.Equal(1.0, a.Weight));

        var bySegment = ResponseMeasures.Aggregate(Mean, ResponseCsvReader.ReadAnswers(new StringReader(Csv), new MetricColumnCsvOptions("nps") { SegmentColumn = "region" }), Grouping.BySegment("region"));
        Assert.All(bySegment, static r => Assert.Null(r.Group!.Period));
        Assert.All(bySegment, static r => Assert.Null(r.Group!.PeriodStart));

        var ex = Assert.Throws<ArgumentException>(() => ResponseMeasures.Aggregate(Mean, answers, Grouping.ByPeriod(TimeBucket.Month)));
        Assert.StartsWith("metric 'nps': respondent 'line 2' has no date, and grouping by period needs a date on every answer.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_by_period_group_as_whole_responses_do()
    {
        var answers = ResponseCsvReader.ReadAnswers(new StringReader(Csv), new MetricColumnCsvOptions("nps") { WeightColumn = "weight", DateColumn = "date" });
        var responses = ResponseCsvReader.Read(new StringReader(Csv), new ResponseCsvOptions { RespondentIdColumn = "respondent", MetricColumns = ["nps"] });
        var fromAnswers = ResponseMeasures.Aggregate(Mean, answers, Grouping.ByPeriod(TimeBucket.Month));
        var fromResponses = ResponseMeasures.Aggregate(Mean, responses, Grouping.ByPeriod(TimeBucket.Month));
        Assert.Equal(fromResponses.Select(static r => (r.Group!.Label, r.N, r.Value)), fromAnswers.Select(static r => (r.Group!.Label, r.N, r.Value)));
    }

    [Theory]
    [InlineData("r1,2026-10-01,EU,ten,1", "line 3, column 'nps': 'ten' is not a number (leave the cell empty or write NA for a missing answer).")]
    [InlineData("r1,2026-10-01,EU,1e400,1", "line 3, column 'nps': '1e400' is not a number (leave the cell empty or write NA for a missing answer).")]
    [InlineData("r1,2026-10-01,EU,7,0", "line 3, column 'weight': '0' is not a finite weight above 0.")]
    [InlineData("r1,01/10/2026,EU,7,1", "line 3, column 'date': '01/10/2026' is not a date as YYYY-MM-DD.")]
    [InlineData("r1,0001-01-01,EU,7,1", "line 3, column 'date': '0001-01-01' is the default date 0001-01-01, not a response date (a missing date exported as a default?).")]
    [InlineData("r1,2026-10-01,7,1", "line 3: 4 cells but the header has 5 columns.")]
    public void A_bad_cell_gets_the_same_message_in_both_modes(string row, string message)
    {
        var csv = $"respondent,date,region,nps,weight\nr0,2026-10-01,EU,5,1\n{row}\n";
        var single = Assert.Throws<DataFormatException>(() => ResponseCsvReader.ReadAnswers(new StringReader(csv), new MetricColumnCsvOptions("nps") { WeightColumn = "weight", DateColumn = "date" }));
        var whole = Assert.Throws<DataFormatException>(() => ResponseCsvReader.Read(new StringReader(csv), new ResponseCsvOptions { RespondentIdColumn = "respondent", MetricColumns = ["nps"] }));
        Assert.Equal((message, message), (single.Message, whole.Message));
    }

    [Theory]
    [InlineData("nope", null, null, "the responses file has no value column 'nope'; its columns are respondent, date, region, nps, weight.")]
    [InlineData("nps", "w", null, "the responses file has no weight column 'w'; its columns are respondent, date, region, nps, weight.")]
    [InlineData("nps", null, "day", "the responses file has no date column 'day'; its columns are respondent, date, region, nps, weight.")]
    public void A_named_column_the_file_lacks_is_an_error_listing_the_columns(string value, string? weight, string? date, string message)
    {
        var ex = Assert.Throws<DataFormatException>(() => ResponseCsvReader.ReadAnswers(new StringReader(Csv), new MetricColumnCsvOptions(value) { WeightColumn = weight, DateColumn = date }));
        Assert.Equal(message, ex.Message);
    }
}
