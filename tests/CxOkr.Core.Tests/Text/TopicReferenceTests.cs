using System.Text.Json;
using CxOkr.Data;
using CxOkr.Journeys;
using CxOkr.Serialization;
using CxOkr.Text;
using CxOkr.Text.Icu;

namespace CxOkr.Tests.Text;

/// <summary>
/// The multilingual comment set (English, Vietnamese, Thai) against R: words as ICU's word boundaries through stringi,
/// counts, shares, NPS with/without/impact, the mean variant, segments and lm (TestData/topics/PROVENANCE.md).
/// </summary>
public sealed class TopicReferenceTests
{
    private const double Tolerance = 1e-9;
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "topics");
    private static readonly Lazy<IcuWordSegmenter> Icu = new(() => new IcuWordSegmenter());

    [Fact]
    public void Icu_words_are_those_of_stringi()
    {
        var table = Comments();
        var expected = ReferenceWords();
        for (var r = 0; r < table.RowCount; r++)
        {
            var id = table.GetText(r, "id")!;
            var comment = table.GetText(r, "comment");
            var words = new List<string>();
            if (comment is not null)
            {
                Icu.Value.Split(Icu.Value.Normalize(comment), words);
            }

            Assert.True(expected[id].SequenceEqual(words), $"{id}: R {string.Join("|", expected[id])}, ICU4N {string.Join("|", words)}");
        }
    }

    [Fact]
    public void The_core_segmenter_finds_the_words_of_icu_in_spaced_scripts()
    {
        // Rows in Latin script whose text is already normalised, so the core's segmenter sees what ICU sees in any globalization mode.
        var table = Comments();
        var expected = ReferenceWords();
        var checkedRows = 0;
        for (var r = 0; r < table.RowCount; r++)
        {
            var comment = table.GetText(r, "comment");
            if (comment is null || comment.Any(c => c is >= '\u0E00' and <= '\u0E7F') || Icu.Value.Normalize(comment) != comment.ToLowerInvariant())
            {
                continue;
            }

            var words = new List<string>();
            Assert.False(UnicodeWordSegmenter.Instance.Split(comment.ToLowerInvariant(), words) && UnicodeWordSegmenter.PlatformNormalizes);
            var id = table.GetText(r, "id")!;
            Assert.True(expected[id].SequenceEqual(words), $"{id}: R {string.Join("|", expected[id])}, core {string.Join("|", words)}");
            checkedRows++;
        }

        Assert.True(checkedRows > 200, $"only {checkedRows} rows checked");
    }

    public static TheoryData<string> Cases => new() { "unweighted", "weighted", "mean" };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Counts_shares_scores_and_regression_match_r(string name)
    {
        var options = new TopicAnalysisOptions("comment")
        {
            ScoreColumn = "nps",
            Calculation = name == "mean" ? Calculation.Mean : Calculation.Nps,
            WeightColumn = name == "weighted" ? "weight" : null,
            SegmentColumn = "region",
        };
        var result = Analyzer().Analyze(Comments(), options);
        using var reference = Reference();
        var e = reference.RootElement.GetProperty(name);
        Assert.Equal(0, result.ApproximateComments);
        Assert.Equal("icu", result.Segmenter);
        Same(e, result.NResponses, result.NWithText, result.Untagged, result.NScored, result.Score, result.Topics);
        Close(e.GetProperty("intercept").GetDouble(), result.RegressionIntercept!.Value, "intercept");
        Close(e.GetProperty("rSquared").GetDouble(), result.RegressionRSquared!.Value, "rSquared");
        var regression = e.GetProperty("regression").EnumerateArray().ToList();
        Assert.Equal(regression.Count, result.Regression.Count);
        for (var t = 0; t < regression.Count; t++)
        {
            var x = regression[t];
            var a = result.Regression[t];
            Assert.Equal(x.GetProperty("id").GetString(), a.Id);
            Close(x, "coefficient", a.Coefficient, a.Id);
            Close(x, "standardError", a.StandardError, a.Id);
            Close(x, "p", a.P, a.Id);
        }

        Assert.Null(result.Regression.Single(c => c.Id == "never").Coefficient);
    }

    [Fact]
    public void Segments_match_r()
    {
        var result = Analyzer().Analyze(Comments(), new TopicAnalysisOptions("comment") { ScoreColumn = "nps", SegmentColumn = "region" });
        using var reference = Reference();
        var segments = reference.RootElement.GetProperty("segments").EnumerateObject().ToList();
        Assert.Equal(segments.Select(s => s.Name), result.Segments.Select(s => s.Segment));
        foreach (var s in segments)
        {
            var a = result.Segments.Single(x => x.Segment == s.Name);
            Same(s.Value, a.NResponses, a.NWithText, a.Untagged, a.NScored, a.Score, a.Topics);
        }
    }

    private static void Same(JsonElement e, int nResponses, int nWithText, int untagged, int nScored, double? score, IReadOnlyList<TopicMeasure> topics)
    {
        Assert.Equal(e.GetProperty("nResponses").GetInt32(), nResponses);
        Assert.Equal(e.GetProperty("nWithText").GetInt32(), nWithText);
        Assert.Equal(e.GetProperty("untagged").GetInt32(), untagged);
        Assert.Equal(e.GetProperty("nScored").GetInt32(), nScored);
        Close(e, "score", score, "score");
        var expected = e.GetProperty("topics").EnumerateArray().ToList();
        Assert.Equal(expected.Count, topics.Count);
        for (var t = 0; t < expected.Count; t++)
        {
            var x = expected[t];
            var a = topics[t];
            Assert.Equal(x.GetProperty("id").GetString(), a.Id);
            Assert.Equal(x.GetProperty("count").GetInt32(), a.Count);
            Assert.Equal(x.GetProperty("scoredWith").GetInt32(), a.ScoredWith);
            Close(x, "share", a.Share, a.Id);
            Close(x, "with", a.With, a.Id);
            Close(x, "without", a.Without, a.Id);
            Close(x, "impact", a.Impact, a.Id);
        }
    }

    private static void Close(JsonElement e, string field, double? actual, string what)
    {
        var x = e.GetProperty(field);
        if (x.ValueKind == JsonValueKind.Null)
        {
            Assert.True(actual is null, $"{what}.{field}: R has NA, we have {actual}");
            return;
        }

        Assert.True(actual is not null, $"{what}.{field}: R has {x.GetDouble()}, we have null");
        Close(x.GetDouble(), actual!.Value, $"{what}.{field}");
    }

    /// <summary>Within 1e-9, relative for values above 1 in magnitude and for p-values (which reach 1e-40).</summary>
    private static void Close(double expected, double actual, string what)
    {
        var scale = what.EndsWith(".p", StringComparison.Ordinal) ? Math.Abs(expected) : Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= Tolerance * scale, $"{what}: expected {expected:R}, got {actual:R}");
    }

    private static TopicAnalyzer Analyzer() =>
        new(new TopicMatcher(TopicsReader.ReadFile(Path.Combine(Folder, "topics.json")), Icu.Value));

    private static ColumnTable Comments() => CsvTableReader.ReadFile(Path.Combine(Folder, "comments.csv"));

    private static JsonDocument Reference() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "reference.json")));

    private static Dictionary<string, string[]> ReferenceWords() =>
        File.ReadAllLines(Path.Combine(Folder, "words.tsv"))
            .Select(line => line.Split('\t'))
            .ToDictionary(p => p[0], p => p[1].Length == 0 ? [] : p[1].Split('|'), StringComparer.Ordinal);
}
