namespace CxOkr.Okrs;

/// <summary>Scores objectives and key results on a date.</summary>
/// <threadsafety>Implementations must be thread-safe: AddCxOkr registers the scorer as a singleton; OkrScorer is.</threadsafety>
public interface IOkrScorer
{
    /// <summary>Scores every objective on <paramref name="asOf"/> and lists the achievements up to that date.</summary>
    /// <param name="objectives">The objectives; ids must be unique.</param>
    /// <param name="periods">The periods the objectives name.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentException">Two objectives share an id, or an objective names a period that is not given.</exception>
    OkrScorecard Score(IEnumerable<Objective> objectives, IEnumerable<OkrPeriod> periods, DateOnly asOf);

    /// <summary>
    /// Scores every objective on <paramref name="asOf"/> with what is known beyond the objectives: guardrail
    /// readings from responses and driver importances. The default ignores <paramref name="evidence"/>.
    /// </summary>
    /// <param name="objectives">The objectives; ids must be unique.</param>
    /// <param name="periods">The periods the objectives name.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="evidence">Guardrail readings and driver importances, or <see langword="null"/>.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentException">Two objectives share an id, or an objective names a period that is not given.</exception>
    OkrScorecard Score(IEnumerable<Objective> objectives, IEnumerable<OkrPeriod> periods, DateOnly asOf, ScoringEvidence? evidence) =>
        Score(objectives, periods, asOf);
}
