using System.Globalization;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Text;

namespace CxOkr.Reporting;

/// <summary>The topics section of the programme report.</summary>
public sealed partial class ProgrammeReportBuilder
{
    /// <summary>The default column of comments, <c>comment</c>.</summary>
    public const string DefaultTextColumn = "comment";

    /// <summary>
    /// The topics the report tags comments with (compiled with a word segmenter of the caller's choice; the tool
    /// uses ICU's), or <see langword="null"/> (default) for no topics section.
    /// </summary>
    public TopicMatcher? Topics { get; init; }

    /// <summary>
    /// The column of comments: a text (segment) attribute of the responses, default <see cref="DefaultTextColumn"/>. It is
    /// never compared as a segment in the report's "what changed" section.
    /// </summary>
    /// <exception cref="ArgumentException">Blank.</exception>
    public string TextColumn { get; init => field = Utilities.Guard.NotBlank(value); } = DefaultTextColumn;

    /// <summary>
    /// Per journey whose responses carry comments: topic volume, share and, against the relationship NPS metric
    /// the responses carry (if any), NPS with and without each topic and its impact, with example comments.
    /// </summary>
    private List<JourneyTopicAnalysis> AnalyseTopics(Workspace workspace, List<Response> responses, List<string> notes)
    {
        var results = new List<JourneyTopicAnalysis>();
        if (Topics is null || responses.Count == 0)
        {
            return results;
        }

        if (!responses.Exists(r => r.Segments.ContainsKey(TextColumn)))
        {
            notes.Add($"Topics: no response has a comment in column '{TextColumn}', so there is no topics section.");
            return results;
        }

        var nps = DistinctMetrics(workspace)
            .FirstOrDefault(m => m.Tier == MetricTier.Relationship && m.Calculation == Calculation.Nps && responses.Exists(r => r.Values.ContainsKey(m.Id)))?.Id;
        var analyzer = new TopicAnalyzer(Topics);
        foreach (var journey in workspace.Journeys)
        {
            var rows = responses.Where(r => r.JourneyId == journey.Id).ToList();
            if (!rows.Exists(r => r.Segments.ContainsKey(TextColumn)))
            {
                continue;
            }

            var (table, weight) = TopicTable(rows, TextColumn, nps);
            try
            {
                var analysis = analyzer.Analyze(table, new TopicAnalysisOptions(TextColumn) { ScoreColumn = nps, Calculation = Calculation.Nps, WeightColumn = weight });
                results.Add(new JourneyTopicAnalysis(journey.Id, nps, analysis));
            }
            catch (Exception ex) when (ex is CxOkrException or ArgumentException)
            {
                notes.Add($"Journey '{journey.Id}': no topics section: {ex.Message}");
            }
        }

        return results;
    }

    /// <summary>One row per response: the comment, the NPS answer (if an NPS metric is given) and the response weight (named as <see cref="DriverTable"/> names it).</summary>
    private static (ColumnTable Table, string Weight) TopicTable(List<Response> rows, string textColumn, string? nps)
    {
        var n = rows.Count;
        var names = new List<string> { textColumn };
        if (nps is not null)
        {
            names.Add(nps);
        }

        var weight = DriverTable.WeightName(string.Empty, names);
        names.Add(weight);
        var columns = names.Select(_ => new double[n]).ToArray();
        var texts = names.Select(_ => new string?[n]).ToArray();
        ColumnTable.NonNumericCell? firstText = null;
        for (var r = 0; r < n; r++)
        {
            var comment = rows[r].Segments.GetValueOrDefault(textColumn);
            columns[0][r] = double.NaN;
            texts[0][r] = comment;
            if (comment is not null)
            {
                firstText ??= new ColumnTable.NonNumericCell(r, comment);
            }

            if (nps is not null)
            {
                var score = rows[r].Values.TryGetValue(nps, out var s) ? s : double.NaN;
                columns[1][r] = score;
                texts[1][r] = double.IsNaN(score) ? null : score.ToString(CultureInfo.InvariantCulture);
            }

            columns[^1][r] = rows[r].Weight;
            texts[^1][r] = rows[r].Weight.ToString(CultureInfo.InvariantCulture);
        }

        var nonNumeric = new ColumnTable.NonNumericCell?[names.Count];
        nonNumeric[0] = firstText;
        return (new ColumnTable([.. names], columns, nonNumeric, n, [.. texts.Select(CxOkr.Data.TextColumn.Of)]), weight);
    }
}
