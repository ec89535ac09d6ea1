using CxOkr.Utilities;

namespace CxOkr.Okrs;

/// <summary>
/// A measurable result that shows progress on an objective: a move from a baseline to a target, a
/// threshold to hold, or a milestone to reach. Immutable; check-ins are kept in date order.
/// </summary>
/// <remarks>
/// When two check-ins share a date, the later one in the list given to the constructor wins and the
/// earlier one is dropped, so <see cref="CheckIns"/> holds at most one check-in per date.
/// </remarks>
/// <threadsafety>Thread-safe: immutable; <c>With...</c> methods return new instances.</threadsafety>
public sealed class KeyResult
{
    private readonly CheckIn[] _checkIns;

    /// <summary>Creates a key result, checking that the fields fit its <paramref name="kind"/>.</summary>
    /// <param name="id">The key result's id.</param>
    /// <param name="title">What the key result says, e.g. "Reply to 95% of feedback within 24h".</param>
    /// <param name="kind">How it is measured.</param>
    /// <param name="baseline">Starting value; required for <see cref="KeyResultKind.Increase"/> and <see cref="KeyResultKind.Decrease"/>, else must be null.</param>
    /// <param name="target">Target value; required for Increase (above baseline) and Decrease (below baseline), else must be null.</param>
    /// <param name="threshold">Threshold to hold; required for <see cref="KeyResultKind.AtLeast"/> and <see cref="KeyResultKind.AtMost"/>, else must be null.</param>
    /// <param name="weight">Relative weight within its objective; finite and &gt;= 0. Default 1.</param>
    /// <param name="metricId">The id of the metric the key result measures, or <see langword="null"/>.</param>
    /// <param name="checkIns">Check-ins in any order; for a milestone each value must be 0 or 1.</param>
    /// <param name="rollup">How the key result takes its value from the same metric's key results in aligned child objectives, or <see langword="null"/> (its own check-ins; the default). Only for Increase/Decrease key results with a metric.</param>
    /// <param name="guardrailMetricId">The id of a metric that must not get worse while this key result is pursued, or <see langword="null"/>.</param>
    /// <param name="guardrailMargin">How far the guardrail metric may move the wrong way before it counts as breached, in its unit; finite and &gt;= 0. Default 0.</param>
    /// <exception cref="ArgumentException">A field is missing, superfluous or inconsistent with the kind; the message names it.</exception>
    public KeyResult(
        string id,
        string title,
        KeyResultKind kind,
        double? baseline = null,
        double? target = null,
        double? threshold = null,
        double weight = 1,
        string? metricId = null,
        IEnumerable<CheckIn>? checkIns = null,
        KeyResultRollup? rollup = null,
        string? guardrailMetricId = null,
        double guardrailMargin = 0)
    {
        Id = Guard.NotBlank(id);
        Title = Guard.NotBlank(title);
        Kind = Guard.Defined(kind);
        Weight = OkrRules.Weight(weight) is { } badWeight ? throw new ArgumentOutOfRangeException(nameof(weight), weight, $"Key result '{id}': weight {badWeight}") : weight;
        MetricId = Guard.NullOrNotBlank(metricId);
        ValidateKind(id, kind, baseline, target, threshold);
        if (rollup is { } r)
        {
            Guard.Defined(r, nameof(rollup));
        }

        GuardrailMetricId = Guard.NullOrNotBlank(guardrailMetricId);
        foreach (var violation in KeyResultRules.Extensions(kind, metricId, rollup, guardrailMetricId, guardrailMargin))
        {
            throw new ArgumentException($"Key result '{id}': {violation.Field} {violation.Message}", violation.Field);
        }

        Rollup = rollup;
        GuardrailMargin = guardrailMargin;
        Baseline = baseline;
        Target = target;
        Threshold = threshold;
        _checkIns = NormaliseCheckIns(id, kind, checkIns);
        CheckIns = Utilities.ReadOnly.Wrap(_checkIns);
    }

    /// <summary>The key result's id.</summary>
    public string Id { get; }

    /// <summary>What the key result says.</summary>
    public string Title { get; }

    /// <summary>How it is measured.</summary>
    public KeyResultKind Kind { get; }

    /// <summary>The starting value for Increase/Decrease; otherwise <see langword="null"/>.</summary>
    public double? Baseline { get; }

    /// <summary>The target value for Increase/Decrease; otherwise <see langword="null"/>.</summary>
    public double? Target { get; }

    /// <summary>The threshold for AtLeast/AtMost; otherwise <see langword="null"/>.</summary>
    public double? Threshold { get; }

    /// <summary>Relative weight within the objective (&gt;= 0).</summary>
    public double Weight { get; }

    /// <summary>The measured metric's id, or <see langword="null"/>.</summary>
    public string? MetricId { get; }

    /// <summary>How the key result rolls up the same metric's key results of aligned child objectives, or <see langword="null"/> for its own check-ins.</summary>
    public KeyResultRollup? Rollup { get; }

    /// <summary>The id of the guardrail metric (one that must not get worse), or <see langword="null"/>.</summary>
    public string? GuardrailMetricId { get; }

    /// <summary>How far the guardrail metric may move the wrong way before it is breached (&gt;= 0, in its unit).</summary>
    public double GuardrailMargin { get; }

    /// <summary>Check-ins in ascending date order, at most one per date.</summary>
    public IReadOnlyList<CheckIn> CheckIns { get; }

    /// <summary>The check-ins as the array behind <see cref="CheckIns"/>, for loops in the scorer; never changed.</summary>
    internal CheckIn[] CheckInArray => _checkIns;

    /// <summary>Whether the key result moves a value from a baseline to a target (Increase or Decrease).</summary>
    public bool IsDirectional => Kind is KeyResultKind.Increase or KeyResultKind.Decrease;

    /// <summary>Creates an Increase key result: move a value up from <paramref name="baseline"/> to <paramref name="target"/>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="title">The title.</param>
    /// <param name="baseline">The starting value.</param>
    /// <param name="target">The target; above <paramref name="baseline"/>.</param>
    /// <param name="weight">Weight within the objective (default 1).</param>
    /// <param name="metricId">Measured metric id, or null.</param>
    /// <param name="checkIns">Check-ins, or null.</param>
    /// <returns>The key result.</returns>
    /// <exception cref="ArgumentException">The target is not above the baseline, or another field is invalid.</exception>
    public static KeyResult Increase(string id, string title, double baseline, double target, double weight = 1, string? metricId = null, IEnumerable<CheckIn>? checkIns = null) =>
        new(id, title, KeyResultKind.Increase, baseline, target, null, weight, metricId, checkIns);

    /// <summary>Creates a Decrease key result: move a value down from <paramref name="baseline"/> to <paramref name="target"/>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="title">The title.</param>
    /// <param name="baseline">The starting value.</param>
    /// <param name="target">The target; below <paramref name="baseline"/>.</param>
    /// <param name="weight">Weight within the objective (default 1).</param>
    /// <param name="metricId">Measured metric id, or null.</param>
    /// <param name="checkIns">Check-ins, or null.</param>
    /// <returns>The key result.</returns>
    /// <exception cref="ArgumentException">The target is not below the baseline, or another field is invalid.</exception>
    public static KeyResult Decrease(string id, string title, double baseline, double target, double weight = 1, string? metricId = null, IEnumerable<CheckIn>? checkIns = null) =>
        new(id, title, KeyResultKind.Decrease, baseline, target, null, weight, metricId, checkIns);

    /// <summary>Creates an AtLeast key result: keep a value at or above <paramref name="threshold"/>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="title">The title.</param>
    /// <param name="threshold">The value to hold.</param>
    /// <param name="weight">Weight within the objective (default 1).</param>
    /// <param name="metricId">Measured metric id, or null.</param>
    /// <param name="checkIns">Check-ins, or null.</param>
    /// <returns>The key result.</returns>
    /// <exception cref="ArgumentException">A field is invalid.</exception>
    public static KeyResult AtLeast(string id, string title, double threshold, double weight = 1, string? metricId = null, IEnumerable<CheckIn>? checkIns = null) =>
        new(id, title, KeyResultKind.AtLeast, null, null, threshold, weight, metricId, checkIns);

    /// <summary>Creates an AtMost key result: keep a value at or below <paramref name="threshold"/>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="title">The title.</param>
    /// <param name="threshold">The value to hold.</param>
    /// <param name="weight">Weight within the objective (default 1).</param>
    /// <param name="metricId">Measured metric id, or null.</param>
    /// <param name="checkIns">Check-ins, or null.</param>
    /// <returns>The key result.</returns>
    /// <exception cref="ArgumentException">A field is invalid.</exception>
    public static KeyResult AtMost(string id, string title, double threshold, double weight = 1, string? metricId = null, IEnumerable<CheckIn>? checkIns = null) =>
        new(id, title, KeyResultKind.AtMost, null, null, threshold, weight, metricId, checkIns);

    /// <summary>Creates a Milestone key result: done (check-in value 1) or not done (0).</summary>
    /// <param name="id">The id.</param>
    /// <param name="title">The title.</param>
    /// <param name="weight">Weight within the objective (default 1).</param>
    /// <param name="metricId">Measured metric id, or null.</param>
    /// <param name="checkIns">Check-ins with values 0 or 1, or null.</param>
    /// <returns>The key result.</returns>
    /// <exception cref="ArgumentException">A check-in value is neither 0 nor 1, or another field is invalid.</exception>
    public static KeyResult Milestone(string id, string title, double weight = 1, string? metricId = null, IEnumerable<CheckIn>? checkIns = null) =>
        new(id, title, KeyResultKind.Milestone, null, null, null, weight, metricId, checkIns);

    /// <summary>Returns a copy with <paramref name="checkIn"/> added (replacing a check-in on the same date).</summary>
    /// <param name="checkIn">The new check-in.</param>
    /// <returns>A new key result; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The value does not fit the kind (a milestone value other than 0 or 1).</exception>
    public KeyResult WithCheckIn(CheckIn checkIn)
    {
        Guard.NotNull(checkIn);
        return new KeyResult(Id, Title, Kind, Baseline, Target, Threshold, Weight, MetricId, CheckIns.Append(checkIn), Rollup, GuardrailMetricId, GuardrailMargin);
    }

    /// <summary>A copy with <paramref name="checkIns"/> instead of this key result's own (the value a roll-up computed).</summary>
    /// <param name="checkIns">The check-ins.</param>
    /// <returns>A new key result.</returns>
    internal KeyResult WithCheckIns(IEnumerable<CheckIn> checkIns) =>
        new(Id, Title, Kind, Baseline, Target, Threshold, Weight, MetricId, checkIns, Rollup, GuardrailMetricId, GuardrailMargin);

    /// <summary>The latest check-in on or before <paramref name="date"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="date">The as-of date.</param>
    /// <returns>The check-in, or <see langword="null"/>.</returns>
    public CheckIn? LatestOnOrBefore(DateOnly date)
    {
        // Binary search over the date-ordered check-ins: the last index with Date <= date.
        int lo = 0, hi = _checkIns.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (_checkIns[mid].Date <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 ? _checkIns[found] : null;
    }

    private static void ValidateKind(string id, KeyResultKind kind, double? baseline, double? target, double? threshold)
    {
        foreach (var violation in KeyResultRules.KindFields(kind, baseline, target, threshold))
        {
            throw new ArgumentException($"Key result '{id}': {violation.Phrase}", violation.Field);
        }
    }

    private static CheckIn[] NormaliseCheckIns(string id, KeyResultKind kind, IEnumerable<CheckIn>? checkIns)
    {
        if (checkIns is null)
        {
            return [];
        }

        var byDate = new Dictionary<DateOnly, CheckIn>();
        var index = 0;
        foreach (var checkIn in checkIns)
        {
            if (checkIn is null)
            {
                throw new ArgumentException($"Key result '{id}': checkIns[{index}] is null.", nameof(checkIns));
            }

            if (KeyResultRules.CheckInValue(kind, checkIn.Value) is { } problem)
            {
                throw new ArgumentException($"Key result '{id}': checkIns[{index}].value {problem}", nameof(checkIns));
            }

            byDate[checkIn.Date] = checkIn; // the later one in the list wins
            index++;
        }

        var result = byDate.Values.ToArray();
        Array.Sort(result, static (a, b) => a.Date.CompareTo(b.Date));
        return result;
    }
}
