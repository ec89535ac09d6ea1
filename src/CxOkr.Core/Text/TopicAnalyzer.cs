using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Utilities;

namespace CxOkr.Text;

/// <summary>
/// Topic volumes and their effect on a score: tags each response's comment with a <see cref="TopicMatcher"/>, counts
/// the topics, computes the score (NPS or mean, through <see cref="MetricCalculator"/>) with and without each topic's
/// respondents, regresses the score on all topics' indicators (as R's <c>lm</c>, through the key-driver
/// analyzer's fit), and repeats the counts and impacts per segment.
/// </summary>
/// <remarks>
/// For a topic t: <c>count</c> = responses tagged; <c>share</c> = Σw over tagged / Σw over responses with a
/// comment; <c>with</c> = score of the tagged responses with a score; <c>without</c> = score of every scored
/// response not tagged (with or without a comment); <c>impact</c> = score(all scored) − <c>without</c>. The
/// regression uses every scored response, those without a comment having all indicators 0. Weights are case weights
/// as in <see cref="MetricCalculator"/> and <c>lm(weights = w)</c>. Details in docs/topics.md.
/// </remarks>
/// <threadsafety>Thread-safe: immutable once created.</threadsafety>
public sealed class TopicAnalyzer
{
    private readonly TopicMatcher matcher;

    /// <summary>Creates an analyzer for the topics of a matcher.</summary>
    /// <param name="matcher">The compiled topics and their segmenter.</param>
    public TopicAnalyzer(TopicMatcher matcher)
    {
        this.matcher = Guard.NotNull(matcher);
    }

    /// <summary>The matcher.</summary>
    public TopicMatcher Matcher => matcher;

    /// <summary>Analyses the comments of a table.</summary>
    /// <param name="table">The responses, one per row.</param>
    /// <param name="options">The columns and the calculation.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="DataFormatException">A named column is missing, a score is not a number (or, for NPS, not an integer from 0 to 10), or a weight is not finite and above 0; the message names the line and column.</exception>
    public TopicAnalysis Analyze(ColumnTable table, TopicAnalysisOptions options)
    {
        Guard.NotNull(table);
        Guard.NotNull(options);
        options.Validate();
        var topics = matcher.Topics.Topics;
        var p = topics.Count;
        var n = table.RowCount;
        table.IndexOf(options.TextColumn);
        var scores = Scores(table, options);
        var weights = Weights(table, options.WeightColumn);

        // Tags: one flag array per topic; comments as written for the examples.
        var tags = new bool[p][];
        for (var t = 0; t < p; t++)
        {
            tags[t] = new bool[n];
        }

        var comments = new string?[n];
        var tagged = new bool[p];
        var approximate = 0;
        for (var r = 0; r < n; r++)
        {
            var text = table.GetText(r, options.TextColumn);
            comments[r] = string.IsNullOrWhiteSpace(text) ? null : text;
            if (matcher.Tag(comments[r], tagged))
            {
                approximate++;
            }

            for (var t = 0; t < p; t++)
            {
                tags[t][r] = tagged[t];
            }
        }

        var rows = Enumerable.Range(0, n).ToArray();
        var overall = Measure(topics, rows, comments, tags, scores, weights, options);
        var segments = new List<TopicSegment>();
        if (options.SegmentColumn is { } segmentColumn)
        {
            table.IndexOf(segmentColumn);
            var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var order = new List<string>();
            for (var r = 0; r < n; r++)
            {
                if (table.GetText(r, segmentColumn) is not { } segment)
                {
                    continue;
                }

                if (!groups.TryGetValue(segment, out var list))
                {
                    groups.Add(segment, list = []);
                    order.Add(segment);
                }

                list.Add(r);
            }

            foreach (var segment in order)
            {
                var m = Measure(topics, groups[segment].ToArray(), comments, tags, scores, weights, options);
                segments.Add(new TopicSegment
                {
                    Segment = segment,
                    NResponses = m.NResponses,
                    NWithText = m.NWithText,
                    Untagged = m.Untagged,
                    NScored = m.NScored,
                    Score = m.Score,
                    Topics = m.Topics,
                });
            }
        }

        var (regression, intercept, rSquared, problem) = scores is null ? ([], null, null, null) : Regress(tags, scores, weights, options.ScoreColumn!);
        return new TopicAnalysis
        {
            TextColumn = options.TextColumn,
            ScoreColumn = options.ScoreColumn,
            Calculation = scores is null ? null : options.Calculation,
            SegmentColumn = options.SegmentColumn,
            WeightColumn = options.WeightColumn,
            Segmenter = matcher.Segmenter.Name,
            NResponses = overall.NResponses,
            NWithText = overall.NWithText,
            Untagged = overall.Untagged,
            ApproximateComments = approximate,
            NScored = overall.NScored,
            Score = overall.Score,
            Topics = overall.Topics,
            Regression = regression,
            RegressionIntercept = intercept,
            RegressionRSquared = rSquared,
            RegressionProblem = problem,
            Segments = ReadOnly.Wrap(segments),
        };
    }

    /// <summary>The score column's values (NaN when missing), checked for the calculation; null without a score column.</summary>
    private static double[]? Scores(ColumnTable table, TopicAnalysisOptions options)
    {
        if (options.ScoreColumn is not { } column)
        {
            return null;
        }

        var values = table.NumericColumn(column);
        if (options.Calculation == Calculation.Nps)
        {
            for (var r = 0; r < values.Length; r++)
            {
                if (!double.IsNaN(values[r]) && !MetricCalculator.IsNpsAnswer(values[r]))
                {
                    throw new DataFormatException($"{table.CellLocation(r, column)}: {values[r]} is not an NPS answer (an integer from 0 to 10); use the mean calculation for another score.");
                }
            }
        }

        return values;
    }

    private static double[]? Weights(ColumnTable table, string? column)
    {
        if (column is null)
        {
            return null;
        }

        var values = table.NumericColumn(column);
        for (var r = 0; r < values.Length; r++)
        {
            if (!(values[r] > 0))
            {
                throw new DataFormatException($"{table.CellLocation(r, column)}: '{table.GetText(r, column)}' is not a finite weight above 0.");
            }
        }

        return values;
    }

    private static Measured Measure(IReadOnlyList<TopicDefinition> topics, int[] rows, string?[] comments, bool[][] tags, double[]? scores, double[]? weights, TopicAnalysisOptions options)
    {
        var p = tags.Length;
        int withText = 0, untagged = 0;
        double textWeight = 0;
        var all = new List<Observation>();
        foreach (var r in rows)
        {
            var w = weights?[r] ?? 1.0;
            if (comments[r] is not null)
            {
                withText++;
                textWeight += w;
                var any = false;
                for (var t = 0; t < p && !any; t++)
                {
                    any = tags[t][r];
                }

                if (!any)
                {
                    untagged++;
                }
            }

            if (scores is not null && !double.IsNaN(scores[r]))
            {
                all.Add(new Observation(scores[r], w));
            }
        }

        var score = Summary(all, options.Calculation);
        var measures = new TopicMeasure[p];
        var with = new List<Observation>();
        var without = new List<Observation>();
        for (var t = 0; t < p; t++)
        {
            with.Clear();
            without.Clear();
            var count = 0;
            double taggedWeight = 0;
            var examples = new List<string>();
            foreach (var r in rows)
            {
                var w = weights?[r] ?? 1.0;
                var isTagged = tags[t][r];
                if (isTagged)
                {
                    count++;
                    taggedWeight += w;
                    if (examples.Count < options.ExampleCount)
                    {
                        examples.Add(comments[r]!);
                    }
                }

                if (scores is not null && !double.IsNaN(scores[r]))
                {
                    (isTagged ? with : without).Add(new Observation(scores[r], w));
                }
            }

            var scoreWithout = Summary(without, options.Calculation);
            measures[t] = new TopicMeasure
            {
                Id = topics[t].Id,
                Name = topics[t].Name,
                Count = count,
                Share = withText == 0 ? 0 : taggedWeight / textWeight,
                ScoredWith = with.Count,
                With = Summary(with, options.Calculation),
                Without = scoreWithout,
                Impact = score is { } s && scoreWithout is { } sw ? s - sw : null,
                Examples = ReadOnly.Wrap(examples),
            };
        }

        return new Measured(rows.Length, withText, untagged, all.Count, score, measures);
    }

    private static double? Summary(List<Observation> observations, Calculation calculation) =>
        observations.Count == 0 ? null
        : calculation == Calculation.Nps ? MetricCalculator.Nps(observations).Nps!.Score
        : MetricCalculator.Mean(observations).Value;

    private (IReadOnlyList<TopicCoefficient>, double?, double?, string?) Regress(bool[][] tags, double[] scores, double[]? weights, string scoreColumn)
    {
        var topics = matcher.Topics.Topics;
        var p = topics.Count;
        var accumulator = new CovarianceAccumulator(p + 1);
        var row = new double[p + 1];
        for (var r = 0; r < scores.Length; r++)
        {
            if (double.IsNaN(scores[r]))
            {
                continue;
            }

            row[0] = scores[r];
            for (var t = 0; t < p; t++)
            {
                row[t + 1] = tags[t][r] ? 1 : 0;
            }

            accumulator.Add(row, weights?[r] ?? 1.0);
        }

        KeyDriverAnalyzer.LinearRegression fit;
        try
        {
            fit = new KeyDriverAnalyzer().Regress(accumulator, scoreColumn, topics.Select(t => t.Id).ToArray());
        }
        catch (DataFormatException ex)
        {
            return ([], null, null, ex.Message);
        }

        var coefficients = fit.Terms.Select(term => new TopicCoefficient
        {
            Id = term.Name,
            Coefficient = term.Coefficient,
            StandardError = term.StandardError,
            T = term.T,
            P = term.P,
        }).ToArray();
        return (ReadOnly.Wrap(coefficients), fit.Intercept, fit.RSquared, null);
    }

    private sealed record Measured(int NResponses, int NWithText, int Untagged, int NScored, double? Score, IReadOnlyList<TopicMeasure> Topics);
}
