using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Linkage;
using CxOkr.Reporting;
using CxOkr.Serialization;

namespace CxOkr.Tests.Reporting;

/// <summary>The tier-linkage section of the programme report on the bundled example.</summary>
public sealed class ReportLinkageTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "TestData", "examples");
    private static readonly DateOnly AsOf = new(2026, 11, 27);

    [Fact]
    public void The_example_links_nps_through_both_journeys_on_the_respondents_who_rated_both()
    {
        var workspace = WorkspaceReader.ReadFile(Path.Combine(Examples, "workspace.json"), WorkspaceReadMode.Lenient);
        var responses = ResponseCsvReader.ReadFile(Path.Combine(Examples, "responses.csv"), new ResponseCsvOptions { MetricColumns = workspace.Metrics.Select(static m => m.Id).ToArray() });
        var report = new ProgrammeReportBuilder { LinkageOptions = new LinkageOptions { Bootstrap = new BootstrapOptions { Replicates = 20 } } }.Build(workspace, responses, AsOf);
        Assert.DoesNotContain(report.Notes, static n => n.StartsWith("Tier linkage", StringComparison.Ordinal));
        var nps = Assert.Single(report.Linkage);
        Assert.Equal("nps", nps.Target);
        var npsEquation = nps.Equations.Single(static e => e.MetricId == "nps");
        Assert.Equal(["onboarding_sat", "support_sat"], npsEquation.Terms.Select(static t => t.MetricId).Order(StringComparer.Ordinal));
        Assert.Equal(responses.Count(r => r.Date <= AsOf && r.Values.ContainsKey("support_sat") && r.Values.ContainsKey("onboarding_sat") && r.Values.ContainsKey("nps")), npsEquation.NUsed);

        // The same numbers as the analyzer on the CSV itself, restricted to the responses up to the as-of date.
        var used = responses.Where(r => r.Date <= AsOf).ToList();
        Assert.Equal("weight", nps.Weight);
        Assert.Equal(20, nps.Bootstrap!.Replicates);
        var table = CsvTableReader.ReadFile(Path.Combine(Examples, "responses.csv"));
        var dates = table.ColumnNames.Contains("date") ? Enumerable.Range(0, table.RowCount).Select(r => DateOnly.Parse(table.GetText(r, "date")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [];
        var keep = Enumerable.Range(0, table.RowCount).Where(r => dates[r] <= AsOf).ToArray();
        var names = new[] { "support_sat", "chat_csat", "hold_time", "agent_knowledge", "agent_courtesy", "first_contact_fix", "phone_transfer", "follow_up_clarity", "app_help", "weight" };
        var subset = ColumnTable.FromColumns(names, names.Select(n => keep.Select(r => table.NumericColumn(n)[r]).ToArray()).ToArray());
        var direct = new LinkageAnalyzer(new LinkageOptions { Weight = "weight" }).Analyze(workspace.Metrics.DistinctBy(static m => m.Id), workspace.MetricLinks, subset, "support_sat");
        Assert.Equal(direct.Equations[0].Terms.Select(static t => t.Coefficient), nps.Equations.Single(static e => e.MetricId == "support_sat").Terms.Select(static t => t.Coefficient));
        Assert.Equal(used.Count(static r => r.Values.ContainsKey("support_sat")), subset.RowCount - Enumerable.Range(0, subset.RowCount).Count(r => double.IsNaN(subset.NumericColumn("support_sat")[r])));
    }

    [Fact]
    public void Without_responses_there_is_no_linkage_section()
    {
        var workspace = WorkspaceReader.ReadFile(Path.Combine(Examples, "workspace.json"), WorkspaceReadMode.Lenient);
        Assert.Empty(new ProgrammeReportBuilder().Build(workspace, [], AsOf).Linkage);
    }
}
