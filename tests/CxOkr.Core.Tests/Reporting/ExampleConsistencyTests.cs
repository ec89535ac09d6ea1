using CxOkr.Data;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Serialization;

namespace CxOkr.Tests.Reporting;

/// <summary>The bundled example agrees with itself: its key results on survey metrics check in what the responses measure.</summary>
public sealed class ExampleConsistencyTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "TestData", "examples");

    [Fact]
    public void Key_results_on_metrics_the_responses_carry_check_in_the_metric_measured_from_those_responses()
    {
        var workspace = WorkspaceReader.ReadFile(Path.Combine(Examples, "workspace.json"));
        var responses = ResponseCsvReader.ReadFile(Path.Combine(Examples, "responses.csv"), new ResponseCsvOptions { MetricColumns = workspace.Metrics.Select(static m => m.Id).ToArray() });
        var metrics = workspace.Metrics.ToDictionary(static m => m.Id, StringComparer.Ordinal);
        var periods = workspace.Periods.ToDictionary(static p => p.Id, StringComparer.Ordinal);
        var measuredKeyResults = new List<string>();
        foreach (var objective in workspace.Objectives)
        {
            foreach (var keyResult in objective.KeyResults)
            {
                if (keyResult.MetricId is not { } id || !responses.Any(r => r.Values.ContainsKey(id)))
                {
                    continue;
                }

                // A metric scoped to a journey is measured over that journey's responses (as the report's trend of it is).
                var metric = metrics[id];
                var scoped = metric.Scope.JourneyId is { } journey ? responses.Where(r => r.JourneyId == journey) : responses;
                var measured = KeyResultMeasurement.CheckIns(metric, scoped, keyResult.CheckIns.Select(static c => c.Date), periods[objective.PeriodId].Start);
                Assert.Equal(keyResult.CheckIns.Count, measured.Count);
                foreach (var (checkIn, expected) in keyResult.CheckIns.OrderBy(static c => c.Date).Zip(measured))
                {
                    Assert.Equal(checkIn.Date, expected.Date);
                    // The workspace stores the value rounded to 3 decimals.
                    Assert.True(Math.Abs(checkIn.Value - expected.Result.Value) <= 0.0005 + 1e-9, $"{keyResult.Id} on {checkIn.Date}: check-in {checkIn.Value}, measured {expected.Result.Value}");
                }

                measuredKeyResults.Add(keyResult.Id);
            }
        }

        Assert.Equal(
            ["kr-app-rating", "kr-chat-csat", "kr-chat-nps", "kr-field-ces", "kr-hold", "kr-install-guide", "kr-nps", "kr-onb-sat", "kr-support-sat"],
            measuredKeyResults.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_example_carries_a_behavioural_outcome_comments_and_respondents_of_both_journeys()
    {
        var workspace = WorkspaceReader.ReadFile(Path.Combine(Examples, "workspace.json"));
        var responses = ResponseCsvReader.ReadFile(Path.Combine(Examples, "responses.csv"), new ResponseCsvOptions { MetricColumns = workspace.Metrics.Select(static m => m.Id).ToArray() });
        var churned = workspace.Metrics.Single(static m => m.Id == "churned");
        Assert.Equal(DataKind.Behavioral, churned.DataKind);
        Assert.Equal(Calculation.Proportion, churned.Calculation);
        Assert.All(responses, static r => Assert.Contains(r.Values["churned"], new[] { 0.0, 1.0 }));
        Assert.InRange(responses.Count(static r => r.Segments.ContainsKey("comment")), 1000, 2000);
        Assert.InRange(responses.Count(static r => r.Values.ContainsKey("support_sat") && r.Values.ContainsKey("onboarding_sat")), 300, 700);
    }
}
