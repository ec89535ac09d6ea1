using System.Globalization;
using System.Text;
using CxOkr.Utilities;

namespace CxOkr.Text;

/// <summary>
/// The core library's word segmenter: Unicode word boundaries (UAX #29, the subset of its rules that words
/// of letters and digits need), without dictionaries.
/// </summary>
/// <remarks>
/// <para>Rules kept, by their UAX #29 numbers: WB4 (combining marks, format characters and the zero-width joiner
/// stay with the character before them), WB5 (letters join), WB6/WB7 (a letter, a mid-letter such as
/// <c>'</c>, <c>’</c>, <c>.</c> or <c>·</c>, and a letter: <c>don't</c> is one word), WB8-WB10 (letters and
/// digits join), WB11/WB12 (a digit, <c>,</c>, <c>.</c> or <c>;</c>, and a digit: <c>1,000.5</c> is one word),
/// WB13 (Katakana joins), WB13a/WB13b (a connector such as <c>_</c> joins letters and digits); everything else
/// breaks (WB999). As in ICU, the colon is not a mid-letter. Not kept: the Hebrew-letter rules WB7a-WB7c, emoji
/// and regional-indicator pairing (WB3c, WB15, WB16), which only concern segments that are not words.</para>
/// <para>A segment is a word when it holds a letter or a digit. Scripts written without spaces between words
/// (Thai, Lao, Khmer, Myanmar and the other Southeast Asian scripts, and Chinese and Japanese ideographs and
/// Hiragana) need a dictionary, which this segmenter does not have: it makes each character with its marks a
/// word of its own, so a term in such a script matches wherever its letters occur in a row, also inside a
/// longer word (Thai <c>รอ</c> inside <c>กรอก</c>), and <see cref="Split"/> says so by returning
/// <see langword="true"/>. The CxOkr.Text.Icu package segments those scripts with ICU's dictionaries.</para>
/// </remarks>
/// <threadsafety>Thread-safe: stateless.</threadsafety>
public sealed class UnicodeWordSegmenter : IWordSegmenter
{
    /// <summary>The one instance; the segmenter has no settings.</summary>
    public static readonly UnicodeWordSegmenter Instance = new();

    private UnicodeWordSegmenter()
    {
    }

    private enum WordClass : byte
    {
        Other,
        Space,
        Letter,
        Numeric,
        Katakana,
        ExtendNumLet,
        MidLetter,
        MidNum,
        MidNumLet,
        Unspaced,
        Ideographic,
        Extend,
        Newline,
    }

    /// <inheritdoc/>
    public string Name => "unicode";

    /// <summary>
    /// Whether the platform normalises Unicode text: <see langword="false"/> in a process with .NET's invariant
    /// globalization mode, where <see cref="string.Normalize(NormalizationForm)"/> leaves non-ASCII text as it is.
    /// Then <see cref="Normalize"/> only lower-cases, and <see cref="Split"/> reports every text with a non-ASCII
    /// character as approximate. The ICU segmenter of CxOkr.Text.Icu normalises in any mode.
    /// </summary>
    public static bool PlatformNormalizes { get; } = "\uFF21\u0041\u030A".Normalize(NormalizationForm.FormKC) == "A\u00C5";

    /// <inheritdoc/>
    public string Normalize(string text) =>
        (PlatformNormalizes ? Guard.NotNull(text).Normalize(NormalizationForm.FormKC) : Guard.NotNull(text)).ToLowerInvariant();

    /// <inheritdoc/>
    public bool Split(string text, ICollection<string> words)
    {
        Guard.NotNull(text);
        Guard.NotNull(words);
        if (text.Length == 0)
        {
            return false;
        }

        // Units: a character with the marks that follow it (WB4), as (start, end, class).
        var units = new List<(int Start, int End, WordClass Class)>(text.Length);
        var i = 0;
        var approximate = false;
        while (i < text.Length)
        {
            var start = i;
            var cls = Classify(text, ref i);
            if (cls is WordClass.Unspaced or WordClass.Ideographic || (!PlatformNormalizes && text[start] >= 0x80))
            {
                approximate = true;
            }

            if (cls == WordClass.Extend && units.Count > 0 && units[^1].Class is not (WordClass.Newline))
            {
                units[^1] = (units[^1].Start, i, units[^1].Class);
                continue;
            }

            units.Add((start, i, cls == WordClass.Extend ? WordClass.Other : cls));
        }

        var segmentStart = 0;
        for (var u = 0; u < units.Count; u++)
        {
            if (u + 1 == units.Count || Breaks(units, u))
            {
                var hasWord = false;
                for (var k = segmentStart; k <= u; k++)
                {
                    if (units[k].Class is WordClass.Letter or WordClass.Numeric or WordClass.Katakana or WordClass.Unspaced or WordClass.Ideographic)
                    {
                        hasWord = true;
                        break;
                    }
                }

                if (hasWord)
                {
                    words.Add(text.Substring(units[segmentStart].Start, units[u].End - units[segmentStart].Start));
                }

                segmentStart = u + 1;
            }
        }

        return approximate;
    }

    /// <summary>Whether there is a word boundary between unit <paramref name="u"/> and the next.</summary>
    private static bool Breaks(List<(int Start, int End, WordClass Class)> units, int u)
    {
        var a = units[u].Class;
        var b = units[u + 1].Class;
        var before = u > 0 ? units[u - 1].Class : WordClass.Other;
        var after = u + 2 < units.Count ? units[u + 2].Class : WordClass.Other;
        return (a, b) switch
        {
            (WordClass.Space, WordClass.Space) => false, // WB3d
            (WordClass.Letter, WordClass.Letter) => false, // WB5
            (WordClass.Letter, WordClass.MidLetter or WordClass.MidNumLet) when after == WordClass.Letter => false, // WB6
            (WordClass.MidLetter or WordClass.MidNumLet, WordClass.Letter) when before == WordClass.Letter => false, // WB7
            (WordClass.Numeric, WordClass.Numeric) => false, // WB8
            (WordClass.Letter, WordClass.Numeric) => false, // WB9
            (WordClass.Numeric, WordClass.Letter) => false, // WB10
            (WordClass.MidNum or WordClass.MidNumLet, WordClass.Numeric) when before == WordClass.Numeric => false, // WB11
            (WordClass.Numeric, WordClass.MidNum or WordClass.MidNumLet) when after == WordClass.Numeric => false, // WB12
            (WordClass.Katakana, WordClass.Katakana) => false, // WB13
            (WordClass.Letter or WordClass.Numeric or WordClass.Katakana or WordClass.ExtendNumLet, WordClass.ExtendNumLet) => false, // WB13a
            (WordClass.ExtendNumLet, WordClass.Letter or WordClass.Numeric or WordClass.Katakana) => false, // WB13b
            _ => true,
        };
    }

    /// <summary>The word-break class of the code point at <paramref name="i"/>, moving past it.</summary>
    private static WordClass Classify(string text, ref int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            i++;
            return c switch
            {
                >= 'a' and <= 'z' or >= 'A' and <= 'Z' => WordClass.Letter,
                >= '0' and <= '9' => WordClass.Numeric,
                '\'' or '.' => WordClass.MidNumLet,
                ',' or ';' => WordClass.MidNum,
                '_' => WordClass.ExtendNumLet,
                ' ' => WordClass.Space,
                '\n' or '\r' or '\v' or '\f' => WordClass.Newline,
                _ => WordClass.Other,
            };
        }

        if (!Rune.TryGetRuneAt(text, i, out var rune))
        {
            i++; // a lone surrogate
            return WordClass.Other;
        }

        i += rune.Utf16SequenceLength;
        var v = rune.Value;
        switch (v)
        {
            case 0x2018 or 0x2019 or 0x2024 or 0xFE52 or 0xFF07 or 0xFF0E:
                return WordClass.MidNumLet;
            case 0x00B7 or 0x0387 or 0x055F or 0x05F4 or 0x2027 or 0xFE13:
                return WordClass.MidLetter;
            case 0x037E or 0x0589 or 0x060C or 0x060D or 0x066C or 0x07F8 or 0x2044 or 0xFE10 or 0xFE14 or 0xFE50 or 0xFE54 or 0xFF0C or 0xFF1B:
                return WordClass.MidNum;
            case 0x200D:
                return WordClass.Extend;
            case 0x0085 or 0x2028 or 0x2029:
                return WordClass.Newline;
            case 0x202F:
                return WordClass.ExtendNumLet;
            default:
                break;
        }

        var category = Rune.GetUnicodeCategory(rune);
        switch (category)
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                return WordClass.Extend;
            case UnicodeCategory.Format:
                return v == 0x200B ? WordClass.Other : WordClass.Extend;
            case UnicodeCategory.DecimalDigitNumber:
                return WordClass.Numeric;
            case UnicodeCategory.ConnectorPunctuation:
                return WordClass.ExtendNumLet;
            case UnicodeCategory.SpaceSeparator:
                return WordClass.Space;
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber:
                return LetterClass(v);
            default:
                return WordClass.Other;
        }
    }

    private static WordClass LetterClass(int v)
    {
        if (IsUnspaced(v))
        {
            return WordClass.Unspaced;
        }

        if (v is (>= 0x30A0 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0xFF66 and <= 0xFF9D) or (>= 0x32D0 and <= 0x32FE))
        {
            return v == 0x30FB ? WordClass.Other : WordClass.Katakana;
        }

        if (v is (>= 0x3040 and <= 0x309F) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0x20000 and <= 0x3FFFF) or 0x3005 or 0x3006 or 0x3007 or (>= 0x3021 and <= 0x3029))
        {
            return WordClass.Ideographic;
        }

        return WordClass.Letter;
    }

    /// <summary>Letters of the scripts that Unicode's line-break property marks as complex context (SA): written without spaces between words.</summary>
    internal static bool IsUnspaced(int v) =>
        v is (>= 0x0E00 and <= 0x0EFF) // Thai, Lao
        or (>= 0x1000 and <= 0x109F) // Myanmar
        or (>= 0x1780 and <= 0x17FF) // Khmer
        or (>= 0x1950 and <= 0x19DF) // Tai Le, New Tai Lue
        or (>= 0x1A20 and <= 0x1AAF) // Tai Tham
        or (>= 0xA9E0 and <= 0xA9FF) // Myanmar Extended-B
        or (>= 0xAA60 and <= 0xAADF); // Myanmar Extended-A, Tai Viet
}
