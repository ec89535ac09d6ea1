using CxOkr.Data;

namespace CxOkr.Drivers;

/// <summary>Computes key-driver statistics (regression, correlation, relative importance, dominance, priority matrix).</summary>
/// <threadsafety>Implementations must be thread-safe: AddCxOkr registers the analyzer as a singleton; KeyDriverAnalyzer is.</threadsafety>
public interface IKeyDriverAnalyzer
{
    /// <summary>Analyses a table after listwise deletion of incomplete rows.</summary>
    /// <param name="table">The data.</param>
    /// <param name="specification">The outcome, drivers and optional weight column.</param>
    /// <param name="progress">Receives the fraction done (0 to 1) of long Shapley runs, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <returns>The immutable result.</returns>
    /// <exception cref="DataFormatException">A column is unknown or non-numeric, a weight is negative, the outcome is constant, or too few rows remain.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    KeyDriverResult Analyze(ColumnTable table, KeyDriverSpecification specification, IProgress<double>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Analyses sufficient statistics alone: column 0 of the accumulator is the outcome, columns 1..p the drivers.</summary>
    /// <param name="statistics">The accumulated statistics.</param>
    /// <param name="outcome">The outcome's name.</param>
    /// <param name="drivers">The drivers' names, one per accumulator column after the first.</param>
    /// <param name="progress">Receives the fraction done of long Shapley runs, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <returns>The immutable result (without Spearman correlations or top-box performance, which need raw rows).</returns>
    /// <exception cref="DataFormatException">The outcome is constant or too few rows were accumulated.</exception>
    /// <exception cref="ArgumentException">The names do not fit the accumulator's dimension.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    KeyDriverResult Analyze(CovarianceAccumulator statistics, string outcome, IReadOnlyList<string> drivers, IProgress<double>? progress = null, CancellationToken cancellationToken = default);
}
