using CxOkr.Alignment;
using CxOkr.Okrs;

namespace CxOkr.Reporting;

/// <summary>Everything the programme report shows: OKR scores, alignment findings, CX metric trends and key drivers.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Workspace">The workspace reported on.</param>
/// <param name="Scorecard">OKR scores, statuses, forecasts and achievements.</param>
/// <param name="Alignment">Alignment findings (with <c>uncovered-driver</c> judged against <paramref name="Drivers"/>).</param>
/// <param name="Trends">CX metric trends per journey outcome and relationship metric.</param>
/// <param name="Drivers">Key-driver analyses per journey outcome.</param>
/// <param name="Notes">What could not be computed, and why (e.g. too few responses).</param>
public sealed record ProgrammeReport(
    DateOnly AsOf,
    Workspace Workspace,
    OkrScorecard Scorecard,
    AlignmentReport Alignment,
    IReadOnlyList<MetricTrend> Trends,
    IReadOnlyList<JourneyDriverAnalysis> Drivers,
    IReadOnlyList<string> Notes)
{
    /// <summary>CX metric trends per journey outcome and relationship metric. A read-only copy of what was given.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<MetricTrend> Trends { get; init => field = Utilities.ReadOnly.CopyOf(value); } = Utilities.ReadOnly.CopyOf(Trends);

    /// <summary>Key-driver analyses per journey outcome. A read-only copy of what was given.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<JourneyDriverAnalysis> Drivers { get; init => field = Utilities.ReadOnly.CopyOf(value); } = Utilities.ReadOnly.CopyOf(Drivers);

    /// <summary>What could not be computed, and why (e.g. too few responses). A read-only copy of what was given.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<string> Notes { get; init => field = Utilities.ReadOnly.CopyOf(value); } = Utilities.ReadOnly.CopyOf(Notes);

    /// <summary>What changed per survey metric: this month against the previous one and segments against each other (empty when not computed). A read-only copy.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<MetricChanges> Changes { get; init => field = Utilities.ReadOnly.CopyOf(value); } = [];

    /// <summary>Key dissatisfiers and delighters per journey outcome with drivers, for the Kano chart (empty when not computed). A read-only copy.</summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<JourneyDissatisfierAnalysis> Dissatisfiers { get; init => field = Utilities.ReadOnly.CopyOf(value); } = [];

    /// <summary>
    /// Tier linkage into each relationship target with incoming links that the responses carry (and, when a
    /// target cannot be estimated, into the journey metrics linked into it; the notes say why); empty without responses.
    /// A read-only copy of what was given.
    /// </summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<Linkage.LinkageResult> Linkage { get; init => field = Utilities.ReadOnly.CopyOf(value); } = [];

    /// <summary>
    /// Drivers of each behavioural 0/1 outcome the responses carry (a behavioural proportion metric of the workspace,
    /// such as churn), per journey with a key-driver analysis: the binary logistic model on that journey's drivers
    /// (empty when none; a fit that separates or does not converge is a note instead). A read-only copy.
    /// </summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<JourneyOutcomeDriverAnalysis> OutcomeDrivers { get; init => field = Utilities.ReadOnly.CopyOf(value); } = [];

    /// <summary>
    /// Topics of the comments per journey (empty unless the builder was given topics and the responses carry its
    /// text column). A read-only copy.
    /// </summary>
    /// <exception cref="ArgumentNullException">Null.</exception>
    public IReadOnlyList<JourneyTopicAnalysis> Topics { get; init => field = Utilities.ReadOnly.CopyOf(value); } = [];
}
