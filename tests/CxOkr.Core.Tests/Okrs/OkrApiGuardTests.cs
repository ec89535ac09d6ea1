using CxOkr.Okrs;

namespace CxOkr.Tests.Okrs;

/// <summary>Bad arguments to the scorer and the OKR types are refused naming the parameter; the conveniences behave as documented.</summary>
public sealed class OkrApiGuardTests
{
    private static readonly OkrPeriod Q4 = new("2026-Q4", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));
    private static readonly DateOnly Nov15 = new(2026, 11, 15);
    private readonly OkrScorer _scorer = new();

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void GradeOf_refuses_a_score_that_is_not_finite_naming_score(double score)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => _scorer.GradeOf(score));
        Assert.Equal("score", ex.ParamName);
    }

    [Fact]
    public void GradeOf_still_grades_finite_scores_just_outside_the_unit_interval()
    {
        Assert.Equal(Grade.Red, _scorer.GradeOf(-1e-17));
        Assert.Equal(Grade.Green, _scorer.GradeOf(1.0000000000000002));
    }

    [Fact]
    public void ExpectedProgress_and_ScoreKeyResult_refuse_an_undefined_objective_type_naming_type()
    {
        var undefined = (ObjectiveType)7;
        Assert.Equal("type", Assert.Throws<ArgumentOutOfRangeException>(() => _scorer.ExpectedProgress(Q4, undefined, Nov15)).ParamName);
        var kr = KeyResult.Increase("k", "k", 0, 10);
        Assert.Equal("type", Assert.Throws<ArgumentOutOfRangeException>(() => _scorer.ScoreKeyResult(kr, Q4, undefined, Nov15)).ParamName);
    }

    [Fact]
    public void Check_in_on_the_default_date_is_refused_as_missing_naming_date()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CheckIn(default, 1));
        Assert.Equal("date", ex.ParamName);
        Assert.Contains("missing", ex.Message, StringComparison.Ordinal);
        Assert.Contains("0001-01-01", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(1, 1, 2), new CheckIn(new DateOnly(1, 1, 2), 1).Date);
    }

    [Fact]
    public void WithKeyResult_replaces_in_place_and_appends_a_new_id_at_the_end()
    {
        var objective = new Objective("o", "o", "u", "2026-Q4", [KeyResult.Milestone("a", "A"), KeyResult.Milestone("b", "B"), KeyResult.Milestone("c", "C")]);

        var replaced = objective.WithKeyResult(KeyResult.Milestone("b", "B2"));
        Assert.Equal(["a", "b", "c"], replaced.KeyResults.Select(kr => kr.Id));
        Assert.Equal("B2", replaced.KeyResults[1].Title);

        var added = objective.WithKeyResult(KeyResult.Milestone("d", "D"));
        Assert.Equal(["a", "b", "c", "d"], added.KeyResults.Select(kr => kr.Id));
        Assert.Equal(["a", "b", "c"], objective.KeyResults.Select(kr => kr.Id)); // unchanged

        var first = new Objective("o", "o", "u", "2026-Q4").WithKeyResult(KeyResult.Milestone("a", "A"));
        Assert.Equal("a", Assert.Single(first.KeyResults).Id);
    }

    [Fact]
    public void SpanInDays_is_the_days_from_start_to_end_not_the_inclusive_count()
    {
        Assert.Equal(91, Q4.SpanInDays); // 92 days inclusive
        Assert.Equal(0, new OkrPeriod("d", Nov15, Nov15).SpanInDays);
    }

    [Fact]
    public void Scorecard_Find_returns_the_objective_score_or_null()
    {
        var card = _scorer.Score(
            [new Objective("o-a", "A", "u", Q4.Id, [KeyResult.Milestone("k1", "k1")]), new Objective("o-b", "B", "u", Q4.Id, [KeyResult.Increase("k2", "k2", 0, 10, checkIns: [new CheckIn(Nov15, 5)])])],
            [Q4],
            Nov15);
        Assert.Same(card.Objectives[1], card.Find("o-b"));
        Assert.Equal(0.5, card.Find("o-b")!.Score);
        Assert.Null(card.Find("o-c"));
        Assert.Null(card.Find("O-B")); // ordinal
        Assert.Equal("objectiveId", Assert.Throws<ArgumentException>(() => card.Find(" ")).ParamName);
    }
}
