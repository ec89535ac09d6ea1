namespace CxOkr.Drivers;

/// <summary>Settings of a <see cref="KeyDriverBootstrapper"/>, validated once when it is created.</summary>
/// <threadsafety>Thread-safe: immutable.</threadsafety>
public sealed record BootstrapOptions
{
    /// <summary>Bootstrap replicates B. Default 1000; at least 10.</summary>
    public int Replicates { get; init; } = 1000;

    /// <summary>Seed; equal seeds give identical intervals for any thread count. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Two-sided confidence level of the intervals. Default 0.95; strictly between 0 and 1.</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>
    /// Groups of the grouped (delete-a-group) jackknife that estimates the BCa acceleration; the number of
    /// rows when smaller. Default 200; at least 2.
    /// </summary>
    public int JackknifeGroups { get; init; } = 200;

    /// <summary>Threads; −1 (default) uses all cores. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Checks every setting, naming the first bad one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        if (Replicates < 10)
        {
            throw new ArgumentOutOfRangeException(nameof(Replicates), Replicates, "Replicates must be at least 10.");
        }

        if (!(Confidence > 0 && Confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Confidence), Confidence, "Confidence must be strictly between 0 and 1.");
        }

        if (JackknifeGroups < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(JackknifeGroups), JackknifeGroups, "JackknifeGroups must be at least 2.");
        }

        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be -1 or positive.");
        }
    }
}
