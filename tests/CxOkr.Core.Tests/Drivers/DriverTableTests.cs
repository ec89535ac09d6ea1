using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Measures;

namespace CxOkr.Tests.Drivers;

public sealed class DriverTableTests
{
    private static readonly DateOnly Day = new(2026, 10, 1);

    private static MetricDefinition Rating(string id) =>
        new(id, id, MetricTier.Interaction, MetricScope.ForTouchpoint("tp-chat"), DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean, new MetricScale(1, 5));

    // n responses answering y, a and b on 1-5 scales; every fifth also answers c; one in seven does not answer y.
    private static List<Response> Responses(int n)
    {
        var random = new Random(7);
        var list = new List<Response>();
        for (var i = 0; i < n; i++)
        {
            var a = random.Next(1, 6);
            var b = random.Next(1, 6);
            var values = new Dictionary<string, double> { ["a"] = a, ["b"] = b };
            if (i % 7 != 3)
            {
                values["y"] = Math.Clamp(Math.Round((0.5 * a) + (0.3 * b) + random.NextDouble()), 1, 5);
            }

            list.Add(new Response($"r{i}", Day, values, weight: 0.5 + random.NextDouble()));
        }

        return list;
    }

    private static Response With(Response r, string metricId, double value)
    {
        var values = r.Values.ToDictionary();
        values[metricId] = value;
        return new Response(r.RespondentId, r.Date, values, r.Weight, r.JourneyId, r.Segments);
    }

    [Fact]
    public void FromResponses_reads_only_outcome_answers_and_names_the_weight_column_weight()
    {
        var responses = Responses(70);
        var table = DriverTable.FromResponses(responses, "y", ["a", "b"], [Rating("y"), Rating("a"), Rating("b")]);
        Assert.Equal(["y", "a", "b", "weight"], table.Table.ColumnNames);
        Assert.Equal("weight", table.Specification.Weight);
        Assert.Equal(60, table.Table.RowCount);
        Assert.Equal(60, table.CompleteRows);
        Assert.Equal(0, table.ExcludedValues);
        Assert.Equal(60, new KeyDriverAnalyzer().Analyze(table.Table, table.Specification).NUsed);
    }

    [Fact]
    public void FromResponses_refuses_a_value_off_its_metric_scale_or_excludes_it_under_the_exclude_policy()
    {
        var responses = Responses(70);
        responses[5] = With(responses[5], "a", 500);
        var metrics = new[] { Rating("y"), Rating("a"), Rating("b") };
        var refused = Assert.Throws<OutOfRangeValueException>(() => DriverTable.FromResponses(responses, "y", ["a", "b"], metrics));
        Assert.Equal("a", refused.MetricId);
        Assert.Equal("r5", refused.RespondentId);
        Assert.Contains("expected a value in [1, 5]", refused.Message, StringComparison.Ordinal);

        var excluded = DriverTable.FromResponses(responses, "y", ["a", "b"], metrics, new MeasureOptions(outOfRange: OutOfRangePolicy.Exclude));
        Assert.Equal(1, excluded.ExcludedValues);
        Assert.Equal(59, excluded.CompleteRows);
        Assert.Null(excluded.Table.GetValue(4, "a")); // r3 does not answer y, so r5 is row 4

        // Without a metric definition there is no scale to check.
        Assert.Equal(60, DriverTable.FromResponses(responses, "y", ["a", "b"], []).CompleteRows);
    }

    [Fact]
    public void FromResponses_renames_the_weight_column_when_a_metric_is_called_weight()
    {
        var responses = Responses(70).Select(r => new Response(r.RespondentId, r.Date, r.Values.ToDictionary(v => v.Key switch { "a" => "weight", "b" => "weight_", _ => v.Key }, v => v.Value), r.Weight)).ToList();
        var table = DriverTable.FromResponses(responses, "y", ["weight", "weight_"], []);
        Assert.Equal(["y", "weight", "weight_", "weight__"], table.Table.ColumnNames);
        Assert.Equal("weight__", table.Specification.Weight);
        var result = new KeyDriverAnalyzer().Analyze(table.Table, table.Specification);
        Assert.Equal(["weight", "weight_"], result.Drivers.Select(static d => d.Name));
    }

    [Fact]
    public void FromResponses_needs_the_minimum_of_complete_responses()
    {
        // 35 responses: 30 answer y (one in seven does not); take them down to 29 complete by leaving b out of one.
        var responses = Responses(35);
        Assert.Equal(DriverTable.MinimumCompleteResponses, DriverTable.FromResponses(responses, "y", ["a", "b"], []).CompleteRows);
        var i = responses.FindIndex(static r => r.Values.ContainsKey("y"));
        responses[i] = new Response(responses[i].RespondentId, Day, responses[i].Values.Where(static v => v.Key != "b").ToDictionary(), responses[i].Weight);
        var error = Assert.Throws<DataFormatException>(() => DriverTable.FromResponses(responses, "y", ["a", "b"], []));
        Assert.StartsWith("only 29 complete responses", error.Message, StringComparison.Ordinal);
        Assert.Contains($"needs at least {DriverTable.MinimumCompleteResponses}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromResponses_leaves_out_unanswered_drivers_only_when_asked_and_refuses_bad_names()
    {
        var responses = Responses(70);
        var table = DriverTable.FromResponses(responses, "y", ["a", "c", "b"], [], leaveOutUnansweredDrivers: true);
        Assert.Equal(["a", "b"], table.Specification.Drivers);
        Assert.Throws<DataFormatException>(() => DriverTable.FromResponses(responses, "y", ["a", "c", "b"], []));
        Assert.ThrowsAny<ArgumentException>(() => DriverTable.FromResponses(responses, "y", ["c"], [], leaveOutUnansweredDrivers: true));
        Assert.ThrowsAny<ArgumentException>(() => DriverTable.FromResponses(responses, "y", ["a", "a"], []));
        Assert.ThrowsAny<ArgumentException>(() => DriverTable.FromResponses(responses, "y", ["a", "y"], []));
        Assert.ThrowsAny<ArgumentException>(() => DriverTable.FromResponses(responses, "y", ["a"], [Rating("a"), Rating("a")]));
    }

    [Fact]
    public void DefaultDrivers_leave_out_columns_without_numbers_and_refuse_a_typo_naming_line_and_column()
    {
        var table = CsvTableReader.Read(new StringReader("y,a,label,empty,w,b\n1,2,p,,1,3\n2,1,q,,1,4\n3,4,r,,1,x\n"));
        Assert.Equal("line 4, column 'b': 'x' is not a number.", Assert.Throws<DataFormatException>(() => DriverTable.DefaultDrivers(table, "y", "w")).Message);

        var clean = CsvTableReader.Read(new StringReader("y,a,label,empty,w,b\n1,2,p,,1,3\n2,1,q,NA,1,4\n3,4,r,,1,5\n"));
        Assert.Equal(["a", "b"], DriverTable.DefaultDrivers(clean, "y", "w"));
        Assert.Equal(["a", "w", "b"], DriverTable.DefaultDrivers(clean, "y"));
        Assert.Equal(["a", "w", "b"], DriverTable.FromTable(clean, "y").Specification.Drivers);
        var none = CsvTableReader.Read(new StringReader("y,label\n1,p\n2,q\n"));
        Assert.StartsWith("no driver columns", Assert.Throws<DataFormatException>(() => DriverTable.DefaultDrivers(none, "y")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTable_refuses_a_driver_value_off_the_scale_naming_line_and_column()
    {
        var table = CsvTableReader.Read(new StringReader("y,a,b,w\n9,2,3,1\n8,1,4,0\n7,4,,1\n6,6,5,1\n"));
        var ok = DriverTable.FromTable(table, "y", ["a", "b"], "w");
        Assert.Equal(2, ok.CompleteRows);
        Assert.Equal("w", ok.Specification.Weight);
        var error = Assert.Throws<DataFormatException>(() => DriverTable.FromTable(table, "y", ["a", "b"], "w", new MetricScale(1, 5)));
        Assert.Equal("line 5, column 'a': 6 is off the scale, expected a value in [1, 5].", error.Message);
        Assert.Throws<DataFormatException>(() => DriverTable.FromTable(table, "nope", ["a"]));
        Assert.Throws<DataFormatException>(() => DriverTable.FromTable(table, "y", ["a"], "nope"));
    }
}
