using CxOkr.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CxOkr.Tests.Text;

/// <summary>Laws of topic matching on random comments and topics over a small vocabulary (FsCheck).</summary>
public sealed class TopicLawTests
{
    private static readonly string[] Vocabulary = ["bill", "billing", "wait", "waiting", "on", "hold", "chờ", "chở", "đợi", "app", "twice", "charged", "hóa", "đơn"];

    private static Gen<string> Term =>
        from k in Gen.Choose(1, 2)
        from words in Gen.Elements(Vocabulary).ArrayOf(k)
        from star in Gen.Elements(false, false, true)
        select string.Join(' ', words) + (star ? "*" : string.Empty);

    private static Gen<string[]> Comments =>
        (from k in Gen.Choose(0, 8)
         from words in Gen.Elements([.. Vocabulary, ",", "!", "x"]).ArrayOf(k)
         select string.Join(' ', words)).ArrayOf();

    private static Gen<TopicDefinition> Topic =>
        from any in Term.ArrayOf().Select(a => a.Take(3).ToArray())
        from all in Term.ArrayOf().Select(a => a.Take(2).ToArray())
        from none in Term.ArrayOf().Select(a => a.Take(2).ToArray())
        from first in Term
        select new TopicDefinition("t", any: any.Length + all.Length + none.Length == 0 ? [first] : any, all: all, none: none);

    private static int Count(TopicDefinition topic, string[] comments)
    {
        var matcher = new TopicMatcher(new TopicSet([topic]));
        return comments.Count(c => matcher.Match(c).Count == 1);
    }

    [Property(MaxTest = 300)]
    public Property Adding_a_none_term_never_increases_a_count() =>
        Prop.ForAll(Topic.ToArbitrary(), Term.ToArbitrary(), Comments.ToArbitrary(), (topic, term, comments) =>
            Count(topic.WithNone(term), comments) <= Count(topic, comments));

    [Property(MaxTest = 300)]
    public Property A_topic_counts_no_more_than_the_same_topic_without_its_all_terms() =>
        Prop.ForAll(Topic.ToArbitrary(), Comments.ToArbitrary(), (topic, comments) =>
            topic.WithoutAll() is not { } without || Count(topic, comments) <= Count(without, comments));

    [Property(MaxTest = 200)]
    public Property Tagging_does_not_depend_on_the_other_topics() =>
        Prop.ForAll(Topic.ToArbitrary(), Topic.ToArbitrary(), Comments.ToArbitrary(), (a, b, comments) =>
        {
            var alone = new TopicMatcher(new TopicSet([a]));
            var together = new TopicMatcher(new TopicSet([a, new TopicDefinition("u", any: b.Any, all: b.All, none: b.None.Count + b.Any.Count + b.All.Count == 0 ? ["x"] : b.None)]));
            return comments.All(c => alone.Match(c).Contains("t") == together.Match(c).Contains("t"));
        });
}
