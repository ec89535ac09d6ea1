using CxOkr.Okrs;

namespace CxOkr.Tests.Okrs;

/// <summary>A streak celebrates progress: check-ins without any are not part of one.</summary>
public sealed class OnTrackStreakTests
{
    private static readonly OkrPeriod Q4 = new("2026-Q4", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));
    private static readonly DateOnly[] Days = [.. Enumerable.Range(1, 4).Select(i => Q4.Start.AddDays(7 * i))];

    [Fact]
    public void A_milestone_not_done_has_no_streak_however_early_it_is()
    {
        var kr = KeyResult.Milestone("m", "Launch the new IVR", checkIns: Days.Select(static d => new CheckIn(d, 0)));
        var card = new OkrScorer().Score([new Objective("o", "o", "u", Q4.Id, [kr])], [Q4], Days[^1]);
        Assert.All(card.Objectives[0].KeyResults, static k => Assert.Equal(OkrStatus.OnTrack, k.Status)); // on track only because little is expected yet
        Assert.DoesNotContain(card.Achievements, static a => a.Kind == AchievementKind.OnTrackStreak);
    }

    [Fact]
    public void A_value_stuck_at_its_baseline_has_no_streak_and_one_moving_has_one()
    {
        var stuck = KeyResult.Increase("s", "Stuck", 10, 20, checkIns: Days.Select(static d => new CheckIn(d, 10)));
        var moving = KeyResult.Increase("g", "Moving", 10, 20, checkIns: Days.Select(static (d, i) => new CheckIn(d, 10.5 + i)));
        var card = new OkrScorer().Score([new Objective("o", "o", "u", Q4.Id, [stuck, moving])], [Q4], Days[2]);
        Assert.DoesNotContain(card.Achievements, static a => a.Kind == AchievementKind.OnTrackStreak && a.SubjectId == "s");
        Assert.Contains(card.Achievements, static a => a.Kind == AchievementKind.OnTrackStreak && a.SubjectId == "g");
    }
}
