using System.Buffers;
using System.Collections.ObjectModel;
using CxOkr.Data;
using CxOkr.Utilities;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace CxOkr.Drivers;

/// <summary>
/// The standard <see cref="IKeyDriverAnalyzer"/>: weighted least squares as R's <c>lm</c>, <c>car::vif</c>,
/// relaimpo's metrics, Johnson's relative weights, exact or sampled Shapley values with dominance, and the
/// priority matrix, all computed from a <see cref="CovarianceAccumulator"/>.
/// </summary>
/// <remarks>
/// Each statistic is a function of the weighted correlation matrix, the means, standard deviations and
/// the row count, so results equal those of R's <c>lm(y ~ ., weights = w)</c> and
/// <c>relaimpo::calc.relimp</c> to rounding (the reference tests check 1e-9 relative). Formulas and sources
/// are given on <see cref="DriverResult"/> and in docs/key-drivers.md. Instances are immutable and thread-safe.
/// </remarks>
/// <threadsafety>Thread-safe: immutable once created; every analysis keeps its state in locals.</threadsafety>
public sealed partial class KeyDriverAnalyzer : IKeyDriverAnalyzer
{
    private const int BlockRows = 4096;

    // A perfect fit leaves no residual variance: t statistics would be infinite.
    private const double PerfectFitTolerance = 1e-13;

    // A variable is constant when its variance is below this fraction of its squared mean: the variance of a
    // constant column computed in doubles is rounding of order (1e-16 * mean)^2, far below it, while any real
    // spread on a survey scale is far above it.
    private const double ConstantVarianceRatio = 1e-26;

    // Eigenvalues of the driver correlation matrix are clamped to at least this before the square roots of the
    // relative-weight transform: an aliased or nearly aliased set has eigenvalues that rounding makes 0 or -1e-17.
    private const double EigenvalueFloor = 1e-300;

    private readonly KeyDriverOptions options;

    /// <summary>Creates an analyzer with default options.</summary>
    public KeyDriverAnalyzer()
        : this(new KeyDriverOptions())
    {
    }

    /// <summary>Creates an analyzer; the options are validated here, once.</summary>
    /// <param name="options">The settings.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public KeyDriverAnalyzer(KeyDriverOptions options)
    {
        Guard.NotNull(options);
        options.Validate();
        this.options = options;
    }

    /// <summary>The validated settings.</summary>
    public KeyDriverOptions Options => options;

    /// <inheritdoc/>
    public KeyDriverResult Analyze(ColumnTable table, KeyDriverSpecification specification, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(table);
        Guard.NotNull(specification);
        var data = Prepare(table, specification);
        var accumulator = Accumulate(data);
        var (y, x, w, used, rows) = (data.Y, data.X, data.W, data.Used, data.Rows);
        var p = x.Length;
        var ranks = Ranks(y, used);
        var spearman = x.Select(c => Pearson(ranks, Ranks(c, used))).ToArray();
        double[]? topBox = null;
        if (options.TopBoxThreshold is { } threshold)
        {
            topBox = new double[p];
            var total = used.Sum(r => w is null ? 1.0 : w[r]);
            for (var j = 0; j < p; j++)
            {
                var hit = used.Where(r => x[j][r] >= threshold).Sum(r => w is null ? 1.0 : w[r]);
                topBox[j] = 100.0 * hit / total;
            }
        }

        return Compute(accumulator, specification.Outcome, specification.Drivers, specification.Weight, rows, spearman, topBox, progress, cancellationToken);
    }

    /// <inheritdoc/>
    public KeyDriverResult Analyze(CovarianceAccumulator statistics, string outcome, IReadOnlyList<string> drivers, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(statistics);
        var specification = new KeyDriverSpecification(outcome, drivers);
        if (statistics.Dimension != drivers.Count + 1)
        {
            throw new ArgumentException($"the accumulator has {statistics.Dimension} columns but 1 outcome and {drivers.Count} drivers were named.", nameof(drivers));
        }

        CheckRowCount(statistics.Count, drivers.Count, null);
        return Compute(statistics, specification.Outcome, specification.Drivers, null, null, null, null, progress, cancellationToken);
    }

    /// <summary>
    /// Analyses statistics read in one streaming pass (<see cref="DriverStatistics"/>):
    /// the same result as analysing the table of the same file, with the rows counted, but without the
    /// Spearman rank correlations (they need the rows).
    /// </summary>
    /// <param name="statistics">The statistics.</param>
    /// <param name="progress">Receives the fraction done of the dominance analysis; may be null.</param>
    /// <param name="cancellationToken">Stops the dominance analysis.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><see cref="KeyDriverOptions.TopBoxThreshold"/> is set: top-box performance needs the rows.</exception>
    /// <exception cref="DataFormatException">Too few usable rows, or the outcome is constant.</exception>
    public KeyDriverResult Analyze(DriverStatistics statistics, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(statistics);
        if (options.TopBoxThreshold is not null)
        {
            throw new ArgumentException("top-box performance (KeyDriverOptions.TopBoxThreshold) needs the rows: analyse a ColumnTable instead.", nameof(statistics));
        }

        var specification = statistics.Specification;
        CheckRowCount(statistics.Rows.RowsUsed, specification.Drivers.Count, statistics.Rows);
        return Compute(statistics.Accumulator, specification.Outcome, specification.Drivers, specification.Weight, statistics.Rows, null, null, progress, cancellationToken);
    }

    /// <summary>Analyses sufficient statistics computed elsewhere (e.g. pushed down into a database by a
    /// <see cref="CoMomentQuery"/>), naming the weight column in the result as the table path does.</summary>
    /// <param name="statistics">Column 0 the outcome, then the drivers in the specification's order.</param>
    /// <param name="specification">The outcome, drivers and weight the statistics were computed for.</param>
    /// <param name="progress">Receives the fraction of the Shapley work done.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The result; without Spearman correlations, top-box performance or listwise-deletion counts,
    /// which need the rows.</returns>
    /// <exception cref="ArgumentException">The accumulator's dimension does not fit the specification.</exception>
    /// <exception cref="DataFormatException">Too few rows, or the outcome is constant.</exception>
    public KeyDriverResult Analyze(CovarianceAccumulator statistics, KeyDriverSpecification specification, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(statistics);
        Guard.NotNull(specification);
        if (statistics.Dimension != specification.Drivers.Count + 1)
        {
            throw new ArgumentException($"the accumulator has {statistics.Dimension} columns but 1 outcome and {specification.Drivers.Count} drivers were named.", nameof(specification));
        }

        CheckRowCount(statistics.Count, specification.Drivers.Count, null);
        return Compute(statistics, specification.Outcome, specification.Drivers, specification.Weight, null, null, null, progress, cancellationToken);
    }

    /// <summary>Reads the analysed columns and applies listwise deletion.</summary>
    internal static PreparedData Prepare(ColumnTable table, KeyDriverSpecification specification)
    {
        var p = specification.Drivers.Count;
        var y = table.NumericColumn(specification.Outcome);
        var x = specification.Drivers.Select(table.NumericColumn).ToArray();
        var w = specification.Weight is null ? null : table.NumericColumn(specification.Weight);

        int missingOutcome = 0, missingDriver = 0, missingWeight = 0, zeroWeight = 0;
        var used = new List<int>(table.RowCount);
        for (var r = 0; r < table.RowCount; r++)
        {
            if (w is not null && w[r] < 0)
            {
                throw new DataFormatException($"{table.CellLocation(r, specification.Weight!)}: weight {w[r]} must be >= 0.");
            }

            if (double.IsNaN(y[r]))
            {
                missingOutcome++;
            }
            else if (x.Any(c => double.IsNaN(c[r])))
            {
                missingDriver++;
            }
            else if (w is not null && double.IsNaN(w[r]))
            {
                missingWeight++;
            }
            else if (w is not null && w[r] == 0)
            {
                zeroWeight++;
            }
            else
            {
                used.Add(r);
            }
        }

        var rows = new ListwiseDeletion(table.RowCount, used.Count, missingOutcome, missingDriver, missingWeight, zeroWeight);
        CheckRowCount(used.Count, p, rows);


        return new PreparedData(y, x, w, used, rows);
    }

    /// <summary>Accumulates the used rows, row i with its weight times <paramref name="counts"/>[i] (1 when null),
    /// leaving out rows i with i mod <paramref name="groups"/> = <paramref name="group"/> when groups > 0.</summary>
    internal static CovarianceAccumulator Accumulate(PreparedData data, int[]? counts = null, int group = -1, int groups = 0)
    {
        var p = data.X.Length;
        var m = p + 1;
        var used = data.Used;
        var accumulator = new CovarianceAccumulator(m);
        // Pooled buffers: the bootstrap calls this once per replicate, and a fresh 4096-row block would land on
        // the large-object heap every time.
        // The weights divided by the largest used one, so that no least-squares result depends on the scale of
        // the weights (1e300 or 1e-300 would otherwise overflow or underflow the sums of squared weights). Only
        // here: the outcome models read the same prepared weights as frequency weights, whose scale matters.
        var largest = 1.0;
        if (data.W is { } w)
        {
            largest = 0;
            foreach (var r in used)
            {
                largest = Math.Max(largest, w[r]);
            }

            largest = largest > 0 ? largest : 1;
        }

        var block = ArrayPool<double>.Shared.Rent(Math.Min(BlockRows, used.Count) * m);
        var weights = ArrayPool<double>.Shared.Rent(Math.Min(BlockRows, used.Count));
        for (var start = 0; start < used.Count; start += BlockRows)
        {
            var count = Math.Min(BlockRows, used.Count - start);
            for (var i = 0; i < count; i++)
            {
                var r = used[start + i];
                block[i * m] = data.Y[r];
                for (var j = 0; j < p; j++)
                {
                    block[(i * m) + j + 1] = data.X[j][r];
                }

                double multiplicity = counts is null ? 1 : counts[start + i];
                if (groups > 0 && (start + i) % groups == group)
                {
                    multiplicity = 0;
                }

                weights[i] = (data.W is null ? 1.0 : data.W[r] / largest) * multiplicity;
            }

            accumulator.AddBlock(block.AsSpan(0, count * m), weights.AsSpan(0, count));
        }

        ArrayPool<double>.Shared.Return(block);
        ArrayPool<double>.Shared.Return(weights);
        return accumulator;
    }

    /// <summary>Core statistics from an accumulator for the bootstrap: no progress, no raw-row extras.</summary>
    internal KeyDriverResult ComputeFromStatistics(CovarianceAccumulator accumulator, KeyDriverSpecification specification, CancellationToken cancellationToken)
    {
        CheckRowCount(accumulator.Count, specification.Drivers.Count, null);
        return Compute(accumulator, specification.Outcome, specification.Drivers, specification.Weight, null, null, null, null, cancellationToken);
    }

    private static void CheckRowCount(long n, int p, ListwiseDeletion? rows)
    {
        if (n < p + 2)
        {
            var detail = rows is null ? string.Empty
                : $" ({rows.RowsRead} read; dropped: {rows.MissingOutcome} missing outcome, {rows.MissingDriver} missing a driver, {rows.MissingWeight} missing weight, {rows.ZeroWeight} zero weight)";
            throw new DataFormatException($"only {n} usable rows for {p} drivers: at least {p + 2} are needed{detail}.");
        }
    }

    private KeyDriverResult Compute(CovarianceAccumulator acc, string outcome, IReadOnlyList<string> drivers, string? weight, ListwiseDeletion? rows, double[]? spearman, double[]? topBox, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var m = drivers.Count + 1;
        var c = acc.CoMoments.ToArray();
        var means = acc.Means.ToArray();
        var n = acc.Count;
        if (IsConstant(c, means, m, acc.SumOfWeights, 0))
        {
            throw new DataFormatException($"the outcome '{outcome}' is constant over the {n} rows used.");
        }

        var corr = Correlations(c, m);
        var (active, aliased) = Alias(c, means, corr, acc.SumOfWeights, drivers);
        var fit = Fit.Of(corr, m, active, n, c[0], outcome);
        var (dominance, exact) = Dominance(corr, m, active, progress, cancellationToken);
        var performance = Performance(acc, means, drivers, active, topBox);
        var results = DriverResults(acc, c, means, drivers, active, fit, dominance, performance, spearman);

        var intercept = means[0];
        for (var a = 0; a < active.Count; a++)
        {
            intercept -= results[a].Coefficient * means[active[a] + 1];
        }

        var q = active.Count;
        var corrVariables = new List<string> { outcome };
        corrVariables.AddRange(active.Select(j => drivers[j]));
        var complete = dominance.Complete is null
            ? Array.Empty<IReadOnlyList<double>>()
            : Enumerable.Range(0, q).Select(i => ReadOnly(dominance.Complete.AsSpan(i * q, q).ToArray())).ToArray();
        var varianceDenominator = acc.SumOfWeights - (acc.SumOfSquaredWeights / acc.SumOfWeights);

        return new KeyDriverResult
        {
            Outcome = outcome,
            Weight = weight,
            Rows = rows,
            NUsed = n,
            SumOfWeights = acc.SumOfWeights,
            EffectiveN = acc.EffectiveN,
            OutcomeMean = means[0],
            OutcomeStandardDeviation = Math.Sqrt(c[0] / varianceDenominator),
            RSquared = fit.RSquared,
            AdjustedRSquared = 1 - ((1 - fit.RSquared) * (n - 1) / fit.Df),
            FStatistic = fit.FStatistic,
            FPValue = fit.FPValue,
            ResidualDegreesOfFreedom = fit.Df,
            ResidualStandardError = Math.Sqrt(fit.Sigma2),
            Intercept = intercept,
            ConditionNumber = fit.Condition,
            AliasedDrivers = aliased.AsReadOnly(),
            Drivers = Array.AsReadOnly(results),
            CorrelationVariables = corrVariables.AsReadOnly(),
            CorrelationMatrix = ActiveCorrelations(corr, m, active),
            CompleteDominance = Array.AsReadOnly(complete),
            ShapleyExact = exact,
            ShapleyPermutations = dominance.Permutations,
            ImportanceThreshold = options.ImportanceThreshold ?? 1.0 / q,
            PerformanceThreshold = options.PerformanceThreshold ?? performance.Average(),
        };
    }

    /// <summary>The correlation matrix of the outcome and the active drivers, outcome first.</summary>
    private static ReadOnlyCollection<IReadOnlyList<double>> ActiveCorrelations(double[] corr, int m, List<int> active)
    {
        var index = new List<int> { 0 };
        index.AddRange(active.Select(j => j + 1));
        var matrix = index.Select(i => (IReadOnlyList<double>)ReadOnly(index.Select(j => corr[(i * m) + j]).ToArray())).ToArray();
        return Array.AsReadOnly(matrix);
    }

    /// <summary>Whether variable i (0 = outcome) has no variance, up to rounding relative to its mean.</summary>
    private static bool IsConstant(double[] c, double[] means, int m, double sumOfWeights, int i) =>
        !(c[(i * m) + i] > 0) || c[(i * m) + i] / sumOfWeights <= ConstantVarianceRatio * means[i] * means[i];

    /// <summary>The m×m correlation matrix (row-major) of the co-moments; 0 off the diagonal for a constant variable.</summary>
    private static double[] Correlations(double[] c, int m)
    {
        var corr = new double[m * m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                var cii = c[(i * m) + i];
                var cjj = c[(j * m) + j];
                corr[(i * m) + j] = i == j ? 1.0 : (cii > 0 && cjj > 0 ? c[(i * m) + j] / Math.Sqrt(cii * cjj) : 0.0);
            }
        }

        return corr;
    }

    /// <summary>
    /// Aliasing: sweeps drivers in the order given; a driver whose tolerance on the earlier ones is below the
    /// threshold (or a constant one) is left out, as R's lm does with pivoting QR.
    /// </summary>
    /// <returns>The 0-based indexes of the drivers kept, and the names of those left out.</returns>
    private (List<int> Active, List<string> Aliased) Alias(double[] c, double[] means, double[] corr, double sumOfWeights, IReadOnlyList<string> drivers)
    {
        var p = drivers.Count;
        var m = p + 1;
        var active = new List<int>();
        var aliased = new List<string>();
        var stride = SweepMatrix.Stride(p);
        var work = new double[p * stride];
        for (var i = 0; i < p; i++)
        {
            Array.Copy(corr, ((i + 1) * m) + 1, work, i * stride, p);
        }

        for (var j = 0; j < p; j++)
        {
            if (IsConstant(c, means, m, sumOfWeights, j + 1) || !(work[(j * stride) + j] >= options.AliasTolerance))
            {
                aliased.Add(drivers[j]);
                continue;
            }

            SweepMatrix.Sweep(work, p, stride, j, reverse: false);
            active.Add(j);
        }

        if (active.Count == 0)
        {
            throw new DataFormatException($"no usable driver: {string.Join(", ", aliased)} {(aliased.Count == 1 ? "is" : "are")} constant or collinear.");
        }

        return (active, aliased);
    }

    /// <summary>Shapley values and dominance of the active drivers, exact or sampled as the options say.</summary>
    private (DominanceComputation Dominance, bool Exact) Dominance(double[] corr, int m, List<int> active, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        // The engine takes the active correlation matrix with the outcome last.
        var q = active.Count;
        var engineInput = new double[(q + 1) * (q + 1)];
        for (var i = 0; i <= q; i++)
        {
            var ii = i == q ? 0 : active[i] + 1;
            for (var j = 0; j <= q; j++)
            {
                var jj = j == q ? 0 : active[j] + 1;
                engineInput[(i * (q + 1)) + j] = corr[(ii * m) + jj];
            }
        }

        var exact = options.ShapleyMethod switch
        {
            ShapleyMethod.Exact => q <= 40 ? true : throw new ArgumentException($"exact Shapley values are limited to 40 drivers; {q} were given.", "specification"),
            ShapleyMethod.Sampling => false,
            _ => q <= options.MaxExactDrivers,
        };
        var dominance = exact
            ? DominanceEngine.Exact(engineInput, q, options.CompleteDominance, options.MaxDegreeOfParallelism, progress, cancellationToken)
            : DominanceEngine.Sampled(engineInput, q, options.Permutations, options.Seed, options.MaxDegreeOfParallelism, progress, cancellationToken);
        return (dominance, exact);
    }

    /// <summary>Each active driver's performance on 0-100: its top-box share, or its mean rescaled from the scale (or observed range).</summary>
    private double[] Performance(CovarianceAccumulator acc, double[] means, IReadOnlyList<string> drivers, List<int> active, double[]? topBox)
    {
        var lowerIsBetterDrivers = new HashSet<string>(options.LowerIsBetterDrivers, StringComparer.Ordinal);
        var performance = new double[active.Count];
        for (var a = 0; a < active.Count; a++)
        {
            var j = active[a] + 1;
            var lowerIsBetter = lowerIsBetterDrivers.Contains(drivers[active[a]]);
            if (topBox is not null)
            {
                performance[a] = lowerIsBetter ? 100.0 - topBox[active[a]] : topBox[active[a]];
            }
            else
            {
                var lo = options.ScaleMinimum ?? acc.Minimum(j);
                var hi = options.ScaleMaximum ?? acc.Maximum(j);
                performance[a] = PriorityMatrix.Performance(means[j], lo, hi, lowerIsBetter);
            }
        }

        return performance;
    }

    private DriverResult[] DriverResults(CovarianceAccumulator acc, double[] c, double[] means, IReadOnlyList<string> drivers, List<int> active, Fit fit, DominanceComputation dominance, double[] performance, double[]? spearman)
    {
        var q = active.Count;
        var m = drivers.Count + 1;
        var n = acc.Count;
        var cyy = c[0];
        var varianceDenominator = acc.SumOfWeights - (acc.SumOfSquaredWeights / acc.SumOfWeights);

        // Shares divide by the sum of the values (R² in exact arithmetic), as relaimpo's rela = TRUE does,
        // so that they sum to 1 to rounding even when R² is near zero and both carry rounding of order 1e-17.
        var shapleyTotal = dominance.Shapley.AsSpan(0, q).ToArray().Sum();
        var relativeWeights = new double[q];
        for (var a = 0; a < q; a++)
        {
            for (var k = 0; k < q; k++)
            {
                relativeWeights[a] += fit.Root[a, k] * fit.Root[a, k] * fit.Omega[k] * fit.Omega[k];
            }
        }

        var relativeWeightTotal = relativeWeights.Sum();
        var importanceThreshold = options.ImportanceThreshold ?? 1.0 / q;
        var performanceThreshold = options.PerformanceThreshold ?? performance.Average();
        var results = new DriverResult[q];
        for (var a = 0; a < q; a++)
        {
            var j = active[a] + 1;
            var cjj = c[(j * m) + j];
            var beta = fit.Beta[a];
            var vif = fit.Inverse[a, a];
            var coefficient = beta * Math.Sqrt(cyy / cjj);
            var se = Math.Sqrt(fit.Sigma2 * vif / cjj);
            var t = coefficient / se;
            var r = fit.Rxy[a];
            var relativeWeight = relativeWeights[a];
            var shapley = dominance.Shapley[a];
            var share = fit.RSquared > 0 && shapleyTotal > 0 ? shapley / shapleyTotal : 0;
            // Equal importances put shares on 1/q and equal performances on their mean, up to rounding.
            results[a] = new DriverResult
            {
                Name = drivers[active[a]],
                Coefficient = coefficient,
                StandardError = se,
                T = t,
                P = TwoSidedT(t, fit.Df),
                StandardizedCoefficient = beta,
                Correlation = r,
                CorrelationP = Math.Abs(r) >= 1 ? 0 : SpecialFunctions.BetaRegularized((n - 2) / 2.0, 0.5, 1 - (r * r)),
                SpearmanCorrelation = spearman?[active[a]],
                Vif = vif,
                Mean = means[j],
                StandardDeviation = Math.Sqrt(cjj / varianceDenominator),
                Shapley = shapley,
                ShapleyStandardError = dominance.StandardErrors?[a] ?? 0,
                ShapleyShare = share,
                SignedShapley = coefficient < 0 ? -shapley : shapley,
                First = r * r,
                Last = beta * beta / vif,
                BetaSquared = beta * beta,
                Pratt = beta * r,
                Genizi = relativeWeight,
                Car = fit.Omega[a] * fit.Omega[a],
                RelativeWeight = relativeWeight,
                RelativeWeightShare = fit.RSquared > 0 && relativeWeightTotal > 0 ? relativeWeight / relativeWeightTotal : 0,
                ConditionalDominance = ReadOnly(dominance.Conditional.AsSpan(a * q, q).ToArray()),
                Performance = performance[a],
                Quadrant = PriorityMatrix.Place(share, performance[a], importanceThreshold, performanceThreshold),
            };
        }

        return results;
    }

    /// <summary>The least-squares fit on the correlation matrix of the active drivers, and the matrix roots the relative weights need.</summary>
    private sealed record Fit(
        Matrix<double> Inverse,
        Vector<double> Rxy,
        Vector<double> Beta,
        double RSquared,
        long Df,
        double Sigma2,
        double FStatistic,
        double FPValue,
        Matrix<double> Root,
        Vector<double> Omega,
        double Condition)
    {
        /// <summary>Fits the outcome on the active drivers: β = R⁻¹r, R², the F test, and R^{1/2}, ω = R^{-1/2}r and the condition number.</summary>
        /// <exception cref="DataFormatException">The fit is exact (R² = 1): no residual variance to test.</exception>
        public static Fit Of(double[] corr, int m, List<int> active, long n, double cyy, string outcome)
        {
            var q = active.Count;
            var rxx = Matrix<double>.Build.Dense(q, q, (i, j) => corr[((active[i] + 1) * m) + active[j] + 1]);
            var rxy = Vector<double>.Build.Dense(q, i => corr[(active[i] + 1) * m]);
            var inverse = rxx.Cholesky().Solve(Matrix<double>.Build.DenseIdentity(q));
            var beta = inverse * rxy;
            var rSquared = Math.Clamp(rxy.DotProduct(beta), 0.0, 1.0);
            if (1 - rSquared < PerfectFitTolerance)
            {
                throw new DataFormatException($"the outcome '{outcome}' is an exact linear function of the drivers (R² = 1): no residual variance to test.");
            }

            var df = n - q - 1;
            var sigma2 = cyy * (1 - rSquared) / df;
            var fStatistic = rSquared / q / ((1 - rSquared) / df);
            var fP = SpecialFunctions.BetaRegularized(df / 2.0, q / 2.0, df / (df + (q * fStatistic)));

            var evd = rxx.Evd(Symmetricity.Symmetric);
            var lambda = evd.EigenValues.Select(z => Math.Max(z.Real, EigenvalueFloor)).ToArray();
            var v = evd.EigenVectors;
            var root = v * Matrix<double>.Build.DenseOfDiagonalArray(lambda.Select(Math.Sqrt).ToArray()) * v.Transpose();
            var inverseRoot = v * Matrix<double>.Build.DenseOfDiagonalArray(lambda.Select(l => 1 / Math.Sqrt(l)).ToArray()) * v.Transpose();
            var omega = inverseRoot * rxy;
            var condition = Math.Sqrt(lambda.Max() / lambda.Min());
            return new Fit(inverse, rxy, beta, rSquared, df, sigma2, fStatistic, fP, root, omega, condition);
        }
    }

    private static ReadOnlyCollection<double> ReadOnly(double[] values) => Array.AsReadOnly(values);

    /// <summary>Two-sided Student t p-value, 2 P(T > |t|) = I_{df/(df+t²)}(df/2, 1/2).</summary>
    private static double TwoSidedT(double t, double df) =>
        SpecialFunctions.BetaRegularized(df / 2.0, 0.5, df / (df + (t * t)));

    private static double[] Ranks(double[] values, List<int> used)
    {
        var order = Enumerable.Range(0, used.Count).ToArray();
        var keys = used.Select(r => values[r]).ToArray();
        Array.Sort(keys.ToArray(), order);
        var ranks = new double[used.Count];
        var i = 0;
        while (i < order.Length)
        {
            var k = i;
            while (k + 1 < order.Length && keys[order[k + 1]] == keys[order[i]])
            {
                k++;
            }

            var average = ((i + k) / 2.0) + 1;
            for (var t = i; t <= k; t++)
            {
                ranks[order[t]] = average;
            }

            i = k + 1;
        }

        return ranks;
    }

    private static double Pearson(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average(), sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var da = a[i] - ma;
            var db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }

        return saa > 0 && sbb > 0 ? sab / Math.Sqrt(saa * sbb) : 0;
    }
}
