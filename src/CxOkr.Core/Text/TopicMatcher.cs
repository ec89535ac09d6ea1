using CxOkr.Data;
using CxOkr.Utilities;

namespace CxOkr.Text;

/// <summary>
/// Tags comments with the topics of a <see cref="TopicSet"/>: the topics' terms are compiled once, then each
/// comment is normalised, split into words and matched.
/// </summary>
/// <remarks>
/// <para><b>Normalisation.</b> Comment and terms alike are normalised by the segmenter to Unicode NFKC (so the composed and
/// decomposed forms of a letter, and compatibility forms such as full-width letters, are the same), then lower-cased
/// in the invariant culture. Diacritics are kept: Vietnamese <c>chờ</c> and <c>chở</c> are different words.</para>
/// <para><b>Words.</b> Both are split into words by the same <see cref="IWordSegmenter"/>: Unicode word boundaries
/// (<see cref="UnicodeWordSegmenter"/> by default; CxOkr.Text.Icu adds dictionaries for Thai, Lao, Khmer and Myanmar).
/// Punctuation and spaces are not words.</para>
/// <para><b>Terms.</b> A term matches when its words occur contiguously in the comment's words; a trailing <c>*</c>
/// makes its last word match any word that begins with it (<c>wait*</c> matches <c>waiting</c>). So <c>bill</c> does
/// not match <c>rebill</c>, nor <c>app</c> <c>appetite</c>.</para>
/// <para><b>Topics.</b> A comment is tagged with a topic when at least one of its <see cref="TopicDefinition.Any"/>
/// terms matches (or it has none), every <see cref="TopicDefinition.All"/> term matches and no
/// <see cref="TopicDefinition.None"/> term matches. An empty comment (<see langword="null"/> or blank) has no topic.</para>
/// </remarks>
/// <threadsafety>Thread-safe: immutable once built; comments may be tagged from several threads at once.</threadsafety>
public sealed class TopicMatcher
{
    [ThreadStatic]
    private static Scratch? Buffers;

    private readonly Dictionary<string, int> exactAtoms = new(StringComparer.Ordinal);
    private readonly Dictionary<char, (string Prefix, int Atom)[]> prefixAtoms;
    private readonly int[][] terms;
    private readonly int[][] termsByFirstAtom;
    private readonly int[][] anyTerms;
    private readonly int[][] allTerms;
    private readonly int[][] noneTerms;

    /// <summary>Compiles the topics' terms.</summary>
    /// <param name="topics">The topics.</param>
    /// <param name="segmenter">The word segmenter; <see langword="null"/> for <see cref="UnicodeWordSegmenter"/>.</param>
    /// <exception cref="ArgumentException">A term has no words once split (only punctuation, say); the message names the topic and the term.</exception>
    public TopicMatcher(TopicSet topics, IWordSegmenter? segmenter = null)
    {
        Topics = Guard.NotNull(topics);
        Segmenter = segmenter ?? UnicodeWordSegmenter.Instance;
        var termIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var termList = new List<int[]>();
        var prefixes = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;

        int Atom(string word, bool prefix)
        {
            var atoms = prefix ? prefixes : exactAtoms;
            if (!atoms.TryGetValue(word, out var atom))
            {
                atom = count++;
                atoms.Add(word, atom);
            }

            return atom;
        }

        int[] Compile(TopicDefinition topic, IReadOnlyList<string> termTexts, string kind)
        {
            var ids = new List<int>();
            for (var k = 0; k < termTexts.Count; k++)
            {
                var text = termTexts[k];
                var prefix = text.EndsWith('*');
                var words = new List<string>();
                Segmenter.Split(Segmenter.Normalize(prefix ? text.TrimEnd('*') : text), words);
                if (words.Count == 0)
                {
                    throw new ArgumentException($"topic '{topic.Id}': {kind}[{k}] '{text}' has no words (punctuation and spaces are not words).", nameof(topics));
                }

                var atoms = new int[words.Count];
                for (var w = 0; w < words.Count; w++)
                {
                    atoms[w] = Atom(words[w], prefix && w == words.Count - 1);
                }

                var key = string.Join('\u0001', words) + (prefix ? "\u0001*" : string.Empty);
                if (!termIndex.TryGetValue(key, out var id))
                {
                    id = termList.Count;
                    termIndex.Add(key, id);
                    termList.Add(atoms);
                }

                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }

            return ids.ToArray();
        }

        var topicCount = topics.Topics.Count;
        anyTerms = new int[topicCount][];
        allTerms = new int[topicCount][];
        noneTerms = new int[topicCount][];
        for (var t = 0; t < topicCount; t++)
        {
            var topic = topics.Topics[t];
            anyTerms[t] = Compile(topic, topic.Any, "any");
            allTerms[t] = Compile(topic, topic.All, "all");
            noneTerms[t] = Compile(topic, topic.None, "none");
        }

        terms = termList.ToArray();
        termsByFirstAtom = Enumerable.Range(0, count)
            .Select(a => Enumerable.Range(0, terms.Length).Where(t => terms[t][0] == a).ToArray())
            .ToArray();
        prefixAtoms = prefixes
            .GroupBy(p => p.Key[0])
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Key, p.Value)).ToArray());
    }

    /// <summary>The topics, in the order tags are reported.</summary>
    public TopicSet Topics { get; }

    /// <summary>The word segmenter used for terms and comments.</summary>
    public IWordSegmenter Segmenter { get; }

    /// <summary>Tags one comment: sets <paramref name="tagged"/>[t] to whether topic t matches.</summary>
    /// <param name="comment">The comment; <see langword="null"/> or blank matches no topic.</param>
    /// <param name="tagged">One flag per topic, in the order of <see cref="Topics"/>; every flag is written.</param>
    /// <returns>
    /// <see langword="true"/> when the segmenter split part of the comment only approximately (a script written
    /// without spaces, with no dictionary for it); otherwise <see langword="false"/>.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="tagged"/> does not have one flag per topic, or the comment is not well-formed UTF-16.</exception>
    public bool Tag(string? comment, Span<bool> tagged)
    {
        var topicCount = Topics.Topics.Count;
        if (tagged.Length != topicCount)
        {
            throw new ArgumentException($"{tagged.Length} flags were given for {topicCount} topics.", nameof(tagged));
        }

        tagged.Clear();
        if (string.IsNullOrWhiteSpace(comment))
        {
            return false;
        }

        var s = Buffers ??= new Scratch();
        s.Reset(terms.Length);
        var approximate = Segmenter.Split(Segmenter.Normalize(comment), s.Words);
        var words = s.Words;
        var atomsAt = s.AtomsAt(words.Count);

        // The atoms (exact words and prefixes of the terms) each word matches.
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            atomsAt[i] = s.Atoms.Count;
            if (exactAtoms.TryGetValue(word, out var exact))
            {
                s.Atoms.Add(exact);
            }

            if (word.Length > 0 && prefixAtoms.TryGetValue(word[0], out var candidates))
            {
                foreach (var (prefix, atom) in candidates)
                {
                    if (word.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        s.Atoms.Add(atom);
                    }
                }
            }
        }

        atomsAt[words.Count] = s.Atoms.Count;

        // Terms: from each matched atom, the terms that start with it, checked word by word.
        var matched = s.TermMatched;
        for (var i = 0; i < words.Count; i++)
        {
            for (var k = atomsAt[i]; k < atomsAt[i + 1]; k++)
            {
                foreach (var term in termsByFirstAtom[s.Atoms[k]])
                {
                    if (!matched[term] && TermAt(terms[term], i, words.Count, atomsAt, s.Atoms))
                    {
                        matched[term] = true;
                    }
                }
            }
        }

        for (var t = 0; t < topicCount; t++)
        {
            tagged[t] = (anyTerms[t].Length == 0 || AnyOf(anyTerms[t], matched)) && AllOf(allTerms[t], matched) && !AnyOf(noneTerms[t], matched);
        }

        return approximate;
    }

    /// <summary>The ids of the topics a comment is tagged with, in the order of <see cref="Topics"/>.</summary>
    /// <param name="comment">The comment; <see langword="null"/> or blank matches no topic.</param>
    /// <returns>The ids.</returns>
    /// <exception cref="ArgumentException">The comment is not well-formed UTF-16.</exception>
    public IReadOnlyList<string> Match(string? comment)
    {
        var tagged = new bool[Topics.Topics.Count];
        Tag(comment, tagged);
        return ReadOnly.Wrap(Topics.Topics.Where((_, t) => tagged[t]).Select(topic => topic.Id).ToArray());
    }

    /// <summary>
    /// The table with its text column replaced by one 0/1 column per topic (named by the topic's id, in topic
    /// order, where the text column was): 1 when the row's comment is tagged with the topic, 0 otherwise
    /// (also for an empty comment). Used to put topics into a key-driver analysis beside rated drivers.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="textColumn">The column of comments.</param>
    /// <returns>The new table; <paramref name="table"/> is unchanged.</returns>
    /// <exception cref="DataFormatException">There is no such column, or a topic's id is already the name of another column.</exception>
    public ColumnTable ReplaceTextWithIndicators(ColumnTable table, string textColumn)
    {
        Guard.NotNull(table);
        var at = table.IndexOf(textColumn);
        var topics = Topics.Topics;
        foreach (var topic in topics)
        {
            if (table.Contains(topic.Id) && topic.Id != textColumn)
            {
                throw new DataFormatException($"topic '{topic.Id}' would add a column of that name, but the data already has one: rename the topic or the column.");
            }
        }

        var columns = new double[topics.Count][];
        for (var t = 0; t < topics.Count; t++)
        {
            columns[t] = new double[table.RowCount];
        }

        var tagged = new bool[topics.Count];
        for (var r = 0; r < table.RowCount; r++)
        {
            Tag(table.GetText(r, textColumn), tagged);
            for (var t = 0; t < topics.Count; t++)
            {
                columns[t][r] = tagged[t] ? 1 : 0;
            }
        }

        return table.ReplaceColumn(at, topics.Select(t => t.Id).ToArray(), columns);
    }

    private static bool TermAt(int[] term, int i, int wordCount, int[] atomsAt, List<int> atoms)
    {
        if (i + term.Length > wordCount)
        {
            return false;
        }

        for (var w = 1; w < term.Length; w++)
        {
            var found = false;
            for (var k = atomsAt[i + w]; k < atomsAt[i + w + 1]; k++)
            {
                if (atoms[k] == term[w])
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyOf(int[] ids, bool[] matched)
    {
        foreach (var id in ids)
        {
            if (matched[id])
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllOf(int[] ids, bool[] matched)
    {
        foreach (var id in ids)
        {
            if (!matched[id])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Per-thread buffers of <see cref="Tag"/>, so tagging a million comments does not allocate per comment beyond the words.</summary>
    private sealed class Scratch
    {
        private int[] atomsAt = new int[64];
        private bool[] termMatched = [];

        public List<string> Words { get; } = new();

        public List<int> Atoms { get; } = new();

        public bool[] TermMatched => termMatched;

        public void Reset(int termCount)
        {
            Words.Clear();
            Atoms.Clear();
            if (termMatched.Length != termCount)
            {
                termMatched = new bool[termCount];
            }
            else
            {
                Array.Clear(termMatched);
            }
        }

        public int[] AtomsAt(int wordCount)
        {
            if (atomsAt.Length < wordCount + 1)
            {
                atomsAt = new int[Math.Max(wordCount + 1, atomsAt.Length * 2)];
            }

            return atomsAt;
        }
    }
}
