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
    public void The_example_notes_why_nps_cannot_be_linked_and_links_its_journey_metrics_instead()
    {
        var workspace = WorkspaceReader.ReadFile(Path.Combine(Examples, "workspace.json"), WorkspaceReadMode.Lenient);
        var responses = ResponseCsvReader.ReadFile(Path.Combine(Examples, "responses.csv"), new ResponseCsvOptions { MetricColumns = workspace.Metrics.Select(static m => m.Id).ToArray() });
        var report = new ProgrammeReportBuilder { LinkageOptions = new LinkageOptions { Bootstrap = new BootstrapOptions { Replicates = 20 } } }.Build(workspace, responses, AsOf);
        Assert.Contains(report.Notes, static n => n.StartsWith("Tier linkage into 'nps': not estimated: equation 'nps' (on support_sat, onboarding_sat) has 0 complete rows", StringComparison.Ordinal));
        Assert.Equal(["support_sat", "onboarding_sat"], report.Linkage.Select(static l => l.Target));

        // The same numbers as the analyzer on the CSV itself, restricted to the responses up to the as-of date.
        var used = responses.Where(r => r.Date <= AsOf).ToList();
        var support = report.Linkage[0];
        Assert.Equal("weight", support.Weight);
        Assert.Equal(20, support.Bootstrap!.Replicates);
        var table = CsvTableReader.ReadFile(Path.Combine(Examples, "responses.csv"));
        var dates = table.ColumnNames.Contains("date") ? Enumerable.Range(0, table.RowCount).Select(r => DateOnly.Parse(table.GetText(r, "date")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [];
        var keep = Enumerable.Range(0, table.RowCount).Where(r => dates[r] <= AsOf).ToArray();
        var names = new[] { "support_sat", "chat_csat", "hold_time", "agent_knowledge", "agent_courtesy", "first_contact_fix", "phone_transfer", "follow_up_clarity", "app_help", "weight" };
        var subset = ColumnTable.FromColumns(names, names.Select(n => keep.Select(r => table.NumericColumn(n)[r]).ToArray()).ToArray());
        var direct = new LinkageAnalyzer(new LinkageOptions { Weight = "weight" }).Analyze(workspace.Metrics.DistinctBy(static m => m.Id), workspace.MetricLinks, subset, "support_sat");
        Assert.Equal(direct.Equations[0].Terms.Select(static t => t.Coefficient), support.Equations[0].Terms.Select(static t => t.Coefficient));
        Assert.Equal(used.Count(static r => r.Values.ContainsKey("support_sat")), subset.RowCount - Enumerable.Range(0, subset.RowCount).Count(r => double.IsNaN(subset.NumericColumn("support_sat")[r])));
    }

    [Fact]
    public void Without_responses_there_is_no_linkage_section()
    {
        var workspace = WorkspaceReader.ReadFile(Path.Combine(Examples, "workspace.json"), WorkspaceReadMode.Lenient);
        Assert.Empty(new ProgrammeReportBuilder().Build(workspace, [], AsOf).Linkage);
    }
}
