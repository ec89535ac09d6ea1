using System.Globalization;
using CxOkr.Journeys;

namespace CxOkr.Measures;

/// <summary>
/// Computes a <see cref="MetricDefinition"/> over <see cref="Response"/>s: picks each response's value for
/// the metric, applies the out-of-range policy, groups by period and segment, and runs the calculator.
/// </summary>
/// <remarks>
/// A value is out of range when it lies outside the metric's scale, when an NPS answer is not an integer,
/// or when a proportion value is not 0 or 1. Under <see cref="OutOfRangePolicy.Reject"/> the first such
/// value stops the computation with an <see cref="OutOfRangeValueException"/>; under
/// <see cref="OutOfRangePolicy.Exclude"/> it is left out and counted in <see cref="MetricResult.Excluded"/>.
/// Responses without a value for the metric are skipped silently (they did not answer).
/// </remarks>
/// <threadsafety>Thread-safe: static and stateless; each call works on its own arguments.</threadsafety>
public static class ResponseMeasures
{
    /// <summary>Computes the metric over all responses, ungrouped.</summary>
    /// <param name="metric">The metric; must have a calculation.</param>
    /// <param name="responses">The responses.</param>
    /// <param name="options">Options; null for defaults.</param>
    /// <returns>The result, with <see cref="MetricResult.MetricId"/> set.</returns>
    /// <exception cref="ArgumentException">The metric has no calculation.</exception>
    /// <exception cref="OutOfRangeValueException">A value is out of range and the policy is reject.</exception>
    /// <exception cref="InsufficientDataException">No response carries a usable value for the metric.</exception>
    public static MetricResult Measure(MetricDefinition metric, IEnumerable<Response> responses, MeasureOptions? options = null) =>
        Aggregate(metric, responses, Grouping.None, options)[0];

    /// <summary>Computes the metric for each group of responses.</summary>
    /// <param name="metric">The metric; must have a calculation.</param>
    /// <param name="responses">The responses.</param>
    /// <param name="grouping">How to group.</param>
    /// <param name="options">Options; null for defaults.</param>
    /// <returns>One result per non-empty group, ordered by period start, period label, then segment (missing last).</returns>
    /// <exception cref="ArgumentException">The metric has no calculation.</exception>
    /// <exception cref="OutOfRangeValueException">A value is out of range and the policy is reject.</exception>
    /// <exception cref="InsufficientDataException">No group has a usable value (so the result would be empty).</exception>
    public static IReadOnlyList<MetricResult> Aggregate(MetricDefinition metric, IEnumerable<Response> responses, Grouping grouping, MeasureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var accumulator = new Accumulator(metric, grouping, options);
        foreach (var response in responses)
        {
            accumulator.Add(response);
        }

        return accumulator.Results();
    }

    /// <summary>Computes the metric for each group of answers to it (read from one column of a file, say).</summary>
    /// <param name="metric">The metric the answers are values of; must have a calculation.</param>
    /// <param name="answers">The answers; each answer's segment is its value of <see cref="Grouping.SegmentAttribute"/>.</param>
    /// <param name="grouping">How to group; a grouping by period needs every answer to have a date.</param>
    /// <param name="options">Options; null for defaults.</param>
    /// <returns>As <see cref="Aggregate(MetricDefinition, IEnumerable{Response}, Grouping, MeasureOptions?)"/>.</returns>
    /// <exception cref="ArgumentException">The metric has no calculation, or the grouping is by period and an answer has no date (the message names its respondent).</exception>
    /// <exception cref="OutOfRangeValueException">A value is out of range and the policy is reject.</exception>
    /// <exception cref="InsufficientDataException">No group has a usable value.</exception>
    public static IReadOnlyList<MetricResult> Aggregate(MetricDefinition metric, IEnumerable<MetricAnswer> answers, Grouping grouping, MeasureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var accumulator = new Accumulator(metric, grouping, options);
        foreach (var answer in answers)
        {
            ArgumentNullException.ThrowIfNull(answer, nameof(answers));
            if (grouping.HasPeriod && answer.Date is null)
            {
                throw new ArgumentException($"metric '{metric.Id}': respondent '{answer.RespondentId}' has no date, and grouping by period needs a date on every answer.", nameof(answers));
            }

            accumulator.Add(answer.RespondentId, answer.Value, answer.Weight, answer.Date, answer.Segment);
        }

        return accumulator.Results();
    }

    /// <summary>Computes the metric for each group of a stream of responses, holding only one value and weight per response.</summary>
    /// <param name="metric">The metric; must have a calculation.</param>
    /// <param name="responses">The response stream.</param>
    /// <param name="grouping">How to group.</param>
    /// <param name="options">Options; null for defaults.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>As <see cref="Aggregate(MetricDefinition, IEnumerable{Response}, Grouping, MeasureOptions?)"/>.</returns>
    /// <exception cref="ArgumentException">The metric has no calculation.</exception>
    /// <exception cref="OutOfRangeValueException">A value is out of range and the policy is reject.</exception>
    /// <exception cref="InsufficientDataException">No group has a usable value.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<IReadOnlyList<MetricResult>> AggregateAsync(
        MetricDefinition metric,
        IAsyncEnumerable<Response> responses,
        Grouping grouping,
        MeasureOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var accumulator = new Accumulator(metric, grouping, options);
        await foreach (var response in responses.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(response);
        }

        return accumulator.Results();
    }

    private sealed class Accumulator
    {
        private readonly MetricDefinition _metric;
        private readonly Grouping _grouping;
        private readonly MeasureOptions _options;
        private readonly Dictionary<ResultGroup, (List<Observation> Values, int Excluded)> _groups = [];

        public Accumulator(MetricDefinition metric, Grouping grouping, MeasureOptions? options)
        {
            _metric = Utilities.Guard.NotNull(metric);
            _grouping = Utilities.Guard.NotNull(grouping);
            _options = options ?? MeasureOptions.Default;
            if (metric.Calculation is null)
            {
                throw new ArgumentException($"metric '{metric.Id}' has no calculation to compute.", nameof(metric));
            }
        }

        public void Add(Response response)
        {
            ArgumentNullException.ThrowIfNull(response);
            if (!response.Values.TryGetValue(_metric.Id, out var value))
            {
                return;
            }

            string? segment = null;
            if (_grouping.SegmentAttribute is { } attribute)
            {
                segment = response.Segments.TryGetValue(attribute, out var s) ? s : null;
            }

            Add(response.RespondentId, value, response.Weight, response.Date, segment);
        }

        // date is null only for answers without one, and then only when the grouping has no period.
        public void Add(string respondentId, double value, double weight, DateOnly? date, string? segment)
        {
            var excluded = false;
            if (Expected(value) is { } expected)
            {
                if (_options.OutOfRange == OutOfRangePolicy.Reject)
                {
                    throw new OutOfRangeValueException(_metric.Id, respondentId, value, expected);
                }

                excluded = true;
            }

            foreach (var group in GroupsOf(date, segment))
            {
                if (!_groups.TryGetValue(group, out var entry))
                {
                    entry = ([], 0);
                }

                if (excluded)
                {
                    entry.Excluded++;
                }
                else
                {
                    entry.Values.Add(new Observation(value, weight));
                }

                _groups[group] = entry;
            }
        }

        public IReadOnlyList<MetricResult> Results()
        {
            var results = _groups
                .Where(g => g.Value.Values.Count > 0)
                .OrderBy(g => g.Key.PeriodStart ?? DateOnly.MinValue)
                .ThenBy(g => g.Key.Period, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Segment is null)
                .ThenBy(g => g.Key.Segment, StringComparer.Ordinal)
                .Select(g => MetricCalculator.Compute(_metric.Calculation!.Value, g.Value.Values, _metric.Scale?.TopBox, _options)
                    .WithContext(_metric.Id, _grouping == Grouping.None ? null : g.Key, g.Value.Excluded))
                .ToList();
            if (results.Count == 0)
            {
                var excluded = _groups.Values.Sum(g => g.Excluded);
                throw new InsufficientDataException(excluded > 0
                    ? $"metric '{_metric.Id}': no usable values ({excluded} out of range excluded)."
                    : $"metric '{_metric.Id}': no response has a value for it.");
            }

            return results.AsReadOnly();
        }

        private IEnumerable<ResultGroup> GroupsOf(DateOnly? date, string? segment)
        {
            if (!_grouping.HasPeriod)
            {
                yield return new ResultGroup(null, null, null, _grouping.SegmentAttribute, segment);
                yield break;
            }

            foreach (var (label, start, end) in _grouping.PeriodsOf(date!.Value))
            {
                yield return new ResultGroup(label, start, end, _grouping.SegmentAttribute, segment);
            }
        }

        private string? Expected(double value) => ExpectedValue(_metric, value);
    }

    /// <summary>What a value of <paramref name="metric"/> should have been when <paramref name="value"/> is off its scale or calculation, else null.</summary>
    internal static string? ExpectedValue(MetricDefinition metric, double value) => ExpectedValue(metric.Calculation, metric.Scale, value);

    /// <summary>What a value should have been when <paramref name="value"/> is off <paramref name="scale"/> or not an answer <paramref name="calculation"/> can take, else null.</summary>
    internal static string? ExpectedValue(Calculation? calculation, MetricScale? scale, double value)
    {
        var inScale = scale is null || scale.Contains(value);
        return calculation switch
        {
            Calculation.Nps when !MetricCalculator.IsNpsAnswer(value) => "an integer in [0, 10]",
            Calculation.Proportion when value is not (0 or 1) => "0 or 1",
            _ when !inScale => string.Create(CultureInfo.InvariantCulture, $"a value in [{scale!.Min}, {scale.Max}]"),
            _ => null,
        };
    }
}
