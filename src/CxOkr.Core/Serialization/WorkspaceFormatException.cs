namespace CxOkr.Serialization;

/// <summary>
/// Raised when a workspace document cannot be used. Lists every problem found, each with its JSON
/// path; nothing from the document has been used when it is raised.
/// </summary>
public sealed class WorkspaceFormatException : CxOkrException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">At least one problem.</param>
    public WorkspaceFormatException(IReadOnlyList<WorkspaceProblem> problems)
        : base(Describe(problems))
    {
        Problems = Utilities.ReadOnly.CopyOf(problems);
    }

    /// <summary>Creates the exception for a document that is not well-formed JSON or does not fit the shape.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="innerException">The parser's error.</param>
    public WorkspaceFormatException(WorkspaceProblem problem, Exception innerException)
        : base(Describe([problem]), innerException)
    {
        Problems = Utilities.ReadOnly.Wrap(new[] { problem });
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<WorkspaceProblem> Problems { get; }

    private static string Describe(IReadOnlyList<WorkspaceProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var shown = problems.Take(5).Select(static p => p.ToString());
        var more = problems.Count > 5 ? $" (and {problems.Count - 5} more)" : string.Empty;
        return $"The workspace document has {problems.Count} problem(s): {string.Join(" ", shown)}{more}";
    }
}
