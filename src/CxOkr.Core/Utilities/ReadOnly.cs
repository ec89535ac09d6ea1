using System.Collections.ObjectModel;

namespace CxOkr.Utilities;

/// <summary>
/// The one way public types expose a collection: a <see cref="ReadOnlyCollection{T}"/> or
/// <see cref="ReadOnlyDictionary{TKey, TValue}"/> over a private copy that nothing else holds, so a cast
/// back to <c>T[]</c>, <see cref="List{T}"/> or <see cref="Dictionary{TKey, TValue}"/> fails and the
/// value cannot change. Wrapping is one small object per collection, made once at construction; readers
/// index through it without allocating.
/// </summary>
internal static class ReadOnly
{
    /// <summary>A read-only view of <paramref name="items"/>, which the caller must own and never change again.</summary>
    public static ReadOnlyCollection<T> Wrap<T>(T[] items) =>
        items.Length == 0 ? ReadOnlyCollection<T>.Empty : new ReadOnlyCollection<T>(items);

    /// <summary>A read-only view of <paramref name="items"/>, which the caller must own and never change again.</summary>
    public static ReadOnlyCollection<T> Wrap<T>(List<T> items) =>
        items.Count == 0 ? ReadOnlyCollection<T>.Empty : new ReadOnlyCollection<T>(items);

    /// <summary>A read-only copy of <paramref name="items"/>.</summary>
    public static ReadOnlyCollection<T> CopyOf<T>(IEnumerable<T> items) => Wrap(items.ToArray());

    /// <summary>A read-only view of <paramref name="items"/>, which the caller must own and never change again.</summary>
    public static ReadOnlyDictionary<TKey, TValue> Wrap<TKey, TValue>(Dictionary<TKey, TValue> items)
        where TKey : notnull =>
        new(items);
}
