using CxOkr.Utilities;

namespace CxOkr.Text;

/// <summary>
/// One topic of open-ended comments, defined by terms the way Qualtrics Text iQ topic queries are: a comment is
/// tagged with the topic when at least one <see cref="Any"/> term occurs in it (or there are no <see cref="Any"/>
/// terms), every <see cref="All"/> term occurs, and no <see cref="None"/> term occurs.
/// </summary>
/// <remarks>
/// A term is one or more words (<c>on hold</c>) that must occur in a row in the comment's words; a trailing
/// <c>*</c> makes its last word match as a prefix (<c>wait*</c> matches <c>waiting</c>). Matching rules are in
/// <see cref="TopicMatcher"/> and docs/topics.md.
/// </remarks>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class TopicDefinition
{
    /// <summary>Creates a topic.</summary>
    /// <param name="id">The topic's id, unique in its <see cref="TopicSet"/>; a column name in indicator tables.</param>
    /// <param name="name">The name shown to people; <see langword="null"/> uses the id.</param>
    /// <param name="any">Terms of which at least one must occur; <see langword="null"/> or empty for none.</param>
    /// <param name="all">Terms that must all occur; <see langword="null"/> or empty for none.</param>
    /// <param name="none">Terms none of which may occur; <see langword="null"/> or empty for none.</param>
    /// <exception cref="ArgumentException">The id is blank, a term is blank or only <c>*</c>, or the topic has no term at all; the message names the topic.</exception>
    public TopicDefinition(string id, string? name = null, IEnumerable<string>? any = null, IEnumerable<string>? all = null, IEnumerable<string>? none = null)
    {
        Id = Guard.NotBlank(id).Trim();
        Name = string.IsNullOrWhiteSpace(name) ? Id : name.Trim();
        Any = Terms(any, "any");
        All = Terms(all, "all");
        None = Terms(none, "none");
        if (Any.Count + All.Count + None.Count == 0)
        {
            throw new ArgumentException($"topic '{Id}' has no terms: give at least one in any, all or none.", nameof(any));
        }
    }

    /// <summary>The topic's id.</summary>
    public string Id { get; }

    /// <summary>The topic's name for people.</summary>
    public string Name { get; }

    /// <summary>Terms of which at least one must occur (none: no such condition).</summary>
    public IReadOnlyList<string> Any { get; }

    /// <summary>Terms that must all occur.</summary>
    public IReadOnlyList<string> All { get; }

    /// <summary>Terms none of which may occur.</summary>
    public IReadOnlyList<string> None { get; }

    /// <summary>The same topic without its <see cref="All"/> terms (or <see langword="null"/> when it has only those).</summary>
    /// <returns>The topic with the same id, name, <see cref="Any"/> and <see cref="None"/> terms.</returns>
    public TopicDefinition? WithoutAll() => Any.Count + None.Count == 0 ? null : new TopicDefinition(Id, Name, Any, null, None);

    /// <summary>The same topic with one more <see cref="None"/> term.</summary>
    /// <param name="term">The term.</param>
    /// <returns>The topic with the term added.</returns>
    /// <exception cref="ArgumentException">The term is blank or only <c>*</c>.</exception>
    public TopicDefinition WithNone(string term) => new(Id, Name, Any, All, None.Append(term));

    private IReadOnlyList<string> Terms(IEnumerable<string>? terms, string kind)
    {
        if (terms is null)
        {
            return [];
        }

        var list = new List<string>();
        var k = 0;
        foreach (var term in terms)
        {
            if (term is null || term.Trim().TrimEnd('*').Trim().Length == 0)
            {
                throw new ArgumentException($"topic '{Id}': {kind}[{k}] is an empty term.", kind);
            }

            list.Add(term.Trim());
            k++;
        }

        return ReadOnly.Wrap(list);
    }
}
