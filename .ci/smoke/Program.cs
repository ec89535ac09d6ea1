// Package smoke test: uses CxOkr.Core, CxOkr.Storage.Sqlite, CxOkr.Storage.Postgres, CxOkr.Text.Icu and CxOkr.Reporting.Html as a host app would, from the packages.
using CxOkr.Alignment;
using CxOkr.Okrs;
using CxOkr.Reporting;
using CxOkr.Reporting.Html;
using CxOkr.Serialization;
using CxOkr.Storage;
using CxOkr.Text;
using CxOkr.Text.Icu;
using Microsoft.Extensions.DependencyInjection;

var workspace = WorkspaceReader.ReadFile("workspace.json");
var card = new OkrScorer().Score(workspace.Objectives, workspace.Periods, new DateOnly(2026, 11, 27));
var findings = new AlignmentChecker().Check(new CascadeGraph(workspace.Objectives, workspace.Units, workspace.Periods, workspace.Metrics, workspace.MetricLinks));
Console.WriteLine($"scored {card.Objectives.Count} objectives; {findings.Errors} alignment error(s)");
if (card.Objectives.Count != workspace.Objectives.Count || findings.Errors < 1)
{
    throw new InvalidOperationException("unexpected smoke-test result");
}

var services = new ServiceCollection();
services.AddCxOkrSqlite("Data Source=:memory:");
using var provider = services.BuildServiceProvider();
var store = provider.GetRequiredService<IObjectiveStore>();
Console.WriteLine($"resolved {store.GetType().Name} from the SQLite package");
// The PostgreSQL package without a server: the store registers and resolves; nothing connects before first use.
using (var pgProvider = new ServiceCollection().AddCxOkrPostgres("Host=localhost;Database=okrs;Username=okr", schema: "okr").BuildServiceProvider())
{
    Console.WriteLine($"resolved {pgProvider.GetRequiredService<IObjectiveStore>().GetType().Name} from the PostgreSQL package");
}

// Thai by ICU's dictionary: รอ (wait) is a word of "ต้องรอสายนาน" but only the inside of กรอก (fill in).
var matcher = new TopicMatcher(new TopicSet([new TopicDefinition("wait", "Waiting", any: ["wait*", "รอ"])]), new IcuWordSegmenter());
if (matcher.Match("ต้องรอสายนาน").Count != 1 || matcher.Match("กรอกข้อมูลยาก").Count != 0 || matcher.Match("Waiting on hold").Count != 1)
{
    throw new InvalidOperationException("unexpected topic matching from the CxOkr.Text.Icu package");
}

Console.WriteLine("matched Thai topics with the CxOkr.Text.Icu package");
// The HTML report from the CxOkr.Reporting.Html package: a string, no file written by the library.
var report = new ProgrammeReportBuilder().Build(workspace, [], new DateOnly(2026, 11, 27));
var html = new ProgrammeReportHtmlRenderer().Render(report);
if (!html.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal) || !html.Contains(ReportWords.Status(card.Objectives[0].Status), StringComparison.Ordinal))
{
    throw new InvalidOperationException("unexpected HTML from the CxOkr.Reporting.Html package");
}

Console.WriteLine($"rendered a {html.Length:N0}-character HTML report with the CxOkr.Reporting.Html package");
Console.WriteLine("package smoke test passed");
