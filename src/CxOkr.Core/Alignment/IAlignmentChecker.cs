namespace CxOkr.Alignment;

/// <summary>Runs alignment rules over a cascade.</summary>
/// <threadsafety>Implementations must be thread-safe: AddCxOkr registers the checker as a singleton; AlignmentChecker is.</threadsafety>
public interface IAlignmentChecker
{
    /// <summary>Runs every enabled rule over <paramref name="graph"/>.</summary>
    /// <param name="graph">The indexed cascade.</param>
    /// <returns>The findings, ordered by severity, then rule, then subjects.</returns>
    AlignmentReport Check(CascadeGraph graph);
}
