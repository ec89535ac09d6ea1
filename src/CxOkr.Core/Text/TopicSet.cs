using CxOkr.Utilities;

namespace CxOkr.Text;

/// <summary>The topics of one analysis, in order, with unique ids (ordinal comparison).</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class TopicSet
{
    /// <summary>Creates a topic set.</summary>
    /// <param name="topics">The topics, at least one; ids must be unique.</param>
    /// <exception cref="ArgumentException">No topic, a null topic, or an id used twice (the message names it).</exception>
    public TopicSet(IEnumerable<TopicDefinition> topics)
    {
        Guard.NotNull(topics);
        var list = new List<TopicDefinition>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            if (topic is null)
            {
                throw new ArgumentNullException(nameof(topics), $"topic {list.Count + 1} is null.");
            }

            if (!ids.Add(topic.Id))
            {
                throw new ArgumentException($"topic '{topic.Id}' is defined twice: topic ids must be unique.", nameof(topics));
            }

            list.Add(topic);
        }

        if (list.Count == 0)
        {
            throw new ArgumentException("a topic set needs at least one topic.", nameof(topics));
        }

        Topics = ReadOnly.Wrap(list);
    }

    /// <summary>The topics in the order given.</summary>
    public IReadOnlyList<TopicDefinition> Topics { get; }
}
