using CxOkr.Utilities;

namespace CxOkr.Okrs;

/// <summary>
/// The scoring rules of docs/scoring.md: key-result progress and score, objective roll-up, grade,
/// expected progress, status with confidence caps, least-squares forecast and achievements.
/// </summary>
/// <remarks>Thread-safe: holds only validated options. Objective roll-up is iterative, so deep alignment chains do not overflow the stack.</remarks>
/// <threadsafety>Thread-safe: immutable once created (validated options); every call keeps its state in locals.</threadsafety>
public sealed class OkrScorer : IOkrScorer
{
    private static readonly double[] ProgressLevels = [0.25, 0.5, 0.75];
    private const int StreakLength = 3;

    /// <summary>
    /// How close a score or gap must come to a grade or status threshold to count as on it. Scores lie in
    /// [0, 1], so this is far below any difference a person means and far above the rounding of a weighted
    /// mean or of <c>0.8 - 0.7</c> (which is 0.10000000000000009 in binary floating point).
    /// </summary>
    public const double BoundaryTolerance = Boundary.Tolerance;

    private readonly ScoringOptions _options;

    private readonly record struct Evaluation(double Progress, double Score, OkrStatus Status, double Expected, OkrStatus BaseStatus, bool Stale, int? DaysSinceCheckIn);

    /// <summary>Creates a scorer with the given thresholds (defaults when <see langword="null"/>).</summary>
    /// <param name="options">The thresholds; validated here, once.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public OkrScorer(ScoringOptions? options = null)
    {
        // An immutable record: held as given, nothing to copy.
        _options = options ?? new ScoringOptions();
        _options.Validate();
    }

    /// <summary>The expected progress on <paramref name="asOf"/> for an objective of <paramref name="type"/> in <paramref name="period"/>.</summary>
    /// <param name="period">The period.</param>
    /// <param name="type">The objective's type (scales by its target score).</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns><c>clamp((D - S) / (E - S), 0, 1)</c> times the type's target score; for a one-day period 0 before its end and the target score on or after it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined <see cref="ObjectiveType"/>.</exception>
    public double ExpectedProgress(OkrPeriod period, ObjectiveType type, DateOnly asOf)
    {
        Guard.NotNull(period);
        Guard.Defined(type);
        return Expected(period, type, asOf);
    }

    /// <summary>The grade band of <paramref name="score"/>.</summary>
    /// <param name="score">A score in [0, 1]; a finite value just outside it (rounding) is graded like the nearest end.</param>
    /// <returns>Red, yellow or green; a score within <see cref="BoundaryTolerance"/> below a band's lower bound is in that band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is NaN or infinite.</exception>
    public Grade GradeOf(double score)
    {
        Guard.Finite(score);
        return !Boundary.AtLeast(score, _options.RedBelow) ? Grade.Red
            : !Boundary.AtLeast(score, _options.GreenFrom) ? Grade.Yellow
            : Grade.Green;
    }

    /// <summary>Scores one key result of an objective of <paramref name="type"/> in <paramref name="period"/> on <paramref name="asOf"/>.</summary>
    /// <param name="keyResult">The key result.</param>
    /// <param name="period">Its objective's period.</param>
    /// <param name="type">Its objective's type.</param>
    /// <param name="asOf">The as-of date: only check-ins on or before it count.</param>
    /// <returns>The key result's score, status, expected progress and forecast.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyResult"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined <see cref="ObjectiveType"/>.</exception>
    public KeyResultScore ScoreKeyResult(KeyResult keyResult, OkrPeriod period, ObjectiveType type, DateOnly asOf)
    {
        Guard.NotNull(keyResult);
        Guard.NotNull(period);
        Guard.Defined(type);
        var latest = keyResult.LatestOnOrBefore(asOf);
        var evaluation = Evaluate(keyResult, period, type, asOf, latest);
        var forecast = keyResult.IsDirectional && latest is not null ? Forecast(keyResult, period, asOf) : null;
        var (probability, noProbability) = AttainmentOf(keyResult, period, asOf);
        return new KeyResultScore(keyResult.Id, keyResult.Kind, latest?.Value ?? keyResult.Baseline, latest is not null, evaluation.Progress, evaluation.Score, evaluation.Status, evaluation.Expected, latest?.Confidence, forecast)
        {
            AttainmentProbability = probability,
            NoProbabilityReason = noProbability,
            Stale = evaluation.Stale,
            DaysSinceCheckIn = evaluation.DaysSinceCheckIn,
            StatusReason = StatusReasons.Of(keyResult, period, asOf, latest, evaluation.BaseStatus, evaluation.Progress, evaluation.Expected, evaluation.Stale, _options),
        };
    }

    /// <summary>
    /// The probability that an Increase (Decrease) key result ends its period at or above (below) its target:
    /// a least-squares line through (S, baseline) and the latest check-in of each date on or before
    /// <paramref name="asOf"/>, x in days since S, predicted at E with Student's t on n - 2 degrees of freedom
    /// (R's <c>predict(lm, interval = "prediction")</c> and <c>pt</c>). See docs/scoring.md.
    /// </summary>
    /// <param name="keyResult">The key result.</param>
    /// <param name="period">Its objective's period.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The probability in [0, 1], or <see langword="null"/> with fewer than 3 points, all points on one day, or a key result that is not an increase or decrease.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keyResult"/> or <paramref name="period"/> is null.</exception>
    public static double? AttainmentProbability(KeyResult keyResult, OkrPeriod period, DateOnly asOf) =>
        AttainmentOf(Guard.NotNull(keyResult), Guard.NotNull(period), asOf).Probability;

    /// <inheritdoc />
    public OkrScorecard Score(IEnumerable<Objective> objectives, IEnumerable<OkrPeriod> periods, DateOnly asOf) => Score(objectives, periods, asOf, null);

    /// <inheritdoc />
    public OkrScorecard Score(IEnumerable<Objective> objectives, IEnumerable<OkrPeriod> periods, DateOnly asOf, ScoringEvidence? evidence)
    {
        var plan = ScoringPlan.Create(Guard.NotNull(objectives), Guard.NotNull(periods));
        var guardrails = new GuardrailJudge(plan, evidence, asOf);
        var keyResultScores = new KeyResultScore[plan.Objectives.Length][];
        for (var i = 0; i < plan.Objectives.Length; i++)
        {
            var objective = plan.Objectives[i];
            var suggested = SuggestedWeights.For(objective.KeyResultArray, evidence?.DriverImportances);
            var scores = new KeyResultScore[objective.KeyResultArray.Length];
            for (var k = 0; k < scores.Length; k++)
            {
                var keyResult = objective.KeyResultArray[k];
                scores[k] = ScoreKeyResult(keyResult, plan.Periods[i], objective.Type, asOf) with
                {
                    Guardrail = guardrails.Judge(keyResult, plan.Periods[i]),
                    SuggestedWeight = suggested[k],
                };
            }

            keyResultScores[i] = scores;
        }

        var rolled = RollUp(plan, i => WeightedMean(plan.Objectives[i].KeyResultArray, keyResultScores[i]));
        var simulation = AttainmentSimulation.Run(plan, keyResultScores, rolled, asOf, _options);
        var result = new ObjectiveScore[plan.Objectives.Length];
        for (var i = 0; i < plan.Objectives.Length; i++)
        {
            var objective = plan.Objectives[i];
            var expected = Expected(plan.Periods[i], objective.Type, asOf);
            var (score, reason) = rolled[i];
            OkrStatus? status = score is { } s ? (Boundary.AtLeast(s, 1) ? OkrStatus.Achieved : StatusFromGap(expected - s)) : null;
            Grade? grade = score is { } g ? GradeOf(g) : null;
            var stale = keyResultScores[i].Where(static k => k.Stale).Select(static k => k.KeyResultId).ToArray();
            result[i] = new ObjectiveScore(objective.Id, score, grade, status, expected, reason, ReadOnly.Wrap(keyResultScores[i]))
            {
                AttainmentProbability = simulation[i].Probability,
                AttainmentProbabilityError = simulation[i].Error,
                Confidence = ConfidenceOf(objective.KeyResultArray, keyResultScores[i]),
                StaleKeyResults = ReadOnly.Wrap(stale),
                StatusReason = score is { } own ? StatusReasons.OfObjective(own, expected, status!.Value, stale.Length, keyResultScores[i].Length) : null,
            };
        }

        return new OkrScorecard(asOf, ReadOnly.Wrap(result), Achievements(plan, asOf));
    }

    /// <summary>The objective's confidence from its key results' latest confidences, by <see cref="ScoringOptions.ConfidenceRollup"/>.</summary>
    private double? ConfidenceOf(KeyResult[] keyResults, KeyResultScore[] scores)
    {
        double? result = null;
        double weighted = 0, weights = 0, sum = 0;
        var count = 0;
        for (var k = 0; k < scores.Length; k++)
        {
            if (scores[k].Confidence is not { } c)
            {
                continue;
            }

            count++;
            sum += c;
            weighted += keyResults[k].Weight * c;
            weights += keyResults[k].Weight;
            result = _options.ConfidenceRollup switch
            {
                ConfidenceRollup.Weakest => result is { } low ? Math.Min(low, c) : c,
                ConfidenceRollup.Product => (result ?? 1) * c,
                _ => null,
            };
        }

        if (count == 0)
        {
            return null;
        }

        // Weighted mean; key results of weight 0 only: their plain mean.
        return _options.ConfidenceRollup == ConfidenceRollup.WeightedMean
            ? Math.Clamp(weights > 0 ? weighted / weights : sum / count, 0, 1)
            : result;
    }

    /// <summary>Progress, score, status and expected progress of a key result on <paramref name="asOf"/>, given its latest check-in then.</summary>
    private Evaluation Evaluate(KeyResult keyResult, OkrPeriod period, ObjectiveType type, DateOnly asOf, CheckIn? latest)
    {
        var expected = Expected(period, type, asOf);
        double progress;
        OkrStatus status;
        switch (keyResult.Kind)
        {
            case KeyResultKind.Increase or KeyResultKind.Decrease:
                progress = ProgressOf(keyResult, latest?.Value ?? keyResult.Baseline!.Value);
                status = Boundary.AtLeast(progress, 1) ? OkrStatus.Achieved : StatusFromGap(expected - progress);
                break;
            case KeyResultKind.AtLeast or KeyResultKind.AtMost:
                var met = latest is not null && IsMet(keyResult, latest.Value);
                progress = met ? 1 : 0;
                status = met ? OkrStatus.OnTrack : OkrStatus.OffTrack;
                break;
            default:
                var done = latest is { Value: 1 };
                progress = done ? 1 : 0;
                status = done ? OkrStatus.Achieved : asOf >= period.End ? OkrStatus.OffTrack : OkrStatus.OnTrack;
                break;
        }

        // A reached target needs no more check-ins, so an achieved key result is never stale.
        var (stale, days) = Staleness(period, asOf, latest);
        stale &= status != OkrStatus.Achieved;
        var capped = CapByConfidence(status, latest?.Confidence);
        if (stale && capped < _options.StaleStatusCap)
        {
            capped = _options.StaleStatusCap;
        }

        return new Evaluation(progress, Math.Clamp(progress, 0, 1), capped, expected, status, stale, days);
    }

    /// <summary>
    /// Whether a key result is stale on <paramref name="asOf"/> (counted to the period's end when that is earlier):
    /// its latest check-in more than <see cref="ScoringOptions.StaleAfterDays"/> old, or none once that many days
    /// of the period have passed; with the days since its latest check-in.
    /// </summary>
    private (bool Stale, int? DaysSinceCheckIn) Staleness(OkrPeriod period, DateOnly asOf, CheckIn? latest)
    {
        var reference = asOf < period.End ? asOf : period.End;
        if (latest is not null)
        {
            var days = Math.Max(0, reference.DayNumber - latest.Date.DayNumber);
            return (days > _options.StaleAfterDays, days);
        }

        return (reference.DayNumber - period.Start.DayNumber >= _options.StaleAfterDays, null);
    }

    /// <summary>The points of the forecast, the line's prediction at E and the probability of attainment (see <see cref="AttainmentProbability"/>).</summary>
    internal static (double? Probability, string? Reason) AttainmentOf(KeyResult keyResult, OkrPeriod period, DateOnly asOf)
    {
        if (!keyResult.IsDirectional)
        {
            return (null, "only increase and decrease key results have a probability of attainment");
        }

        if (PredictionOf(keyResult, period, asOf, out var points) is not { } prediction)
        {
            return (null, points < 3
                ? $"{points} point(s) (the baseline and the check-ins); a probability needs at least 3"
                : "all points are on one day; no trend can be fitted");
        }

        return (prediction.Probability(keyResult.Target!.Value, keyResult.Kind == KeyResultKind.Increase, prediction.SePrediction), null);
    }

    /// <summary>The least-squares prediction at E through (S, baseline) and each check-in on or before <paramref name="asOf"/>; null with fewer than 3 points or all on one day.</summary>
    internal static TrendPrediction? PredictionOf(KeyResult keyResult, OkrPeriod period, DateOnly asOf, out int points)
    {
        var checkIns = keyResult.CheckInArray;
        var count = 1;
        while (count - 1 < checkIns.Length && checkIns[count - 1].Date <= asOf)
        {
            count++;
        }

        points = count;
        if (count < 3)
        {
            return null;
        }

        var x = new double[count];
        var y = new double[count];
        y[0] = keyResult.Baseline!.Value;
        for (var i = 1; i < count; i++)
        {
            x[i] = checkIns[i - 1].Date.DayNumber - period.Start.DayNumber;
            y[i] = checkIns[i - 1].Value;
        }

        return TrendPrediction.Fit(x, y, period.SpanInDays);
    }

    /// <summary>The weighted mean of an objective's key-result scores on <paramref name="asOf"/>, without building score records.</summary>
    private (double? Score, string? Reason) OwnScoreAt(Objective objective, OkrPeriod period, DateOnly asOf)
    {
        if (objective.KeyResults.Count == 0)
        {
            return (null, null);
        }

        double sum = 0, weights = 0;
        var keyResults = objective.KeyResultArray;
        for (var k = 0; k < keyResults.Length; k++)
        {
            var keyResult = keyResults[k];
            sum += keyResult.Weight * Evaluate(keyResult, period, objective.Type, asOf, keyResult.LatestOnOrBefore(asOf)).Score;
            weights += keyResult.Weight;
        }

        return (Math.Clamp(sum / weights, 0, 1), null);
    }

    /// <summary>
    /// Whether the objective's own score on <paramref name="asOf"/> reaches 1 by the status's test. Stops at
    /// the first key results whose weighted shortfall from 1 exceeds twice the tolerance of the total weight
    /// (every shortfall is >= 0, so the mean then stays below 1 by far more than rounding); otherwise decides
    /// on <see cref="OwnScoreAt"/> itself, so the answer is always the status's.
    /// </summary>
    private bool OwnScoreReachesOne(Objective objective, OkrPeriod period, DateOnly asOf)
    {
        var keyResults = objective.KeyResultArray;
        var totalWeight = 0.0;
        for (var k = 0; k < keyResults.Length; k++)
        {
            totalWeight += keyResults[k].Weight;
        }

        var limit = 2 * Boundary.Tolerance * totalWeight;
        var shortfall = 0.0;
        for (var k = 0; k < keyResults.Length; k++)
        {
            var keyResult = keyResults[k];
            if (keyResult.Weight > 0)
            {
                shortfall += keyResult.Weight * (1 - Evaluate(keyResult, period, objective.Type, asOf, keyResult.LatestOnOrBefore(asOf)).Score);
                if (shortfall > limit)
                {
                    return false;
                }
            }
        }

        return OwnScoreAt(objective, period, asOf).Score is { } score && Boundary.AtLeast(score, 1);
    }

    /// <summary>Expected progress for a validated period and type (see <see cref="ExpectedProgress"/>).</summary>
    private double Expected(OkrPeriod period, ObjectiveType type, DateOnly asOf)
    {
        double fraction;
        if (period.SpanInDays == 0)
        {
            fraction = asOf < period.End ? 0 : 1;
        }
        else
        {
            fraction = Math.Clamp((double)(asOf.DayNumber - period.Start.DayNumber) / period.SpanInDays, 0, 1);
        }

        return fraction * TargetScore(type);
    }

    private double TargetScore(ObjectiveType type) =>
        type == ObjectiveType.Aspirational ? _options.AspirationalTargetScore : _options.CommittedTargetScore;

    private OkrStatus StatusFromGap(double gap) =>
        Boundary.AtMost(gap, _options.OnTrackMaxGap) ? OkrStatus.OnTrack
        : Boundary.AtMost(gap, _options.AtRiskMaxGap) ? OkrStatus.AtRisk
        : OkrStatus.OffTrack;

    private OkrStatus CapByConfidence(OkrStatus status, double? confidence)
    {
        if (confidence is not { } c)
        {
            return status;
        }

        var cap = c < _options.OffTrackConfidenceBelow ? OkrStatus.OffTrack
            : c < _options.AtRiskConfidenceBelow ? OkrStatus.AtRisk
            : OkrStatus.Achieved;
        return status > cap ? status : cap;
    }

    /// <summary>
    /// (value − baseline) / (target − baseline). Target − baseline is finite (KeyResultRules), so halving both
    /// differences keeps the numerator finite for any finite value; a ratio beyond the range of doubles (a value
    /// far past a tiny target range) saturates at ±<see cref="double.MaxValue"/>, whose score is 0 or 1 anyway.
    /// </summary>
    private static double ProgressOf(KeyResult keyResult, double value)
    {
        var baseline = keyResult.Baseline!.Value;
        var span = keyResult.Target!.Value - baseline;
        var progress = (value - baseline) / span;
        if (!double.IsFinite(progress))
        {
            progress = ((value / 2) - (baseline / 2)) / (span / 2);
        }

        return double.IsNaN(progress) ? 0 : Math.Clamp(progress, -double.MaxValue, double.MaxValue);
    }

    private static bool IsMet(KeyResult keyResult, double value) =>
        keyResult.Kind == KeyResultKind.AtLeast ? Boundary.AtLeast(value, keyResult.Threshold!.Value) : Boundary.AtMost(value, keyResult.Threshold!.Value);

    /// <summary>
    /// Least-squares line through (S, baseline) and each check-in on or before <paramref name="asOf"/>, evaluated
    /// at E; null when the line's value at E lies beyond the range of doubles (values near ±1.8e308 trending
    /// outwards). The values are divided by the largest |value| first, so sums of values near the largest double
    /// cannot overflow.
    /// </summary>
    private static KeyResultForecast? Forecast(KeyResult keyResult, OkrPeriod period, DateOnly asOf)
    {
        var scale = Math.Abs(keyResult.Baseline!.Value);
        foreach (var c in keyResult.CheckInArray)
        {
            if (c.Date > asOf)
            {
                break;
            }

            scale = Math.Max(scale, Math.Abs(c.Value));
        }

        // Only values that could overflow are scaled, so ordinary forecasts keep every bit they had.
        scale = scale > 1e300 ? scale : 1;
        var baseline = keyResult.Baseline!.Value / scale;

        // Two passes with centred sums avoid the cancellation of the textbook raw-sum formula.
        double n = 1, sumX = 0, sumY = baseline;
        foreach (var c in keyResult.CheckInArray)
        {
            if (c.Date > asOf)
            {
                break;
            }

            n++;
            sumX += c.Date.DayNumber - period.Start.DayNumber;
            sumY += c.Value / scale;
        }

        double meanX = sumX / n, meanY = sumY / n;
        double sxx = meanX * meanX, sxy = -meanX * (baseline - meanY);
        foreach (var c in keyResult.CheckInArray)
        {
            if (c.Date > asOf)
            {
                break;
            }

            var dx = c.Date.DayNumber - period.Start.DayNumber - meanX;
            sxx += dx * dx;
            sxy += dx * ((c.Value / scale) - meanY);
        }

        // All points on one day: no trend can be fitted, so the forecast is their mean (a flat line).
        var slope = sxx > 0 ? sxy / sxx : 0;
        var value = (meanY + (slope * (period.SpanInDays - meanX))) * scale;
        if (!double.IsFinite(value))
        {
            return null;
        }

        var progress = ProgressOf(keyResult, value);
        return new KeyResultForecast(value, progress, Math.Clamp(progress, 0, 1));
    }

    private static (double? Score, string? Reason) WeightedMean(KeyResult[] keyResults, KeyResultScore[] scores)
    {
        if (keyResults.Length == 0)
        {
            return (null, null);
        }

        double sum = 0, weights = 0;
        for (var k = 0; k < keyResults.Length; k++)
        {
            sum += keyResults[k].Weight * scores[k].Score;
            weights += keyResults[k].Weight;
        }

        // Clamp guards the last-bit rounding of the weighted mean; every term lies in [0, 1].
        return (Math.Clamp(sum / weights, 0, 1), null);
    }

    /// <summary>
    /// Scores every objective: its own key results where it has some, else the weighted mean of its
    /// aligned children. Children are visited before parents with an explicit stack.
    /// </summary>
    private static (double? Score, string? Reason)[] RollUp(ScoringPlan plan, Func<int, (double? Score, string? Reason)> ownScore)
    {
        var result = new (double? Score, string? Reason)[plan.Objectives.Length];
        ChildrenFirstWalk.Run(
            plan.Objectives.Length,
            node => plan.Objectives[node].KeyResults.Count == 0 ? plan.Children[node].Select(static c => c.Child) : [],
            (node, done) => result[node] = Combine(plan, node, ownScore, result, done));
        return result;
    }

    private static (double? Score, string? Reason) Combine(ScoringPlan plan, int node, Func<int, (double? Score, string? Reason)> ownScore, (double? Score, string? Reason)[] done, Func<int, bool> isDone)
    {
        var objective = plan.Objectives[node];
        if (objective.KeyResults.Count > 0)
        {
            return ownScore(node);
        }

        var children = plan.Children[node];
        if (children.Count == 0)
        {
            return (null, $"Objective '{objective.Id}' has no key results and no aligned objectives to roll up.");
        }

        double sum = 0, weights = 0;
        var scored = 0;
        foreach (var (child, share) in children)
        {
            // A child still on the stack means the alignment links form a cycle back to this objective.
            if (isDone(child) && done[child].Score is { } s)
            {
                sum += plan.Objectives[child].Weight * share * s;
                weights += plan.Objectives[child].Weight * share;
                scored++;
            }
        }

        if (scored == 0)
        {
            return (null, $"Objective '{objective.Id}' has no key results and none of its {children.Count} aligned objective(s) has a score.");
        }

        if (weights == 0)
        {
            return (null, $"Objective '{objective.Id}' has no key results and the weights of its scored aligned objectives are all zero.");
        }

        return (Math.Clamp(sum / weights, 0, 1), null);
    }

    private List<Achievement> Achievements(ScoringPlan plan, DateOnly asOf)
    {
        var events = new List<Achievement>();
        var allDates = new HashSet<DateOnly>();
        var hasRollUps = OwnAchievements(plan, asOf, events, allDates);
        if (hasRollUps)
        {
            RollUpAchievements(plan, allDates, events);
        }

        events.Sort(CompareAchievements);
        return events;
    }

    /// <summary>The events of objective <paramref name="i"/> and its key results; leaves its check-in dates in <paramref name="ownDates"/>.</summary>
    private void OwnAchievementsOf(ScoringPlan plan, int i, DateOnly asOf, List<Achievement> events, List<DateOnly> ownDates)
    {
        var objective = plan.Objectives[i];
        ownDates.Clear();
        foreach (var keyResult in objective.KeyResultArray)
        {
            KeyResultAchievements(keyResult, plan.Periods[i], objective.Type, asOf, events, ownDates);
        }

        // The score of an objective with key results changes only on its own check-in dates; the event
        // uses the same test as the status (the weighted mean reaches 1 up to rounding).
        ownDates.Sort();
        var previous = DateOnly.MinValue;
        foreach (var date in ownDates)
        {
            if (date == previous)
            {
                continue;
            }

            previous = date;
            if (OwnScoreReachesOne(objective, plan.Periods[i], date))
            {
                events.Add(new Achievement(date, AchievementKind.ObjectiveAchieved, objective.Id));
                break;
            }
        }
    }

    /// <summary>
    /// The events of key results and of objectives scored from their own key results; collects every check-in
    /// date into <paramref name="allDates"/> and says whether any objective rolls up its children instead.
    /// </summary>
    private bool OwnAchievements(ScoringPlan plan, DateOnly asOf, List<Achievement> events, HashSet<DateOnly> allDates)
    {
        var ownDates = new List<DateOnly>();
        var hasRollUps = false;
        for (var i = 0; i < plan.Objectives.Length; i++)
        {
            if (plan.Objectives[i].KeyResults.Count == 0)
            {
                hasRollUps = true;
                continue;
            }

            OwnAchievementsOf(plan, i, asOf, events, ownDates);
            allDates.UnionWith(ownDates);
        }

        return hasRollUps;
    }

    /// <summary>Objectives without key results roll up their children, whose scores change on any check-in date.</summary>
    private void RollUpAchievements(ScoringPlan plan, HashSet<DateOnly> allDates, List<Achievement> events)
    {
        var achieved = new bool[plan.Objectives.Length];
        foreach (var date in allDates.Order())
        {
            var scores = RollUp(plan, i => OwnScoreAt(plan.Objectives[i], plan.Periods[i], date));
            for (var i = 0; i < scores.Length; i++)
            {
                if (plan.Objectives[i].KeyResults.Count == 0 && !achieved[i] && scores[i].Score is { } rolled && Boundary.AtLeast(rolled, 1))
                {
                    achieved[i] = true;
                    events.Add(new Achievement(date, AchievementKind.ObjectiveAchieved, plan.Objectives[i].Id));
                }
            }
        }
    }

    /// <summary>Achievements in date order, then kind, subject id and level.</summary>
    private static int CompareAchievements(Achievement a, Achievement b)
    {
        var c = a.Date.CompareTo(b.Date);
        c = c != 0 ? c : a.Kind.CompareTo(b.Kind);
        c = c != 0 ? c : string.CompareOrdinal(a.SubjectId, b.SubjectId);
        return c != 0 ? c : Nullable.Compare(a.Level, b.Level);
    }

    private void KeyResultAchievements(KeyResult keyResult, OkrPeriod period, ObjectiveType type, DateOnly asOf, List<Achievement> events, List<DateOnly> dates)
    {
        var achieved = false;
        var levelsReached = 0;
        var streak = 0;
        foreach (var checkIn in keyResult.CheckInArray)
        {
            if (checkIn.Date > asOf)
            {
                break;
            }

            dates.Add(checkIn.Date);

            // Check-ins are sorted with one per date, so each is the latest one on its own date.
            var score = Evaluate(keyResult, period, type, checkIn.Date, checkIn);
            if (!achieved && Boundary.AtLeast(score.Score, 1))
            {
                achieved = true;
                events.Add(new Achievement(checkIn.Date, AchievementKind.KeyResultAchieved, keyResult.Id));
            }

            if (keyResult.IsDirectional)
            {
                while (levelsReached < ProgressLevels.Length && Boundary.AtLeast(score.Progress, ProgressLevels[levelsReached]))
                {
                    events.Add(new Achievement(checkIn.Date, AchievementKind.ProgressMilestone, keyResult.Id, ProgressLevels[levelsReached]));
                    levelsReached++;
                }
            }

            // A streak celebrates progress: a check-in with none (a milestone not done, a value still at its
            // baseline, a threshold not met) is on track only because little is expected yet, so it breaks the streak.
            streak = score.Status <= OkrStatus.OnTrack && score.Progress > 0 ? streak + 1 : 0;
            if (streak == StreakLength)
            {
                events.Add(new Achievement(checkIn.Date, AchievementKind.OnTrackStreak, keyResult.Id));
                streak = 0;
            }
        }
    }
}
