namespace CxOkr.Cli.Tests;

public sealed class ReportCommandTests
{
    private static readonly string Workspace = CliRunner.TestData(Path.Combine("examples", "workspace.json"));
    private static readonly string Responses = CliRunner.TestData(Path.Combine("examples", "responses.csv"));

    [Fact]
    public void Report_prints_a_summary_and_writes_one_self_contained_html_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"cxokr-report-{Guid.NewGuid():N}");
        try
        {
            var (code, output, error) = CliRunner.Run("report", Workspace, "--responses", Responses, "--as-of", "2026-11-27", "--bootstrap", "200", "--out", folder);
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error);
            Assert.Contains("Key drivers of Support satisfaction (top-2-box) (", output, StringComparison.Ordinal);
            var html = File.ReadAllText(Path.Combine(folder, "report.html"));
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
            Assert.True(html.Split("<svg").Length - 1 >= 20, "expected progress bars and charts as inline SVG");
            Assert.Contains("Priority matrix: Support satisfaction (top-2-box)", html, StringComparison.Ordinal);
            Assert.Contains("<polygon", html, StringComparison.Ordinal); // interval bands of the trend charts
            Assert.Contains("bootstrap resamples", html, StringComparison.Ordinal); // whiskers on the importance chart
            Assert.Contains("<h2>Tier linkage</h2>", html, StringComparison.Ordinal);
            Assert.Contains("Links into Relationship NPS", html, StringComparison.Ordinal); // the tier diagram
            Assert.Contains("95% BCa interval of the total (200 resamples)", html, StringComparison.Ordinal); // the ranking table
            Assert.DoesNotContain("not estimated", html, StringComparison.Ordinal);
            Assert.Contains("Tier linkage into nps (", output, StringComparison.Ordinal); // the terminal summary
            Assert.Contains("<h2>Drivers of behaviour (logit)</h2>", html, StringComparison.Ordinal);
            Assert.Contains("Priority matrix: Left within 90 days of the survey", html, StringComparison.Ordinal);
            Assert.Contains("Drivers of churned (support, logit): McFadden R²", output, StringComparison.Ordinal);
            Assert.DoesNotContain("What customers write about", html, StringComparison.Ordinal); // topics only with --topics
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Topics_add_per_journey_impact_charts_and_example_comments_escaped_as_text()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"cxokr-report-{Guid.NewGuid():N}");
        try
        {
            var topics = CliRunner.TestData(Path.Combine("examples", "topics.json"));
            var (code, output, error) = CliRunner.Run("report", Workspace, "--responses", Responses, "--as-of", "2026-11-27", "--bootstrap", "0", "--topics", topics, "--out", folder);
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error);
            Assert.Contains("Topics in support: ", output, StringComparison.Ordinal);
            var html = File.ReadAllText(Path.Combine(folder, "report.html"));
            Assert.Contains("<h2>What customers write about</h2>", html, StringComparison.Ordinal);
            Assert.Contains("NPS impact by topic: Getting help", html, StringComparison.Ordinal);
            Assert.Contains("NPS impact by topic: Getting connected", html, StringComparison.Ordinal);
            Assert.Contains("<ul class=\"examples\">", html, StringComparison.Ordinal);
            Assert.Contains("ช่าง", html, StringComparison.Ordinal); // Thai comments as written
            // The example's deliberate comment with markup is text, not markup.
            Assert.Contains("My bill says &lt;b&gt;&#163;0&lt;/b&gt; &amp; &quot;paid&quot; &lt;script&gt;", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void A_comment_with_a_bidi_override_is_isolated_in_the_topics_section()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"cxokr-report-{Guid.NewGuid():N}");
        try
        {
            using var responses = new TempFile(".csv", "respondent_id,date,journey,weight,nps,remarks\nR1,2026-10-01,support,1,3,waited \u202E on hold 10\nR2,2026-10-02,support,1,9,fine\n");
            var topics = CliRunner.TestData(Path.Combine("examples", "topics.json"));
            var (code, _, error) = CliRunner.Run("report", Workspace, "--responses", responses.Path, "--as-of", "2026-11-27", "--topics", topics, "--text", "remarks", "--out", folder);
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error);
            var html = File.ReadAllText(Path.Combine(folder, "report.html"));
            Assert.Contains("<li>\u2068waited \u202E on hold 10\u2069</li>", html, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Text_without_topics_is_a_usage_error()
    {
        var (code, _, error) = CliRunner.Run("report", Workspace, "--responses", Responses, "--text", "comment", "--out", Path.GetTempPath());
        Assert.Equal(2, code);
        Assert.Contains("--text is only used with --topics", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_responses_file_exits_2_with_the_line()
    {
        using var file = new TempFile(".csv", "respondent_id,date,journey,weight,nps\nR1,2026-10-01,support,1,9\nR2,2026-13-01,support,1,7\n");
        var path = file.Path;
        var (code, _, error) = CliRunner.Run("report", Workspace, "--responses", path, "--out", Path.GetTempPath());
        Assert.Equal(2, code);
        Assert.Contains("line 3, column 'date'", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Text_in_a_workspace_metric_column_exits_2_naming_line_and_column()
    {
        using var file = new TempFile(".csv", "respondent_id,date,journey,weight,support_sat\nR1,2026-10-01,support,1,4\nR2,2026-10-02,support,1,n/a\n");
        var path = file.Path;
        var (code, _, error) = CliRunner.Run("report", Workspace, "--responses", path, "--out", Path.GetTempPath());
        Assert.Equal(2, code);
        Assert.Contains("line 3, column 'support_sat': 'n/a' is not a number", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void A_workspace_read_leniently_with_a_repeated_objective_and_an_unknown_period_is_reported_not_a_bug()
    {
        // The lenient reader turns these into alignment findings; scoring used to throw ArgumentException,
        // which the tool now reports as a bug (exit 70). The report scores what it can and says what it left out.
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Workspace))!.AsObject();
        var objectives = json["objectives"]!.AsArray();
        var copy = objectives[0]!.DeepClone();
        copy["keyResults"] = new System.Text.Json.Nodes.JsonArray();
        objectives.Add(copy);
        var stray = objectives[1]!.DeepClone();
        stray["id"] = "o-stray";
        stray["periodId"] = "2031-Q9";
        stray["keyResults"] = new System.Text.Json.Nodes.JsonArray();
        objectives.Add(stray);
        using var file = new TempFile(".json", json.ToJsonString());
        var folder = Path.Combine(Path.GetTempPath(), $"cxokr-report-{Guid.NewGuid():N}");
        try
        {
            var (code, output, error) = CliRunner.Run("report", file.Path, "--as-of", "2026-11-27", "--out", folder);
            Assert.True(code is 0 or 1, $"exit {code}: {error}");
            Assert.DoesNotContain("bug", error, StringComparison.OrdinalIgnoreCase);
            Assert.Contains($"Objective id '{objectives[0]!["id"]}' is used more than once; only the first is scored.", output, StringComparison.Ordinal);
            Assert.Contains("Objective 'o-stray' names period '2031-Q9', which the workspace does not define, so it is not scored.", output, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
