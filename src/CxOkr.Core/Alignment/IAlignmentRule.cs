using CxOkr.Findings;

namespace CxOkr.Alignment;

/// <summary>One alignment check over a <see cref="CascadeGraph"/>. Implement it to add a rule of your own.</summary>
/// <threadsafety>Implementations must be thread-safe and stateless between calls: one checker runs its rules for every caller.</threadsafety>
public interface IAlignmentRule
{
    /// <summary>The rule's kebab-case id, e.g. <c>cycle</c>; part of the public contract of its findings.</summary>
    string Id { get; }

    /// <summary>The severity of the rule's findings unless <see cref="AlignmentOptions.Severities"/> overrides it.</summary>
    FindingSeverity DefaultSeverity { get; }

    /// <summary>Finds the places where the cascade breaks this rule.</summary>
    /// <param name="graph">The indexed cascade.</param>
    /// <param name="options">The options (thresholds such as <see cref="AlignmentOptions.MaxObjectivesPerUnit"/>).</param>
    /// <returns>Findings with <see cref="Finding.Rule"/> equal to <see cref="Id"/>; the checker sets the final severity and order.</returns>
    IEnumerable<Finding> Check(CascadeGraph graph, AlignmentOptions options);
}
