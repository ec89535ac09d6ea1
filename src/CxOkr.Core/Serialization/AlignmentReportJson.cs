using CxOkr.Alignment;
using CxOkr.Findings;

namespace CxOkr.Serialization;

// The JSON shape of an AlignmentReport as `cxokr align --format json` prints it; `cxokr journeys` ends with
// the same two fields.
#pragma warning disable SA1402 // one file for the report's DTOs: they only make sense together

internal sealed record AlignmentReportJson(IReadOnlyList<FindingJson> Findings, FindingSummaryJson Summary)
{
    public static AlignmentReportJson From(AlignmentReport report) =>
        new(report.Findings.Select(FindingJson.From).ToList(), new FindingSummaryJson(report.Errors, report.Warnings, report.Infos));
}

internal sealed record FindingJson(string Rule, string Severity, IReadOnlyList<string> Subjects, string Message)
{
    public static FindingJson From(Finding finding) => new(finding.Rule, JsonNames.Camel(finding.Severity), finding.Subjects, finding.Message);
}

internal sealed record FindingSummaryJson(int Error, int Warning, int Info);
