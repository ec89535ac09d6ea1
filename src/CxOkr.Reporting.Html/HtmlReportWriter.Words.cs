using System.Runtime.CompilerServices;
using CxOkr.Journeys;
using CxOkr.Okrs;
using static CxOkr.Reporting.Html.Svg;

namespace CxOkr.Reporting.Html;

/// <summary>Words for people: the workspace's names for its ids, the status vocabulary and badges, numbers with units.</summary>
internal static partial class HtmlReportWriter
{
    private static readonly ConditionalWeakTable<ProgrammeReport, ReportNames> NameCache = [];

    /// <summary>The names of the report's workspace (built once per report).</summary>
    private static ReportNames Names(ProgrammeReport report) => NameCache.GetValue(report, static r => new ReportNames(r.Workspace));

    /// <summary>The CSS class of a status's colour.</summary>
    private static string StatusClass(OkrStatus? status) => status switch
    {
        OkrStatus.Achieved => "st-achieved",
        OkrStatus.OnTrack => "st-ontrack",
        OkrStatus.AtRisk => "st-atrisk",
        OkrStatus.OffTrack => "st-offtrack",
        _ => "st-none",
    };

    /// <summary>The colour of a status, for SVG fills.</summary>
    private static string StatusColour(OkrStatus? status) => status switch
    {
        OkrStatus.Achieved => DarkGreen,
        OkrStatus.OnTrack => Green,
        OkrStatus.AtRisk => Yellow,
        OkrStatus.OffTrack => Red,
        _ => Grey,
    };

    /// <summary>A status badge in plain words whose hover text is the reason (never empty).</summary>
    private static string Badge(OkrStatus? status, string reason) =>
        $"<span class=\"badge {StatusClass(status)}\" title=\"{Esc(ReportWords.Status(status) + ": " + reason)}\">{ReportWords.Status(status)}</span>";

    /// <summary>A name with its id as a secondary hint on hover (the id alone when it has no name).</summary>
    private static string Named(string name, string id) =>
        name == id ? Esc(name) : $"<span title=\"{Esc(id)}\">{Esc(name)}</span>";

    /// <summary>The workspace's names by id (the first of a repeated id wins, as scoring does).</summary>
    private sealed class ReportNames
    {
        private readonly Dictionary<string, Objective> _objectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (KeyResult KeyResult, Objective Objective)> _keyResults = new(StringComparer.Ordinal);
        private readonly Dictionary<string, MetricDefinition> _metrics = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _units = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _journeys = new(StringComparer.Ordinal);

        public ReportNames(Workspace workspace)
        {
            foreach (var o in workspace.Objectives)
            {
                _objectives.TryAdd(o.Id, o);
                foreach (var kr in o.KeyResults)
                {
                    _keyResults.TryAdd(kr.Id, (kr, o));
                }
            }

            foreach (var m in workspace.Metrics)
            {
                _metrics.TryAdd(m.Id, m);
            }

            foreach (var u in workspace.Units)
            {
                _units.TryAdd(u.Id, u.Name);
            }

            foreach (var j in workspace.Journeys)
            {
                _journeys.TryAdd(j.Id, j.Name);
            }
        }

        public Objective? Objective(string id) => _objectives.GetValueOrDefault(id);

        public (KeyResult KeyResult, Objective Objective)? KeyResult(string id) => _keyResults.TryGetValue(id, out var kr) ? kr : null;

        public MetricDefinition? Metric(string id) => _metrics.GetValueOrDefault(id);

        public string MetricName(string id) => _metrics.TryGetValue(id, out var m) ? m.Name : id;

        public string? Unit(string metricId) => _metrics.TryGetValue(metricId, out var m) ? m.Unit : null;

        public string UnitName(string id) => _units.GetValueOrDefault(id, id);

        public string JourneyName(string id) => _journeys.GetValueOrDefault(id, id);

        public string ObjectiveTitle(string id) => _objectives.TryGetValue(id, out var o) ? o.Title : id;

        /// <summary>A key result's or objective's title for an achievement's subject.</summary>
        public string SubjectTitle(string id) => _keyResults.TryGetValue(id, out var kr) ? kr.KeyResult.Title : ObjectiveTitle(id);
    }
}
