using CxOkr.Alignment;
using CxOkr.Findings;
using CxOkr.Journeys;
using CxOkr.Measures;
using static CxOkr.Tests.Alignment.AlignmentFixture;

namespace CxOkr.Tests.Alignment;

public sealed class UndetectableTargetRuleTests
{
    // 60% promoters, 25% passives, 15% detractors, repeated: NPS 45 with SE 100 sqrt(0.5475 / n).
    private static MetricResult LastPeriod(int repeat)
    {
        var responses = new List<Response>();
        for (var r = 0; r < repeat; r++)
        {
            for (var i = 0; i < 20; i++)
            {
                var value = i < 12 ? 10 : i < 17 ? 7 : 3;
                responses.Add(new Response($"r{r}-{i}", new DateOnly(2026, 11, 2), new Dictionary<string, double> { ["nps"] = value }));
            }
        }

        return ResponseMeasures.Aggregate(Metrics[0], responses, Grouping.ByPeriod(TimeBucket.Month))[^1];
    }

    private static AlignmentReport Check(MetricResult? period) =>
        new AlignmentChecker().Check(new CascadeGraph(Healthy(), Units, [Q4, Nov, Q1], Metrics, Links, null, period is null ? null : [period]));

    [Fact]
    public void A_target_change_below_the_detectable_change_of_the_last_period_is_a_warning()
    {
        // 100 answers: SE = 7.40, smallest detectable change 1.96 x sqrt(2) x 7.40 = 20.5 points > the 10 of kr-nps.
        var period = LastPeriod(5);
        Assert.True(SampleSizePlanner.SmallestDetectableChange(period) > 10);
        var findings = Check(period).Of(AlignmentRuleIds.UndetectableTarget).ToList();
        Assert.Equal([["kr-nps", "o-company", "nps"], ["kr-sales-nps", "o-sales", "nps"]], findings.Select(f => f.Subjects));
        Assert.All(findings, f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.Contains("by 10, but with the last period's 100 effective responses (2026-11) only a change of 20.51 or more", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Near_miss_enough_responses_or_no_volume_data_gives_no_warning()
    {
        // 2000 answers: detectable change 4.6 points < 10.
        Assert.Empty(Check(LastPeriod(100)).Of(AlignmentRuleIds.UndetectableTarget));
        Assert.Empty(Check(null).Of(AlignmentRuleIds.UndetectableTarget));
    }
}
