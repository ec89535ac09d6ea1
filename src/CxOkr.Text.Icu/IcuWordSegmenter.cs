using System.Globalization;
using ICU4N.Text;

namespace CxOkr.Text.Icu;

/// <summary>
/// Word segmentation by ICU's word break iterator (through ICU4N): Unicode word boundaries (UAX #29) with ICU's
/// dictionaries for the scripts written without spaces between words (Thai, Lao, Khmer, Myanmar, and Chinese and
/// Japanese), and NFKC normalisation by ICU, so it works in a process with .NET's invariant globalization too.
/// </summary>
/// <remarks>
/// <para>A segment is a word when ICU's rule status is a number, letter, kana or ideograph (status 100 or more),
/// as R's <c>stringi::stri_split_boundaries(x, type = "word", skip_word_none = TRUE)</c> has it; punctuation, symbols
/// and spaces are not words. The rules are ICU's root rules for every language. Thai <c>รอ</c> (wait) is then
/// not found inside <c>กรอก</c> (fill in), because ICU splits <c>กรอกข้อมูล</c> into <c>กรอก</c> and
/// <c>ข้อมูล</c>.</para>
/// <para>In a process with invariant globalization, ICU4N needs cultures other than the invariant one to be
/// creatable: set <c>&lt;PredefinedCulturesOnly&gt;false&lt;/PredefinedCulturesOnly&gt;</c> in the application's
/// project (the runtime setting <c>System.Globalization.PredefinedCulturesOnly</c>). The constructor says so when it
/// is missing.</para>
/// </remarks>
/// <threadsafety>Thread-safe: each thread gets its own break iterator; the normaliser is immutable.</threadsafety>
public sealed class IcuWordSegmenter : IWordSegmenter
{
    /// <summary>ICU's lowest rule status of a word segment (numbers 100-199, letters 200-299, kana 300-399, ideographs 400-499).</summary>
    private const int WordStatusFrom = 100;

    [ThreadStatic]
    private static BreakIterator? Iterator;

    private readonly Normalizer2 normalizer;
    private readonly BreakIterator prototype;

    /// <summary>Creates the segmenter, loading ICU's word break rules and dictionaries.</summary>
    /// <exception cref="InvalidOperationException">ICU4N cannot start in this process (invariant globalization without <c>PredefinedCulturesOnly</c> set to false).</exception>
    public IcuWordSegmenter()
    {
        try
        {
            normalizer = Normalizer2.NFKCInstance;
            prototype = BreakIterator.GetWordInstance(CultureInfo.InvariantCulture);
        }
        catch (TypeInitializationException ex)
        {
            throw new InvalidOperationException(
                "ICU4N cannot start: this process uses invariant globalization and refuses cultures other than the invariant one. "
                + "Set <PredefinedCulturesOnly>false</PredefinedCulturesOnly> in the application's project (or turn invariant globalization off).",
                ex);
        }
    }

    /// <inheritdoc/>
    public string Name => "icu";

    /// <inheritdoc/>
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return normalizer.Normalize(text).ToLowerInvariant();
    }

    /// <inheritdoc/>
    /// <returns>Always <see langword="false"/>: every script is segmented by ICU's rules or dictionaries.</returns>
    public bool Split(string text, ICollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        if (text.Length == 0)
        {
            return false;
        }

        // A break iterator holds the text it walks: one per thread, cloned from the loaded prototype.
        var breaks = Iterator ??= (BreakIterator)prototype.Clone();
        breaks.SetText(text);
        var start = breaks.First();
        for (var end = breaks.Next(); end != BreakIterator.Done; start = end, end = breaks.Next())
        {
            if (breaks.RuleStatus >= WordStatusFrom)
            {
                words.Add(text.Substring(start, end - start));
            }
        }

        return false;
    }
}
