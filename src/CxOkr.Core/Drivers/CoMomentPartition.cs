using CxOkr.Utilities;

namespace CxOkr.Drivers;

/// <summary>How a <see cref="CoMomentQuery"/> splits the rows into partitions, each returned as one row of partial co-moments.</summary>
/// <remarks>The partials are merged exactly in .NET (<see cref="CovarianceAccumulator.Merge"/>), so the partition
/// changes nothing but rounding; partitions let an engine work on parts of the data independently, and give
/// per-partition statistics when they are wanted.</remarks>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed class CoMomentPartition
{
    private CoMomentPartition(string? column, int buckets)
    {
        Column = column;
        Buckets = buckets;
    }

    /// <summary>One partition: the whole table.</summary>
    public static CoMomentPartition None { get; } = new(null, 0);

    /// <summary>The partition column, or null for <see cref="None"/>.</summary>
    public string? Column { get; }

    /// <summary>The number of hash buckets, or 0 for a partition by the column's value (or <see cref="None"/>).</summary>
    public int Buckets { get; }

    /// <summary>One partition per distinct value of a column (NULL is a value of its own).</summary>
    /// <param name="column">The column, as stored.</param>
    /// <returns>The partition.</returns>
    /// <exception cref="ArgumentException">The name is blank or holds a control character.</exception>
    public static CoMomentPartition ByColumn(string column) => new(CoMomentQuery.CheckName(column, "partition column"), 0);

    /// <summary>Partitions by a hash of a column into a number of buckets.</summary>
    /// <param name="column">The column, as stored.</param>
    /// <param name="buckets">The number of buckets, 1 to 65,536.</param>
    /// <returns>The partition.</returns>
    /// <exception cref="ArgumentException">The name is blank or holds a control character.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="buckets"/> is out of range.</exception>
    public static CoMomentPartition ByHash(string column, int buckets) => new(CoMomentQuery.CheckName(column, "partition column"), Guard.InRange(buckets, 1, 65_536));
}
