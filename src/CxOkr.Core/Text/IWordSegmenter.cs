namespace CxOkr.Text;

/// <summary>
/// Normalises text and splits it into words for topic matching: punctuation, symbols and spaces are not words.
/// </summary>
/// <remarks>
/// The core library has <see cref="UnicodeWordSegmenter"/> (Unicode word boundaries, UAX #29); the satellite
/// package CxOkr.Text.Icu has a segmenter on ICU's break iterator, with dictionaries for scripts written without
/// spaces between words (Thai, Lao, Khmer, Myanmar). A segmenter must give the same words for the same text every
/// time: the words of a topic's terms and of a comment are found by the same segmenter.
/// </remarks>
/// <threadsafety>Implementations must be safe to call from several threads at once.</threadsafety>
public interface IWordSegmenter
{
    /// <summary>A short name of the segmenter for results and messages, e.g. <c>unicode</c> or <c>icu</c>.</summary>
    string Name { get; }

    /// <summary>Normalises text for matching: Unicode NFKC, then lower case in the invariant culture.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalised text.</returns>
    string Normalize(string text);

    /// <summary>Adds the words of <paramref name="text"/>, in order, to <paramref name="words"/>.</summary>
    /// <param name="text">The text as <see cref="Normalize"/> returned it.</param>
    /// <param name="words">Where the words go; the segmenter only adds to it.</param>
    /// <returns>
    /// <see langword="true"/> when part of the text is in a script the segmenter split only approximately (for
    /// the core's segmenter: text in a script written without spaces, such as Thai, or any non-ASCII text when the
    /// platform cannot normalise it); otherwise
    /// <see langword="false"/>.
    /// </returns>
    bool Split(string text, ICollection<string> words);
}
