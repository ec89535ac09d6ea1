using CxOkr.Okrs;
using CxOkr.Utilities;

namespace CxOkr.Storage;

/// <summary>A check-in addressed to a key result, as appended in a batch by <see cref="ICheckInStore.AppendBatchAsync"/>.</summary>
public sealed record KeyResultCheckIn
{
    /// <summary>Creates an addressed check-in.</summary>
    /// <param name="keyResultId">The key result's id.</param>
    /// <param name="checkIn">The check-in.</param>
    /// <exception cref="ArgumentException"><paramref name="keyResultId"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="checkIn"/> is null.</exception>
    public KeyResultCheckIn(string keyResultId, CheckIn checkIn)
    {
        KeyResultId = Guard.NotBlank(keyResultId);
        CheckIn = Guard.NotNull(checkIn);
    }

    /// <summary>The key result's id.</summary>
    public string KeyResultId { get; }

    /// <summary>The check-in.</summary>
    public CheckIn CheckIn { get; }
}
