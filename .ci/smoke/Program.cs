// Package smoke test: uses CxOkr.Core and CxOkr.Storage.Sqlite as a host app would, from the packages.
using CxOkr.Alignment;
using CxOkr.Okrs;
using CxOkr.Serialization;
using CxOkr.Storage;
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
Console.WriteLine("package smoke test passed");
