using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Journeys;
using CxOkr.Utilities;
using MathNet.Numerics;

namespace CxOkr.Linkage;

/// <summary>
/// Estimates the workspace's metric links into a target from response data: piecewise path analysis (one
/// weighted least-squares regression per metric with incoming links, each on its own complete rows, as R's
/// piecewiseSEM), direct, indirect and total effects of every upstream metric, and bootstrap intervals.
/// </summary>
/// <remarks>
/// <para>Columns of the table are named by metric id. The model is the sub-graph of links leading into the
/// target; a link whose upstream metric has no column is listed in <see cref="LinkageResult.Unmeasured"/> and
/// left out (and not followed further up). Each equation regresses its metric on its measured upstream metrics,
/// as <c>lm(y ~ x1 + ... + xk, weights = w)</c> on the rows where all of them and the weight are present and the
/// weight is positive. The sums behind each fit come from <see cref="CovarianceAccumulator"/>.</para>
/// <para>Bootstrap: respondents (rows of the table) are resampled with replacement, every equation is refitted
/// and the effects recomputed; a resample is the vector of counts an <see cref="IRowResampler"/> draws, applied
/// as weight multipliers to each equation's packed, centred rows, so no table is copied. Percentile and BCa
/// intervals are those of the key-driver bootstrap (<see cref="BootstrapInterval"/>), the BCa acceleration from
/// the grouped jackknife that leaves out rows i with i mod G = g (G = <see cref="BootstrapOptions.JackknifeGroups"/>,
/// at most the row count). Resamples run in parallel and are stored by number: results do not depend on the thread count.</para>
/// <para>Formulas and references: docs/linkage.md.</para>
/// </remarks>
/// <threadsafety>Thread-safe: immutable once created; every analysis keeps its state in locals.</threadsafety>
public sealed class LinkageAnalyzer
{
    // As KeyDriverAnalyzer: a perfect fit leaves no residual variance (t would be infinite).
    private const double PerfectFitTolerance = 1e-13;

    // A predictor whose variance left after the earlier predictors is below this fraction of its own is collinear with them.
    private const double CollinearTolerance = 1e-10;

    // A column is constant when its variance is below this fraction of its squared mean (as KeyDriverAnalyzer).
    private const double ConstantVarianceRatio = 1e-26;

    private readonly LinkageOptions options;
    private readonly IRowResampler? resampler;

    /// <summary>Creates an analyzer with default options (unweighted, no bootstrap).</summary>
    public LinkageAnalyzer()
        : this(new LinkageOptions())
    {
    }

    /// <summary>Creates an analyzer; the options are validated here, once.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="resampler">Draws the bootstrap resamples; null for <see cref="SeededRowResampler"/> with the bootstrap seed.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public LinkageAnalyzer(LinkageOptions options, IRowResampler? resampler = null)
    {
        Guard.NotNull(options);
        options.Validate();
        this.options = options;
        this.resampler = resampler;
    }

    /// <summary>The validated settings.</summary>
    public LinkageOptions Options => options;

    /// <summary>
    /// The default targets: every relationship-tier metric that has incoming links, in definition order, that
    /// <paramref name="table"/> has a column for (all of them when <paramref name="table"/> is null).
    /// </summary>
    /// <param name="metrics">The metric definitions.</param>
    /// <param name="links">The metric links.</param>
    /// <param name="table">The responses, or null.</param>
    /// <returns>The target ids.</returns>
    public static IReadOnlyList<string> DefaultTargets(IEnumerable<MetricDefinition> metrics, IEnumerable<MetricLink> links, ColumnTable? table = null)
    {
        Guard.NotNull(metrics);
        var linked = Guard.NotNull(links).Select(static l => l.To).ToHashSet(StringComparer.Ordinal);
        return metrics.Where(m => m.Tier == MetricTier.Relationship && linked.Contains(m.Id) && (table is null || table.Contains(m.Id)))
            .Select(static m => m.Id)
            .ToList()
            .AsReadOnly();
    }

    /// <summary>Estimates the links into <paramref name="target"/> of a journey map.</summary>
    /// <param name="map">The map: its metrics and links.</param>
    /// <param name="table">The responses, one column per metric id.</param>
    /// <param name="target">The target metric.</param>
    /// <param name="cancellationToken">Stops the bootstrap.</param>
    /// <returns>The result.</returns>
    /// <exception cref="LinkageModelException">The model cannot be estimated (see <see cref="Analyze(IEnumerable{MetricDefinition}, IEnumerable{MetricLink}, ColumnTable, string, CancellationToken)"/>).</exception>
    /// <exception cref="DataFormatException">A column of the model or the weight is not numeric or missing, or a weight is negative.</exception>
    public LinkageResult Analyze(JourneyMap map, ColumnTable table, string target, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(map);
        return Analyze(map.Metrics, map.Links, table, target, cancellationToken);
    }

    /// <summary>Estimates the links into <paramref name="target"/>.</summary>
    /// <param name="metrics">The metric definitions (ids unique).</param>
    /// <param name="links">The metric links.</param>
    /// <param name="table">The responses, one column per metric id.</param>
    /// <param name="target">The target metric.</param>
    /// <param name="cancellationToken">Stops the bootstrap.</param>
    /// <returns>The result.</returns>
    /// <exception cref="LinkageModelException">The target is unknown or has no column or no measured upstream metric, a link in the model names an unknown metric, the links form a cycle, or an equation has fewer than k + 2 complete rows, a constant outcome, a constant or collinear predictor, or an exact fit. The message names the metric.</exception>
    /// <exception cref="DataFormatException">A column of the model or the weight is not numeric, the weight column is missing, or a weight is negative.</exception>
    /// <exception cref="ArgumentException">An argument is null or blank, or two metrics share an id.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public LinkageResult Analyze(IEnumerable<MetricDefinition> metrics, IEnumerable<MetricLink> links, ColumnTable table, string target, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(metrics);
        Guard.NotNull(links);
        Guard.NotNull(table);
        Guard.NotBlank(target);
        if (options.Weight is { } weight)
        {
            table.IndexOf(weight);
        }

        var model = LinkageModel.Build(metrics, links, table, target);
        var data = LinkageData.Prepare(model, table, options.Weight);
        var nodes = model.Nodes.Length;
        var sds = new double[nodes];
        for (var v = 0; v < nodes; v++)
        {
            var s = data.Columns[v].Statistics;
            sds[v] = s.Count < 2 ? double.NaN : Math.Sqrt(s.CoMoment(0, 0) / (s.SumOfWeights - (s.SumOfSquaredWeights / s.SumOfWeights)));
        }

        var equations = new List<LinkageEquation>();
        var coefficients = new double[nodes][];
        for (var v = 0; v < nodes; v++)
        {
            if (data.Equations[v] is { } block)
            {
                var (equation, beta) = Fit(model, v, block.Statistics, sds);
                equations.Add(equation);
                coefficients[v] = beta;
            }
        }

        if (!(sds[model.TargetIndex] > 0))
        {
            throw new LinkageModelException(target, $"target '{target}' has no spread over its {data.Columns[model.TargetIndex].Count} rows: its standard deviation is 0 or undefined.");
        }

        var totals = Totals(model, coefficients);
        var sources = nodes - 1;
        BootstrapInterval[]? intervals = null;
        LinkageBootstrapSummary? summary = null;
        if (options.Bootstrap is { } bootstrap)
        {
            var estimate = new double[2 * sources];
            for (var s = 0; s < sources; s++)
            {
                estimate[s] = totals[s];
                estimate[sources + s] = totals[s] * sds[s] / sds[model.TargetIndex];
            }

            (intervals, var failed) = Bootstrap(model, data, bootstrap, estimate, cancellationToken);
            summary = new LinkageBootstrapSummary(bootstrap.Replicates, failed, bootstrap.Confidence, bootstrap.Seed);
        }

        var effects = new List<(int Order, LinkageEffect Effect)>();
        var definitionOrder = metrics.Select(static (m, i) => (m.Id, i)).ToDictionary(static p => p.Id, static p => p.i, StringComparer.Ordinal);
        for (var s = 0; s < sources; s++)
        {
            var node = model.Nodes[s];
            var direct = Array.IndexOf(model.Predictors[model.TargetIndex], s) is var at && at >= 0 ? coefficients[model.TargetIndex][at] : 0.0;
            if (!double.IsFinite(sds[s]))
            {
                throw new LinkageModelException(node.Id, $"metric '{node.Id}' has {data.Columns[s].Count} rows with a value: its standard deviation is undefined.");
            }

            effects.Add((definitionOrder[node.Id], new LinkageEffect(
                node.Id,
                node.Tier,
                direct,
                totals[s],
                totals[s] * sds[s] / sds[model.TargetIndex],
                model.Paths(s),
                intervals?[s],
                intervals?[sources + s])));
        }

        return new LinkageResult(target, options.Weight, equations, effects.OrderBy(static e => e.Order).Select(static e => e.Effect), model.Unmeasured, summary);
    }

    /// <summary>Total effects on the target: total(target) = 1, then upstream in reverse topological order total(u) = Σ over links u → v of b(v, u) total(v).</summary>
    private static double[] Totals(LinkageModel model, double[][] coefficients)
    {
        var nodes = model.Nodes.Length;
        var totals = new double[nodes];
        totals[model.TargetIndex] = 1;
        for (var v = nodes - 1; v >= 0; v--)
        {
            var predictors = model.Predictors[v];
            for (var j = 0; j < predictors.Length; j++)
            {
                // Every node downstream of predictors[j] has a larger index, so totals[v] is final here.
                totals[predictors[j]] += coefficients[v][j] * totals[v];
            }
        }

        return totals;
    }

    /// <summary>The fit of node v's equation from its full-sample statistics, as summary.lm reports it.</summary>
    private static (LinkageEquation Equation, double[] Beta) Fit(LinkageModel model, int v, CovarianceAccumulator statistics, double[] sds)
    {
        var id = model.Nodes[v].Id;
        var predictors = model.Predictors[v];
        var k = predictors.Length;
        var m = k + 1;
        var c = statistics.CoMoments;
        var means = statistics.Means;
        var n = statistics.Count;
        var beta = new double[k];
        var inverseDiagonal = new double[k];
        var failure = Solve(c, means, m, statistics.SumOfWeights, beta, inverseDiagonal);
        if (failure is { } bad)
        {
            throw bad == 0
                ? new LinkageModelException(id, $"equation '{id}': '{id}' is constant over its {n} complete rows.", n)
                : new LinkageModelException(id, $"equation '{id}': predictor '{model.Nodes[predictors[bad - 1]].Id}' is constant or collinear with the others over the {n} complete rows.", n);
        }

        var cyy = c[0];
        var explained = 0.0;
        for (var j = 0; j < k; j++)
        {
            explained += beta[j] * c[j + 1];
        }

        var rss = Math.Max(cyy - explained, 0);
        if (rss <= PerfectFitTolerance * cyy)
        {
            throw new LinkageModelException(id, $"equation '{id}': '{id}' is an exact linear function of its predictors (R² = 1): no residual variance to test.", n);
        }

        var df = n - k - 1;
        var sigma2 = rss / df;
        var intercept = means[0];
        var terms = new LinkageTerm[k];
        for (var j = 0; j < k; j++)
        {
            intercept -= beta[j] * means[j + 1];
            var se = Math.Sqrt(sigma2 * inverseDiagonal[j]);
            var t = beta[j] / se;
            terms[j] = new LinkageTerm(model.Nodes[predictors[j]].Id, beta[j], se, t, SpecialFunctions.BetaRegularized(df / 2.0, 0.5, df / (df + (t * t))), beta[j] * sds[predictors[j]] / sds[v]);
        }

        return (new LinkageEquation(id, n, Math.Clamp(1 - (rss / cyy), 0, 1), intercept, terms), beta);
    }

    /// <summary>
    /// Solves the normal equations C_xx β = C_xy of a co-moment matrix (outcome first) by Cholesky decomposition,
    /// with the diagonal of C_xx⁻¹ when asked. Returns null, or 0 for a constant outcome, or j + 1 for predictor j constant or collinear.
    /// </summary>
    internal static int? Solve(ReadOnlySpan<double> c, ReadOnlySpan<double> means, int m, double sumOfWeights, Span<double> beta, Span<double> inverseDiagonal)
    {
        if (IsConstant(c[0], means[0], sumOfWeights))
        {
            return 0;
        }

        var k = m - 1;
        Span<double> l = k <= 32 ? stackalloc double[k * k] : new double[k * k];
        l.Clear();
        for (var i = 0; i < k; i++)
        {
            var aii = c[((i + 1) * m) + i + 1];
            if (IsConstant(aii, means[i + 1], sumOfWeights))
            {
                return i + 1;
            }

            for (var j = 0; j <= i; j++)
            {
                var sum = c[((i + 1) * m) + j + 1];
                for (var p = 0; p < j; p++)
                {
                    sum -= l[(i * k) + p] * l[(j * k) + p];
                }

                if (i == j)
                {
                    if (!(sum > CollinearTolerance * aii))
                    {
                        return i + 1;
                    }

                    l[(i * k) + i] = Math.Sqrt(sum);
                }
                else
                {
                    l[(i * k) + j] = sum / l[(j * k) + j];
                }
            }
        }

        // Forward then back substitution: L z = c_xy, Lᵀ β = z.
        Span<double> z = k <= 32 ? stackalloc double[k] : new double[k];
        for (var i = 0; i < k; i++)
        {
            var sum = c[i + 1];
            for (var p = 0; p < i; p++)
            {
                sum -= l[(i * k) + p] * z[p];
            }

            z[i] = sum / l[(i * k) + i];
        }

        for (var i = k - 1; i >= 0; i--)
        {
            var sum = z[i];
            for (var p = i + 1; p < k; p++)
            {
                sum -= l[(p * k) + i] * beta[p];
            }

            beta[i] = sum / l[(i * k) + i];
        }

        if (!inverseDiagonal.IsEmpty)
        {
            // (C_xx⁻¹)_jj = Σ_i (L⁻¹)_ij², column by column of L⁻¹.
            Span<double> column = k <= 32 ? stackalloc double[k] : new double[k];
            for (var j = 0; j < k; j++)
            {
                column.Clear();
                var total = 0.0;
                for (var i = j; i < k; i++)
                {
                    var sum = i == j ? 1.0 : 0.0;
                    for (var p = j; p < i; p++)
                    {
                        sum -= l[(i * k) + p] * column[p];
                    }

                    column[i] = sum / l[(i * k) + i];
                    total += column[i] * column[i];
                }

                inverseDiagonal[j] = total;
            }
        }

        return null;
    }

    private static bool IsConstant(double coMoment, double mean, double sumOfWeights) =>
        !(coMoment > 0) || coMoment / sumOfWeights <= ConstantVarianceRatio * mean * mean;

    private (BootstrapInterval[] Intervals, int Failed) Bootstrap(LinkageModel model, LinkageData data, BootstrapOptions bootstrap, double[] estimate, CancellationToken cancellationToken)
    {
        var draw = resampler ?? new SeededRowResampler(bootstrap.Seed);
        var b = bootstrap.Replicates;
        var n = data.RowCount;
        var thetas = new double[b][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = bootstrap.MaxDegreeOfParallelism, CancellationToken = cancellationToken };

        // Parallel.For calls localInit again each time it replaces a worker task, so the buffers (a count per
        // row) come from a pool rather than being allocated anew every few resamples.
        var pool = new System.Collections.Concurrent.ConcurrentBag<Workspace>();
        Workspace Rent() => pool.TryTake(out var work) ? work : new Workspace(model, n);
        Parallel.For(0, b, parallel, Rent, (replicate, _, work) =>
        {
            Array.Clear(work.Counts);
            draw.Draw(replicate, work.Counts);
            work.TakeCounts();
            thetas[replicate] = Replicate(model, data, work) ?? [];
            return work;
        }, pool.Add);

        var ok = thetas.Where(static t => t.Length > 0).ToArray();
        if (ok.Length < 2)
        {
            throw new LinkageModelException(model.Target, $"bootstrap of the links into '{model.Target}' failed: {b - ok.Length} of {b} resamples had an equation with too few rows or a constant or collinear predictor.");
        }

        var groups = Math.Min(bootstrap.JackknifeGroups, n);
        var jackknife = new double[groups][];
        Parallel.For(0, groups, parallel, Rent, (g, _, work) =>
        {
            for (var i = 0; i < n; i++)
            {
                work.Counts[i] = i % groups == g ? 0 : 1;
            }

            work.TakeCounts();
            jackknife[g] = Replicate(model, data, work) ?? [];
            return work;
        }, pool.Add);
        var jackOk = jackknife.Where(static j => j.Length > 0).ToArray();

        var alpha = 1 - bootstrap.Confidence;
        var sources = estimate.Length / 2;
        var intervals = new BootstrapInterval[estimate.Length];
        var column = new double[ok.Length];
        for (var k = 0; k < estimate.Length; k++)
        {
            for (var i = 0; i < ok.Length; i++)
            {
                column[i] = ok[i][k];
            }

            Array.Sort(column);
            intervals[k] = KeyDriverBootstrapper.Interval(k < sources ? "total" : "standardizedTotal", estimate[k], column, jackOk.Select(j => j[k]).ToArray(), alpha);
        }

        return (intervals, b - ok.Length);
    }

    /// <summary>Total and standardised total effects of every source on a resample, or null when an equation cannot be fitted on it.</summary>
    private static double[]? Replicate(LinkageModel model, LinkageData data, Workspace work)
    {
        var nodes = model.Nodes.Length;
        for (var v = 0; v < nodes; v++)
        {
            if (data.Equations[v] is not { } block)
            {
                continue;
            }

            var m = block.Width;
            var c = work.CoMoments.AsSpan(0, m * m);
            var (drawn, sumOfWeights, _) = block.Resampled(work.Multiplicity, c);
            if (drawn < m + 1)
            {
                return null;
            }

            // Centred at the full-sample means, so the means that enter the constant-column check are the resample's offsets from them.
            var means = work.Means.AsSpan(0, m);
            for (var j = 0; j < m; j++)
            {
                means[j] = block.Statistics.Means[j];
            }

            if (Solve(c, means, m, sumOfWeights, work.Coefficients[v], default) is not null)
            {
                return null;
            }
        }

        var totals = Totals(model, work.Coefficients);
        var sds = new double[nodes];
        for (var v = 0; v < nodes; v++)
        {
            var (drawn, s0, s0Squared, coMoment) = data.Spreads[v].Resampled(work.Multiplicity);
            var denominator = s0 - (s0Squared / s0);
            if (drawn < 2 || !(denominator > 0) || !(coMoment > 0))
            {
                return null;
            }

            sds[v] = Math.Sqrt(coMoment / denominator);
        }

        var sources = nodes - 1;
        var theta = new double[2 * sources];
        for (var s = 0; s < sources; s++)
        {
            theta[s] = totals[s];
            theta[sources + s] = totals[s] * sds[s] / sds[model.TargetIndex];
        }

        return theta;
    }

    /// <summary>Per-thread buffers of the bootstrap.</summary>
    private sealed class Workspace
    {
        public Workspace(LinkageModel model, int rows)
        {
            Counts = new int[rows];
            Multiplicity = new double[rows];
            var width = model.Predictors.Max(static p => p.Length) + 1;
            CoMoments = new double[width * width];
            Means = new double[width];
            Coefficients = model.Predictors.Select(static p => new double[p.Length]).ToArray();
        }

        public int[] Counts { get; }

        /// <summary>The counts as doubles, the factor every weighted sum of the resample multiplies by.</summary>
        public double[] Multiplicity { get; }

        /// <summary>Copies <see cref="Counts"/> into <see cref="Multiplicity"/>.</summary>
        public void TakeCounts()
        {
            for (var i = 0; i < Counts.Length; i++)
            {
                Multiplicity[i] = Counts[i];
            }
        }

        public double[] CoMoments { get; }

        public double[] Means { get; }

        public double[][] Coefficients { get; }
    }
}
