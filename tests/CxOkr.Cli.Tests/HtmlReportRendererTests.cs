using System.Text;
using System.Text.RegularExpressions;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Okrs;
using CxOkr.Reporting;
using CxOkr.Reporting.Html;
using CxOkr.Serialization;

namespace CxOkr.Cli.Tests;

/// <summary>The library's HTML renderer (CxOkr.Reporting.Html) on the bundled example, through its public API.</summary>
public sealed partial class HtmlReportRendererTests
{
    private static readonly Lazy<(ProgrammeReport Report, string Html)> Example = new(static () =>
    {
        var workspace = WorkspaceReader.ReadFile(CliRunner.TestData(Path.Combine("examples", "workspace.json")), WorkspaceReadMode.Lenient);
        var responses = ResponseCsvReader.ReadFile(CliRunner.TestData(Path.Combine("examples", "responses.csv")), new ResponseCsvOptions { MetricColumns = workspace.Metrics.Select(static m => m.Id).ToArray() });
        var report = new ProgrammeReportBuilder().Build(workspace, responses, new DateOnly(2026, 11, 27));
        return (report, new ProgrammeReportHtmlRenderer().Render(report));
    });

    private static ProgrammeReport Report => Example.Value.Report;

    private static string Html => Example.Value.Html;

    [Fact]
    public async Task String_writer_and_stream_give_the_same_self_contained_document()
    {
        var renderer = new ProgrammeReportHtmlRenderer();
        var writer = new StringWriter();
        renderer.Render(Report, writer);
        using var stream = new MemoryStream();
        await renderer.RenderAsync(Report, stream);

        Assert.Equal(Html, writer.ToString());
        Assert.Equal(Html, new UTF8Encoding(false).GetString(stream.ToArray()));
        Assert.StartsWith("<!DOCTYPE html>", Html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", Html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_set_the_title_and_are_checked()
    {
        var html = new ProgrammeReportHtmlRenderer().Render(Report, new HtmlReportOptions { Title = "Brightline CX <Q4>" });
        Assert.Contains("<h1>Brightline CX &lt;Q4&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(static () => new HtmlReportOptions { Title = " " });
        Assert.Throws<ArgumentOutOfRangeException>(static () => new HtmlReportOptions { AchievementsPerObjective = 0 });
        Assert.Throws<ArgumentNullException>(static () => new ProgrammeReportHtmlRenderer().Render(null!));
    }

    [Fact]
    public void Names_from_the_workspace_and_one_plain_status_vocabulary()
    {
        foreach (var objective in Report.Workspace.Objectives)
        {
            Assert.Contains(System.Net.WebUtility.HtmlEncode(objective.Title), Html, StringComparison.Ordinal);
        }

        Assert.Contains(">On track</span>", Html, StringComparison.Ordinal);
        Assert.Contains(">Off track</span>", Html, StringComparison.Ordinal);
        foreach (var camel in new[] { "onTrack", "atRisk", "offTrack", "onTrackStreak" })
        {
            Assert.DoesNotContain(camel, VisibleText(Html), StringComparison.Ordinal);
        }

        // Ids stay as a secondary hint on hover.
        var first = Report.Workspace.Objectives[0];
        Assert.Contains($"<span title=\"{first.Id}\">{System.Net.WebUtility.HtmlEncode(first.Title)}</span>", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_is_the_colour_tiles_count_statuses_and_every_badge_says_why()
    {
        foreach (var status in new[] { OkrStatus.Achieved, OkrStatus.OnTrack, OkrStatus.AtRisk, OkrStatus.OffTrack })
        {
            var count = Report.Scorecard.Objectives.Count(o => o.Status == status);
            Assert.Contains($"<b>{count}</b>{ReportWords.Status(status)}</div>", Html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("obj green", Html, StringComparison.Ordinal); // the card is the status colour, not the grade's
        var badges = BadgePattern().Matches(Html);
        Assert.True(badges.Count >= Report.Scorecard.Objectives.Count + Report.Scorecard.Objectives.Sum(static o => o.KeyResults.Count));
        Assert.All(badges, b => Assert.True(b.Groups["title"].Value.Length > b.Groups["word"].Value.Length + 3, $"badge without a reason: {b.Value}"));

        // The confidence that caps "Cut chat first-response time" is said in words beside it.
        Assert.Contains("confidence 0.66 below 0.7", Html, StringComparison.Ordinal);
        Assert.Contains("Held back by", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_carry_units_and_milestones_say_done_or_not_done()
    {
        Assert.Matches(@"now [0-9.]+% \(at least 70%\)", Html);
        Assert.Matches(@"now [0-9.]+ s → target 30 s", Html);
        Assert.Contains(">not done · score 0%", Html, StringComparison.Ordinal);
        Assert.Contains(">done · score 100%", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_have_captions_and_column_scopes_and_there_is_a_table_of_contents()
    {
        var tables = Regex.Matches(Html, "<table>").Count;
        Assert.True(tables > 0);
        Assert.Equal(tables, Regex.Matches(Html, "<table><caption>").Count);
        Assert.DoesNotContain("<th>", Html, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"toc\"", Html, StringComparison.Ordinal);
        foreach (Match section in Regex.Matches(Html, "<section id=\"([a-z-]+)\">"))
        {
            Assert.Contains($"<a href=\"#{section.Groups[1].Value}\">", Html, StringComparison.Ordinal);
        }

        Assert.Contains("@media print", Html, StringComparison.Ordinal);
        Assert.Contains("break-inside:avoid", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_lower_is_better_driver_with_a_good_value_is_in_a_high_performance_quadrant()
    {
        var lower = Report.Drivers.SelectMany(static d => d.Result.Drivers)
            .Where(d => Report.Workspace.Metrics.First(m => m.Id == d.Name).BetterWhen == BetterWhen.Lower)
            .ToList();
        var transfers = Assert.Single(lower, static d => d.Name == "phone_transfer");
        Assert.True(transfers.Performance > 50, $"performance {transfers.Performance}");
        Assert.Contains(transfers.Quadrant, new[] { Quadrant.Promote, Quadrant.Maintain });
        Assert.Contains("lower values are better, so their scale is reversed", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_headline_of_a_trend_is_its_last_plotted_month_and_the_total_is_labelled()
    {
        var trend = Report.Trends[0];
        var last = ReportWords.Value(trend.Months[^1].Result.Value, trend.Metric.Unit);
        Assert.Contains($"Latest month (November, partial: to 27 Nov): <b>{last}</b>", Html, StringComparison.Ordinal);
        Assert.Contains($"(period total): {ReportWords.Value(trend.Overall.Value, trend.Metric.Unit)}", Html, StringComparison.Ordinal);
        Assert.Contains("Nov*</text>", Html, StringComparison.Ordinal); // the partial month marked on the axis
        Assert.Contains("stroke-dasharray=\"6 4\"><title>target", Html, StringComparison.Ordinal); // a key result's target line
        Assert.Contains("composition", Html, StringComparison.Ordinal); // NPS promoters / passives / detractors
        Assert.Contains("class=\"spark\"", Html, StringComparison.Ordinal);
        Assert.Contains("days left (ends 31 Dec 2026)", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Achievements_are_grouped_by_objective_newest_first_with_the_period_highlights_on_top()
    {
        var achievements = Html[Html.IndexOf("<section id=\"achievements\">", StringComparison.Ordinal)..];
        achievements = achievements[..achievements.IndexOf("</section>", StringComparison.Ordinal)];
        var groups = Regex.Matches(achievements, "<h3>").Count;
        Assert.True(groups >= 3, $"{groups} groups");
        Assert.True(Html.IndexOf("This period's highlights", StringComparison.Ordinal) < Html.IndexOf("<section id=\"okr-tree\">", StringComparison.Ordinal));
        foreach (Match group in Regex.Matches(achievements, "<h3>.*?</ul>", RegexOptions.Singleline))
        {
            var dates = Regex.Matches(group.Value, "<li><span class=\"note\">(\\d+ [A-Z][a-z]{2})</span>")
                .Select(static m => DateOnly.ParseExact(m.Groups[1].Value + " 2026", "d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture))
                .ToList();
            Assert.Equal(dates.OrderByDescending(static d => d), dates);
        }
    }

    [Fact]
    public void Objectives_whose_parents_form_a_loop_are_drawn_flat_beside_the_finding()
    {
        const string json = """
            {"formatVersion": 1,
             "units": [{"id": "u", "name": "Unit"}],
             "periods": [{"id": "p", "start": "2026-10-01", "end": "2026-12-31"}],
             "objectives": [
               {"id": "root", "title": "Top goal", "unitId": "u", "periodId": "p", "keyResults": [{"id": "k0", "title": "Ship it", "kind": "milestone"}]},
               {"id": "a", "title": "Loop A", "unitId": "u", "periodId": "p", "parentId": "c", "keyResults": [{"id": "ka", "title": "KR A", "kind": "milestone"}]},
               {"id": "b", "title": "Loop B", "unitId": "u", "periodId": "p", "parentId": "a", "keyResults": [{"id": "kb", "title": "KR B", "kind": "milestone"}]},
               {"id": "c", "title": "Loop C", "unitId": "u", "periodId": "p", "parentId": "b", "keyResults": [{"id": "kc", "title": "KR C", "kind": "milestone"}]}]}
            """;
        using var file = new TempFile(".json", json);
        var workspace = WorkspaceReader.ReadFile(file.Path, WorkspaceReadMode.Lenient);
        var report = new ProgrammeReportBuilder().Build(workspace, [], new DateOnly(2026, 11, 15));
        var html = new ProgrammeReportHtmlRenderer().Render(report);

        Assert.Contains("<h3>In a parent loop (3)</h3>", html, StringComparison.Ordinal);
        var loops = html[html.IndexOf("In a parent loop (3)", StringComparison.Ordinal)..];
        Assert.Contains("Alignment error: Objectives", loops, StringComparison.Ordinal);
        foreach (var title in new[] { "Loop A", "Loop B", "Loop C" })
        {
            Assert.Contains($"\">{title}</span>", loops, StringComparison.Ordinal);
        }

        Assert.Equal(3, Regex.Matches(loops, "in a parent loop</span>").Count);
        Assert.DoesNotContain("Top goal", loops, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_words_round_for_reading()
    {
        Assert.Equal("16%", ReportWords.Value(16.04, "%"));
        Assert.Equal("312 s", ReportWords.Value(312.4, "s"));
        Assert.Equal("24.5", ReportWords.Value(24.51, null));
        Assert.Equal("3.92", ReportWords.Value(3.9249, null));
        Assert.Equal("0", ReportWords.Value(-0.001, null));
        Assert.Equal("45%", ReportWords.Percent(0.449));
        Assert.Equal("At risk", ReportWords.Status(OkrStatus.AtRisk));
        Assert.Equal("Not scored", ReportWords.Status(null));
    }

    [Theory]
    [InlineData(0.3, 23.36, new[] { 0.0, 5, 10, 15, 20, 25 })]
    [InlineData(15.35, 23.36, new[] { 14.0, 16, 18, 20, 22, 24 })]
    [InlineData(-6.2, 30, new[] { -10.0, 0, 10, 20, 30 })]
    [InlineData(0, 0.44, new[] { 0.0, 0.1, 0.2, 0.3, 0.4, 0.5 })]
    public void Axis_ticks_are_round_by_the_1_2_5_rule(double low, double high, double[] expected)
    {
        Assert.Equal(expected, Svg.NiceTicks(low, high, 5));
    }

    [Fact]
    public void Placed_labels_never_overlap_and_stay_in_the_plot()
    {
        var random = new Random(17);
        for (var run = 0; run < 200; run++)
        {
            var placer = new Svg.LabelPlacer(0, 0, 400, 300);
            var placed = new List<(double X, double Y, double W, double H)>();
            for (var i = 0; i < random.Next(2, 14); i++)
            {
                var (px, py) = (random.NextDouble() * 400, random.NextDouble() * 300);
                placer.Reserve(px - 5, py - 5, 10, 10);
                var w = Svg.LabelPlacer.Width(new string('x', random.Next(4, 22)), 14);
                if (placer.Place(px, py, w, 17) is { } spot)
                {
                    Assert.True(spot.X >= 0 && spot.Y >= 0 && spot.X + w <= 400 && spot.Y + 17 <= 300);
                    Assert.DoesNotContain(placed, b => spot.X < b.X + b.W && b.X < spot.X + w && spot.Y < b.Y + b.H && b.Y < spot.Y + 17);
                    placed.Add((spot.X, spot.Y, w, 17));
                }
            }
        }
    }

    private static string VisibleText(string html) => Regex.Replace(Regex.Replace(html, "<style>.*?</style>", string.Empty, RegexOptions.Singleline), "<[^>]*>", " ");

    [GeneratedRegex("<span class=\"badge [a-z-]+\" title=\"(?<title>[^\"]*)\">(?<word>[^<]*)</span>")]
    private static partial Regex BadgePattern();
}
