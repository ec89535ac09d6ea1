using CxOkr.Okrs;

namespace CxOkr.Storage;

/// <summary>
/// The argument checks every store makes, in one place so that adapters written by hosts refuse the same
/// inputs with the same errors as the stores shipped with the library.
/// </summary>
public static class StoreRules
{
    /// <summary>Checks an objective and expected version handed to <see cref="IObjectiveStore.UpsertAsync"/>.</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="expectedVersion">The expected version.</param>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative.</exception>
    /// <exception cref="ArgumentException">A key result carries check-ins.</exception>
    public static void CheckUpsert(Objective objective, long expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (expectedVersion < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedVersion), expectedVersion, "expectedVersion must be 0 (create) or the version last read.");
        }

        foreach (var kr in objective.KeyResults)
        {
            if (kr.CheckIns.Count > 0)
            {
                throw new ArgumentException(
                    $"Objective '{objective.Id}': key result '{kr.Id}' carries {kr.CheckIns.Count} check-in(s); store objectives without check-ins and append check-ins through ICheckInStore.",
                    nameof(objective));
            }
        }
    }

    /// <summary>Checks that a check-in's value fits its key result's kind (0 or 1 for a milestone).</summary>
    /// <param name="keyResultId">The key result's id, for the message.</param>
    /// <param name="kind">The key result's kind.</param>
    /// <param name="value">The check-in's value.</param>
    /// <exception cref="ArgumentException">The value does not fit.</exception>
    public static void CheckValueFits(string keyResultId, KeyResultKind kind, double value)
    {
        if (kind == KeyResultKind.Milestone && value is not (0 or 1))
        {
            throw new ArgumentException($"Key result '{keyResultId}' is a milestone; a check-in value must be 0 or 1, not {value}.", "checkIn");
        }
    }

    /// <summary>Checks the bounds of a date range (both ends inclusive; either may be open).</summary>
    /// <param name="from">The first date, or null.</param>
    /// <param name="to">The last date, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static void CheckRange(DateOnly? from, DateOnly? to)
    {
        if (from is { } f && to is { } t && t < f)
        {
            throw new ArgumentOutOfRangeException(nameof(to), t, $"The range ends ({t:yyyy-MM-dd}) before it starts ({f:yyyy-MM-dd}).");
        }
    }

    /// <summary>Checks the expected version handed to <see cref="IObjectiveStore.DeleteAsync"/>.</summary>
    /// <param name="expectedVersion">The expected version, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is below 1.</exception>
    public static void CheckDeleteVersion(long? expectedVersion)
    {
        if (expectedVersion is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedVersion), expectedVersion, "expectedVersion must be null or a stored version (at least 1).");
        }
    }
}
