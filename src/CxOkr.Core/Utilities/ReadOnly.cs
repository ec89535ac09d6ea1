using System.Collections.ObjectModel;

namespace CxOkr.Utilities;

/// <summary>
/// The one way public types expose a collection: a <see cref="ReadOnlyCollection{T}"/> or
/// <see cref="ReadOnlyDictionary{TKey, TValue}"/> over a private copy that nothing else holds, so a cast
/// back to <c>T[]</c>, <see cref="List{T}"/> or <see cref="Dictionary{TKey, TValue}"/> fails and the
/// value cannot change. Wrapping is one small object per collection, made once at construction; readers
/// index through it without allocating. A view made here is recognised by <see cref="CopyOf{T}"/> and
/// shared rather than copied again (nothing can change it), so results passed between our own types are
/// copied once.
/// </summary>
internal static class ReadOnly
{
    /// <summary>A read-only view of <paramref name="items"/>, which the caller must own and never change again.</summary>
    public static ReadOnlyCollection<T> Wrap<T>(T[] items) =>
        items.Length == 0 ? ReadOnlyCollection<T>.Empty : new Owned<T>(items);

    /// <summary>A read-only view of <paramref name="items"/>, which the caller must own and never change again.</summary>
    public static ReadOnlyCollection<T> Wrap<T>(List<T> items) =>
        items.Count == 0 ? ReadOnlyCollection<T>.Empty : new Owned<T>(items);

    /// <summary>A read-only copy of <paramref name="items"/> (the same view when it is one of ours).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ReadOnlyCollection<T> CopyOf<T>(IEnumerable<T> items) => items switch
    {
        null => throw new ArgumentNullException(nameof(items)),
        Owned<T> owned => owned,
        ReadOnlyCollection<T> { Count: 0 } empty when ReferenceEquals(empty, ReadOnlyCollection<T>.Empty) => empty,
        _ => Wrap(items.ToArray()),
    };

    /// <summary>A read-only view of <paramref name="items"/>, which the caller must own and never change again.</summary>
    public static ReadOnlyDictionary<TKey, TValue> Wrap<TKey, TValue>(Dictionary<TKey, TValue> items)
        where TKey : notnull =>
        new(items);

    // Marks a view over storage only we hold.
    private sealed class Owned<T>(IList<T> items) : ReadOnlyCollection<T>(items);
}
