using CxOkr.Journeys;
using CxOkr.Measures;

namespace CxOkr.Tests.Measures;

public sealed class ResponseMeasuresTests
{
    private static readonly MetricDefinition Nps = new("rnps", "Relationship NPS", MetricTier.Relationship, null,
        DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Nps);

    private static readonly MetricDefinition Csat = new("chat_csat", "Chat CSAT", MetricTier.Interaction, MetricScope.ForTouchpoint("tp-chat"),
        DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.TopBox, new MetricScale(1, 5, 4));

    private static Response R(string id, string date, string metric, double value, double weight = 1, string? region = null) =>
        new(id, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, double> { [metric] = value }, weight,
            segments: region is null ? null : new Dictionary<string, string> { ["region"] = region });

    [Fact]
    public void Nps_of_11_is_rejected_naming_metric_respondent_and_value()
    {
        var ex = Assert.Throws<OutOfRangeValueException>(() => ResponseMeasures.Measure(Nps, [R("r1", "2026-10-01", "rnps", 9), R("r2", "2026-10-01", "rnps", 11)]));
        Assert.Equal(("rnps", "r2", 11.0), (ex.MetricId, ex.RespondentId, ex.Value));
        Assert.Equal("metric 'rnps': respondent 'r2' has value 11, expected an integer in [0, 10].", ex.Message);
    }

    [Fact]
    public void Csat_of_0_on_1_to_5_is_rejected()
    {
        var ex = Assert.Throws<OutOfRangeValueException>(() => ResponseMeasures.Measure(Csat, [R("r9", "2026-10-01", "chat_csat", 0)]));
        Assert.Contains("expected a value in [1, 5]", ex.Message);
    }

    [Fact]
    public void Exclude_policy_leaves_out_and_counts_out_of_range_values()
    {
        var options = new MeasureOptions(outOfRange: OutOfRangePolicy.Exclude);
        var result = ResponseMeasures.Measure(Csat, [R("a", "2026-10-01", "chat_csat", 5), R("b", "2026-10-01", "chat_csat", 0), R("c", "2026-10-01", "chat_csat", 2)], options);
        Assert.Equal(2, result.N);
        Assert.Equal(1, result.Excluded);
        Assert.Equal(50, result.Value, 10);
        Assert.Equal("chat_csat", result.MetricId);
        Assert.Null(result.Group);
    }

    [Fact]
    public void Responses_without_the_metric_are_skipped_and_none_at_all_is_an_error()
    {
        Assert.Throws<InsufficientDataException>(() => ResponseMeasures.Measure(Nps, [R("a", "2026-10-01", "other", 3)]));
    }

    [Fact]
    public void Aggregation_by_month_and_segment_orders_groups_and_labels_them()
    {
        Response[] responses =
        [
            R("a", "2026-11-03", "rnps", 10, region: "EU"),
            R("b", "2026-10-31", "rnps", 0, region: "US"),
            R("c", "2026-10-01", "rnps", 9, region: "EU"),
            R("d", "2026-10-15", "rnps", 8),
        ];
        var results = ResponseMeasures.Aggregate(Nps, responses, Grouping.ByPeriod(TimeBucket.Month, "region"));
        Assert.Equal(["2026-10 / EU", "2026-10 / US", "2026-10 / (missing)", "2026-11 / EU"], results.Select(r => r.Group!.Label));
        Assert.Equal([100.0, -100.0, 0.0, 100.0], results.Select(r => r.Value));
        Assert.Equal(new DateOnly(2026, 10, 31), results[0].Group!.PeriodEnd);
    }

    [Theory]
    [InlineData(TimeBucket.Day, "2026-12-31", "2026-12-31", "2026-12-31")]
    [InlineData(TimeBucket.Week, "2026-12-31", "2026-12-28", "2027-01-03")]
    [InlineData(TimeBucket.Month, "2026-02-14", "2026-02-01", "2026-02-28")]
    [InlineData(TimeBucket.Quarter, "2026-11-15", "2026-10-01", "2026-12-31")]
    public void Calendar_buckets_cover_the_right_days(TimeBucket bucket, string date, string start, string end)
    {
        var (_, s, e) = Grouping.Period(bucket, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((start, end), (s.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Iso_week_label_uses_the_week_numbering_year()
    {
        Assert.Equal("2026-W53", Grouping.Period(TimeBucket.Week, new DateOnly(2027, 1, 1)).Label);
        Assert.Equal("2026-Q4", Grouping.Period(TimeBucket.Quarter, new DateOnly(2026, 12, 31)).Label);
    }

    [Fact]
    public void Date_ranges_group_responses_and_leave_out_those_in_none()
    {
        var ranges = new[] { new DateRange("2026-Q4", new(2026, 10, 1), new(2026, 12, 31)), new DateRange("oct", new(2026, 10, 1), new(2026, 10, 31)) };
        var results = ResponseMeasures.Aggregate(Nps, [R("a", "2026-10-05", "rnps", 10), R("b", "2026-11-05", "rnps", 0), R("c", "2027-01-05", "rnps", 0)], Grouping.ByRanges(ranges));
        Assert.Equal(["2026-Q4", "oct"], results.Select(r => r.Group!.Period));
        Assert.Equal([2, 1], results.Select(r => r.N));
    }

    [Fact]
    public async Task Streaming_aggregation_matches_the_list_version()
    {
        var responses = Enumerable.Range(0, 200).Select(i => R($"r{i}", "2026-10-01", "rnps", i % 11, 1 + (i % 3))).ToList();
        var expected = ResponseMeasures.Measure(Nps, responses);
        var streamed = await ResponseMeasures.AggregateAsync(Nps, Stream(responses), Grouping.None);
        Assert.Equal(expected, Assert.Single(streamed));
    }

    [Fact]
    public async Task Streaming_aggregation_honours_cancellation()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ResponseMeasures.AggregateAsync(Nps, Stream([R("a", "2026-10-01", "rnps", 9)]), Grouping.None, cancellationToken: cts.Token));
    }

    private static async IAsyncEnumerable<Response> Stream(IEnumerable<Response> responses, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var response in responses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return response;
        }
    }
}
