namespace CxOkr.Findings;

/// <summary>One result of a check over the model: which rule, how serious, about what, and why.</summary>
/// <param name="Rule">A stable kebab-case rule name, such as <c>stage-without-metric</c>.</param>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Subjects">The ids of the things the finding is about, most specific first.</param>
/// <param name="Message">One sentence a person can act on.</param>
public sealed record Finding(string Rule, FindingSeverity Severity, IReadOnlyList<string> Subjects, string Message);
