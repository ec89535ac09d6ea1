using System.CommandLine;
using System.Globalization;
using System.Text;
using CxOkr.Data;
using CxOkr.Journeys;
using CxOkr.Serialization;
using CxOkr.Text;
using CxOkr.Text.Icu;

namespace CxOkr.Cli.Commands;

/// <summary>
/// <c>cxokr topics --data FILE.csv --text COL --topics topics.json [--score COL] [--calculation nps|mean]
/// [--segment COL] [--weight COL] [--id COL] [--indicators OUT.csv] [--format table|json]</c>: tags open-ended
/// comments with rule-based topics and measures each topic's volume and its impact on the score.
/// </summary>
internal static class TopicsCommand
{
    public static Command Create(CliContext context)
    {
        var dataOption = new Option<string>("--data") { Description = "The responses CSV file (header row, one response per row).", Required = true };
        var textOption = new Option<string>("--text") { Description = "The column of comments.", Required = true };
        var topicsOption = new Option<string>("--topics") { Description = "The topic definitions (JSON, see docs/topics.md).", Required = true };
        var scoreOption = new Option<string?>("--score") { Description = "The score column: NPS answers 0-10, or any number with --calculation mean." };
        var calculationOption = new Option<string>("--calculation") { Description = "nps (default) | mean: how the score is summarised.", DefaultValueFactory = _ => "nps" };
        calculationOption.AcceptOnlyFromAmong("nps", "mean");
        var segmentOption = new Option<string?>("--segment") { Description = "A column to split the responses by (a region, a journey stage): the same counts and impacts per value." };
        var weightOption = new Option<string?>("--weight") { Description = "The case-weight column." };
        var idOption = new Option<string?>("--id") { Description = "The response id column, written as the first column of --indicators (default: the response's line in the file)." };
        var indicatorsOption = new Option<string?>("--indicators") { Description = "Also write OUT.csv: one row per response with a 0/1 column per topic." };
        var formatOption = CommonOptions.Format("table", "json");
        var command = new Command("topics", "Open-ended comments: topics, their volume and what they cost in NPS (or a mean score), in any language.")
        {
            dataOption,
            textOption,
            topicsOption,
            scoreOption,
            calculationOption,
            segmentOption,
            weightOption,
            idOption,
            indicatorsOption,
            formatOption,
        };
        var csvOptions = CsvInputOptions.AddTo(command);
        command.SetAction(parseResult => CliApp.Guarded(context, () =>
        {
            var table = CsvTableReader.ReadFile(CommonOptions.ExistingFile(parseResult.GetValue(dataOption)!, "data file"), csvOptions.Read(parseResult, context));
            var matcher = Matcher(parseResult.GetValue(topicsOption)!);
            var text = parseResult.GetValue(textOption)!;
            var options = CliUsageException.FromArguments(() => new TopicAnalysisOptions(text)
            {
                ScoreColumn = parseResult.GetValue(scoreOption),
                Calculation = parseResult.GetValue(calculationOption) == "mean" ? Calculation.Mean : Calculation.Nps,
                SegmentColumn = parseResult.GetValue(segmentOption),
                WeightColumn = parseResult.GetValue(weightOption),
            });
            var analysis = CliUsageException.FromArguments(() => new TopicAnalyzer(matcher).Analyze(table, options));
            if (parseResult.GetValue(indicatorsOption) is { } indicators)
            {
                TopicIndicatorsCsv.Write(indicators, table, matcher, text, parseResult.GetValue(idOption));
            }

            if (analysis.ApproximateComments > 0)
            {
                context.Error.WriteLine($"cxokr: note: {analysis.ApproximateComments} comment(s) were split into words approximately.");
            }

            context.Out.Write(parseResult.GetValue(formatOption) == "json" ? ResultJson.ToJson(analysis) + Environment.NewLine : ToTable(analysis));
            return CliApp.Success;
        }));
        return command;
    }

    /// <summary>The topics of a definitions file, compiled with the ICU segmenter (the tool always uses it).</summary>
    internal static TopicMatcher Matcher(string topicsPath)
    {
        var topics = TopicsReader.ReadFile(CommonOptions.ExistingFile(topicsPath, "topics file"));
        return CliUsageException.FromArguments(() => new TopicMatcher(topics, new IcuWordSegmenter()));
    }

    /// <summary>
    /// For <c>cxokr drivers --topics FILE --text COL</c>: the table with the comment column replaced by one 0/1 column per
    /// topic, and the named drivers (if any) with the topics added; unchanged without <c>--topics</c>.
    /// </summary>
    internal static (ColumnTable Table, string[]? Drivers) WithTopicDrivers(ColumnTable table, string[]? drivers, string? topicsPath, string? textColumn)
    {
        if (topicsPath is null)
        {
            return textColumn is null ? (table, drivers) : throw new CliUsageException("--text is only used with --topics.");
        }

        if (textColumn is null)
        {
            throw new CliUsageException("--topics needs --text COLUMN: the column of comments to tag.");
        }

        var matcher = Matcher(topicsPath);
        var withTopics = matcher.ReplaceTextWithIndicators(table, textColumn);
        var topicIds = matcher.Topics.Topics.Select(t => t.Id);
        return (withTopics, drivers?.Where(d => d != textColumn).Concat(topicIds).Distinct(StringComparer.Ordinal).ToArray());
    }

    internal static string ToTable(TopicAnalysis analysis)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"{analysis.NResponses} responses, {analysis.NWithText} with a comment, {analysis.Untagged} comment(s) no topic matched (words: {analysis.Segmenter}).\n");
        var label = analysis.Calculation == Calculation.Mean ? "Mean" : "NPS";
        if (analysis.Score is { } overall)
        {
            text.Append(c, $"{label} of the {analysis.NScored} scored responses: {overall:F1}\n");
        }

        text.Append('\n');
        var width = Math.Max(5, analysis.Topics.Max(t => Printable(t.Name).Length));
        text.Append("Topic".PadRight(width)).Append("  Count   Share");
        var scored = analysis.Calculation is not null;
        if (scored)
        {
            text.Append(c, $"  {label + " with",10}  {label + " w/o",9}  {"Impact",7}     Coef         p");
        }

        text.Append('\n');
        var coefficients = analysis.Regression.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var t in analysis.Topics)
        {
            text.Append(Printable(t.Name).PadRight(width)).Append(c, $"  {t.Count,5}  {t.Share * 100,5:F1}%");
            if (scored)
            {
                coefficients.TryGetValue(t.Id, out var r);
                text.Append(c, $"  {Number(t.With, "F1"),10}  {Number(t.Without, "F1"),9}  {Number(t.Impact, "+0.0;-0.0;0.0"),7}  {Number(r?.Coefficient, "F3"),7}  {Number(r?.P, "G2"),8}");
            }

            text.Append('\n');
        }

        if (analysis.RegressionProblem is { } problem)
        {
            text.Append("\nNo regression: ").Append(problem).Append('\n');
        }

        foreach (var segment in analysis.Segments)
        {
            text.Append(c, $"\n{analysis.SegmentColumn} = {Printable(segment.Segment)}: {segment.NResponses} responses, {segment.NWithText} with a comment, {segment.Untagged} untagged");
            text.Append(segment.Score is { } s ? string.Create(c, $", {label} {s:F1}\n") : "\n");
            foreach (var t in segment.Topics)
            {
                text.Append("  ").Append(Printable(t.Name).PadRight(width)).Append(c, $"  {t.Count,5}  {t.Share * 100,5:F1}%");
                if (scored)
                {
                    text.Append(c, $"  {Number(t.With, "F1"),10}  {Number(t.Without, "F1"),9}  {Number(t.Impact, "+0.0;-0.0;0.0"),7}");
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Number(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    /// <summary>User text for a terminal: control characters (which could move the cursor or recolour the screen) become spaces.</summary>
    private static string Printable(string text) => string.Concat(text.Select(ch => char.IsControl(ch) ? ' ' : ch));
}
