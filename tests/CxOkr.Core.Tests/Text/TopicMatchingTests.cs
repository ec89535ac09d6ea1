using CxOkr.Text;
using CxOkr.Text.Icu;

namespace CxOkr.Tests.Text;

/// <summary>Each matching rule, with the ICU segmenter (as the tool uses it) and, where it differs, the core's.</summary>
public sealed class TopicMatchingTests
{
    private static readonly Lazy<IcuWordSegmenter> Icu = new(() => new IcuWordSegmenter());

    private static bool Matches(string comment, IWordSegmenter? segmenter = null, string[]? any = null, string[]? all = null, string[]? none = null) =>
        new TopicMatcher(new TopicSet([new TopicDefinition("t", any: any, all: all, none: none)]), segmenter ?? Icu.Value).Match(comment).Count == 1;

    [Theory]
    [InlineData("I was billed twice", false)] // "billed" is not the word "bill"
    [InlineData("the bill was wrong", true)]
    [InlineData("please don't rebill me", false)]
    [InlineData("BILL too high", true)]
    [InlineData("bill-free plan", true)]
    [InlineData("billing-free plan", false)]
    public void A_term_matches_whole_words_only(string comment, bool expected)
    {
        Assert.Equal(expected, Matches(comment, any: ["bill"]));
        Assert.Equal(expected, Matches(comment, UnicodeWordSegmenter.Instance, any: ["bill"]));
    }

    [Theory]
    [InlineData("the app crashed", true)]
    [InlineData("I lost my appetite", false)]
    [InlineData("apps", false)]
    public void App_is_not_appetite(string comment, bool expected) => Assert.Equal(expected, Matches(comment, any: ["app"]));

    [Theory]
    [InlineData("waiting on hold", true)]
    [InlineData("I waited", true)]
    [InlineData("wait", true)]
    [InlineData("await the reply", false)]
    [InlineData("long queue", false)]
    public void A_trailing_star_makes_the_last_word_a_prefix(string comment, bool expected)
    {
        Assert.Equal(expected, Matches(comment, any: ["wait*"]));
        Assert.Equal(expected, Matches(comment, UnicodeWordSegmenter.Instance, any: ["wait*"]));
    }

    [Theory]
    [InlineData("I was on hold for ages", true)]
    [InlineData("on, hold", true)] // punctuation is not a word: the words are contiguous
    [InlineData("hold on", false)]
    [InlineData("on the hold", false)]
    [InlineData("on holding", false)]
    public void A_term_of_several_words_matches_them_contiguously(string comment, bool expected) =>
        Assert.Equal(expected, Matches(comment, any: ["on hold"]));

    [Fact]
    public void A_star_applies_to_the_last_word_of_a_phrase_only()
    {
        Assert.True(Matches("stayed on holding pattern", any: ["on hold*"]));
        Assert.False(Matches("ongoing hold", any: ["on hold*"]));
    }

    [Theory]
    [InlineData("charged twice for one order", true)]
    [InlineData("twice I was charged", true)]
    [InlineData("I was charged", false)]
    [InlineData("twice", false)]
    public void Every_all_term_must_match(string comment, bool expected) => Assert.Equal(expected, Matches(comment, all: ["charged", "twice"]));

    [Fact]
    public void Any_and_all_combine()
    {
        Assert.True(Matches("bill charged twice", any: ["bill", "invoice"], all: ["twice"]));
        Assert.False(Matches("charged twice", any: ["bill", "invoice"], all: ["twice"]));
        Assert.False(Matches("bill charged", any: ["bill", "invoice"], all: ["twice"]));
    }

    [Theory]
    [InlineData("phải chờ lâu", true)]
    [InlineData("chờ đợi quá lâu", false)]
    [InlineData("chờ máy, chờ đợi", false)] // a none term vetoes whatever else matched
    public void A_none_term_vetoes(string comment, bool expected) => Assert.Equal(expected, Matches(comment, any: ["chờ"], none: ["chờ đợi"]));

    [Fact]
    public void A_topic_of_none_terms_only_matches_every_comment_without_them()
    {
        Assert.True(Matches("great service", none: ["bill"]));
        Assert.False(Matches("bill", none: ["bill"]));
        Assert.False(Matches("   ", none: ["bill"])); // no comment, no topic
        Assert.False(Matches(null!, none: ["bill"]));
    }

    [Theory]
    [InlineData("ho\u0301a \u0111o\u031b\u0301n")] // "hóa đớn" decomposed (NFD)
    [InlineData("HO\u0301A \u0110\u01a0N")] // upper case, decomposed acute
    public void Composed_and_decomposed_forms_of_a_letter_are_the_same(string comment)
    {
        var composed = "h\u00f3a";
        Assert.True(Matches(comment, any: [composed]));
        Assert.True(Matches("h\u00f3a", any: ["ho\u0301a"])); // the term may be decomposed too
    }

    [Fact]
    public void Compatibility_forms_are_folded_by_nfkc()
    {
        Assert.True(Matches("\uff22\uff49\uff4c\uff4c too high", any: ["bill"])); // full-width letters
        Assert.True(Matches("the \ufb01le was lost", any: ["file"])); // the "fi" ligature
    }

    [Theory]
    [InlineData("chở hàng chậm", "chờ", false)] // carry, not wait
    [InlineData("chờ máy", "chở", false)]
    [InlineData("chợ đông", "chờ", false)] // market
    [InlineData("cho tôi", "chờ", false)] // no diacritic at all
    [InlineData("chờ máy", "chờ", true)]
    public void Vietnamese_diacritics_are_kept_distinct(string comment, string term, bool expected)
    {
        Assert.Equal(expected, Matches(comment, any: [term]));
        Assert.Equal(expected, Matches(comment, UnicodeWordSegmenter.Instance, any: [term]));
    }

    [Theory]
    [InlineData("กรอกข้อมูลยาก", false)] // fill in the data: รอ is inside กรอก
    [InlineData("กรอกแบบฟอร์มหลายหน้า", false)]
    [InlineData("รอนานมาก", true)] // waited very long
    [InlineData("ต้องรอสายนาน", true)] // had to wait on the line long
    public void Thai_words_inside_longer_words_do_not_match(string comment, bool expected) =>
        Assert.Equal(expected, Matches(comment, any: ["รอ"]));

    [Fact]
    public void The_core_segmenter_matches_thai_approximately_and_says_so()
    {
        var matcher = new TopicMatcher(new TopicSet([new TopicDefinition("wait", any: ["รอ"])]), UnicodeWordSegmenter.Instance);
        var tagged = new bool[1];
        Assert.True(matcher.Tag("กรอกข้อมูลยาก", tagged)); // approximate
        Assert.True(tagged[0]); // and, without a dictionary, found inside กรอก
        Assert.True(new TopicMatcher(matcher.Topics, Icu.Value).Tag("กรอกข้อมูลยาก", tagged) is false && !tagged[0]);
        if (UnicodeWordSegmenter.PlatformNormalizes)
        {
            Assert.False(matcher.Tag("plain english", tagged));
        }
    }

    [Fact]
    public void The_core_segmenter_keeps_the_uax29_rules_it_documents()
    {
        static string Words(string text)
        {
            var words = new List<string>();
            UnicodeWordSegmenter.Instance.Split(text, words);
            return string.Join("|", words);
        }

        Assert.Equal("don't|rebill", Words("don't rebill!"));
        Assert.Equal("1,000.50|e|mail", Words("1,000.50 e-mail"));
        Assert.Equal("snake_case|x", Words("snake_case, x"));
        Assert.Equal("a|b", Words("a:b"));
        Assert.Equal("a|b", Words("a.. b"));
        Assert.Equal(string.Empty, Words(" !? -- "));
        Assert.Equal("hóa|đơn", Words("hóa  đơn."));
    }

    [Fact]
    public void Terms_that_are_no_words_are_refused_naming_the_topic()
    {
        var ex = Assert.Throws<ArgumentException>(() => new TopicMatcher(new TopicSet([new TopicDefinition("billing", any: ["bill", "?!"])])));
        Assert.Contains("billing", ex.Message, StringComparison.Ordinal);
        Assert.Contains("any[1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Definitions_are_validated_naming_the_topic()
    {
        Assert.Contains("'wait'", Assert.Throws<ArgumentException>(() => new TopicDefinition("wait")).Message, StringComparison.Ordinal);
        Assert.Contains("'wait'", Assert.Throws<ArgumentException>(() => new TopicDefinition("wait", any: ["x", " "])).Message, StringComparison.Ordinal);
        Assert.Contains("'wait'", Assert.Throws<ArgumentException>(() => new TopicDefinition("wait", none: ["*"])).Message, StringComparison.Ordinal);
        Assert.Contains("'a'", Assert.Throws<ArgumentException>(() => new TopicSet([new TopicDefinition("a", any: ["x"]), new TopicDefinition("a", any: ["y"])])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_reports_every_topic_in_order()
    {
        var matcher = new TopicMatcher(new TopicSet([
            new TopicDefinition("billing", any: ["bill"]),
            new TopicDefinition("wait", any: ["wait*"]),
            new TopicDefinition("both", all: ["bill", "waiting"]),
        ]), Icu.Value);
        Assert.Equal(["billing", "wait", "both"], matcher.Match("Waiting for the bill"));
        Assert.Equal(["wait"], matcher.Match("waits"));
        Assert.Empty(matcher.Match(string.Empty));
        Assert.Throws<ArgumentException>(() => matcher.Tag("x", new bool[2]));
    }
}
