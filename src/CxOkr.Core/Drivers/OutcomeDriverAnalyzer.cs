using System.Collections.ObjectModel;
using CxOkr.Data;
using CxOkr.Utilities;
using MathNet.Numerics;

namespace CxOkr.Drivers;

/// <summary>
/// Key-driver analysis of behavioural and ordered outcomes: binary logistic regression (as R's
/// <c>glm(family = binomial)</c>) and the cumulative-logit model (as <c>MASS::polr</c> / <c>ordinal::clm</c>),
/// with Shapley values of McFadden's R² over refitted subsets of drivers and the priority matrix.
/// </summary>
/// <remarks>
/// The data come from <see cref="DriverTable"/> (rows with a missing outcome, driver or weight, or a zero
/// weight, are dropped as for the linear analysis). Separation, non-convergence, an empty or single outcome
/// level and a constant or collinear driver raise a <see cref="ModelFitException"/> naming the drivers
/// involved; with <see cref="OutcomeDriverOptions.AllowPartialResult"/>, separation and non-convergence give a
/// result flagged in <see cref="OutcomeDriverResult.Problem"/> instead. Formulas and R references:
/// docs/outcome-drivers.md.
/// </remarks>
/// <threadsafety>Thread-safe: immutable once created; every analysis keeps its state in locals.</threadsafety>
public sealed class OutcomeDriverAnalyzer
{
    // A standardised coefficient (per standard deviation of the driver) above this is a diverging one when a
    // fit separates and no single driver separates the outcome by itself.
    private const double DivergingStandardizedCoefficient = 5;

    private readonly OutcomeDriverOptions _options;

    /// <summary>Creates an analyzer with default options.</summary>
    public OutcomeDriverAnalyzer()
        : this(new OutcomeDriverOptions())
    {
    }

    /// <summary>Creates an analyzer; the options are validated here, once.</summary>
    /// <param name="options">The settings.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public OutcomeDriverAnalyzer(OutcomeDriverOptions options)
    {
        Guard.NotNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>The validated settings.</summary>
    public OutcomeDriverOptions Options => _options;

    /// <summary>Fits the binary logistic model of a 0/1 outcome on the drivers, with Shapley shares of McFadden's R².</summary>
    /// <param name="data">The driver table; its outcome column must hold 0, 1 or missing cells.</param>
    /// <param name="progress">Receives the share of subset fits done, or null.</param>
    /// <param name="cancellationToken">Stops the subset fits.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="DataFormatException">An outcome cell is not 0 or 1 (naming its line and column), or there are too few usable rows.</exception>
    /// <exception cref="ModelFitException">Separation, non-convergence, a single outcome value, a constant or collinear driver.</exception>
    public LogisticDriverResult AnalyzeLogistic(DriverTable data, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(data);
        var model = OutcomeModelData.Logistic(data);
        var fitter = new LogisticFitter(model, _options.MaxIterations);
        var common = Analyze(model, fitter, [fitter.NullIntercept], "logistic", progress, cancellationToken);
        var (full, covariance) = (common.Full, common.Covariance);
        var k = model.P + 1;

        // Back from centred drivers: a = a_c − m'b, Var(a) = g'Σg with g = (1, −m).
        var gradient = new double[k];
        gradient[0] = 1;
        var intercept = full.Parameters[0];
        for (var j = 0; j < model.P; j++)
        {
            intercept -= model.Means[j] * full.Parameters[j + 1];
            gradient[j + 1] = -model.Means[j];
        }

        return new LogisticDriverResult(model, data, fitter, common)
        {
            Intercept = intercept,
            InterceptStandardError = Math.Sqrt(Quadratic(covariance, k, gradient)),
        };
    }

    /// <summary>Fits the cumulative-logit model of an ordered outcome (its distinct values, sorted) on the drivers, with Shapley shares of McFadden's R².</summary>
    /// <param name="data">The driver table; its outcome column must hold numbers (the levels) or missing cells.</param>
    /// <param name="progress">Receives the share of subset fits done, or null.</param>
    /// <param name="cancellationToken">Stops the subset fits.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="DataFormatException">An outcome cell is not a number (naming its line and column), or there are too few usable rows.</exception>
    /// <exception cref="ModelFitException">Separation, non-convergence, an empty level, a single level, a constant or collinear driver.</exception>
    public OrdinalDriverResult AnalyzeOrdinal(DriverTable data, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(data);
        var model = OutcomeModelData.Ordinal(data);
        var fitter = new OrdinalFitter(model, _options.MaxIterations);
        var common = Analyze(model, fitter, fitter.NullThresholds.ToArray(), "ordinal", progress, cancellationToken);
        var (full, covariance) = (common.Full, common.Covariance);
        var alphas = fitter.Alphas;
        var k = alphas + model.P;

        // Back from centred drivers: θ_j = θ_c,j + m'b, Var(θ_j) = g'Σg with g = (e_j, m).
        var thresholds = new OrdinalThreshold[alphas];
        for (var t = 0; t < alphas; t++)
        {
            var gradient = new double[k];
            gradient[t] = 1;
            var value = full.Parameters[t];
            for (var j = 0; j < model.P; j++)
            {
                value += model.Means[j] * full.Parameters[alphas + j];
                gradient[alphas + j] = model.Means[j];
            }

            thresholds[t] = new OrdinalThreshold(model.Labels[t], model.Labels[t + 1], value, Math.Sqrt(Quadratic(covariance, k, gradient)));
        }

        return new OrdinalDriverResult(model, data, fitter, common)
        {
            Levels = ReadOnly.CopyOf(model.Labels),
            Thresholds = ReadOnly.CopyOf(thresholds),
        };
    }

    private static double Quadratic(double[] covariance, int k, double[] g)
    {
        var sum = 0.0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                sum += g[i] * covariance[(i * k) + j] * g[j];
            }
        }

        return Math.Max(sum, 0);
    }

    private Common Analyze(OutcomeModelData model, IOutcomeFitter fitter, double[] nullStart, string kind, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var p = model.P;
        var all = Enumerable.Range(0, p).ToArray();
        var full = fitter.Fit(all, null, covariance: true);
        ModelFitProblem? problem = null;
        IReadOnlyList<string> problemDrivers = ReadOnlyCollection<string>.Empty;
        if (!full.Proper)
        {
            (problem, problemDrivers) = Diagnose(model, full, all, kind);
        }

        var covariance = full.Covariance ?? new double[(fitter.Alphas + p) * (fitter.Alphas + p)];
        var exact = _options.ShapleyMethod switch
        {
            ShapleyMethod.Exact => p <= OutcomeDriverOptions.MaxExactLimit ? true : throw new ArgumentException($"exact Shapley values refit 2^p - 1 models and are limited to {OutcomeDriverOptions.MaxExactLimit} drivers; {p} were given.", "data"),
            ShapleyMethod.Sampling => false,
            _ => p <= _options.ExactLimit,
        };
        if (!exact && p > 64)
        {
            throw new ArgumentException($"Shapley sampling is limited to 64 drivers; {p} were given.", "data");
        }

        double[] shapley;
        double[]? errors = null;
        if (exact)
        {
            var (values, improper) = SubsetShapley.ExactValues(fitter, p, nullStart, full, _options.MaxDegreeOfParallelism, progress, cancellationToken);
            if (problem is null && improper is { } mask)
            {
                (problem, problemDrivers) = Diagnose(model, fitter.Fit(SubsetShapley.Columns((ulong)mask), null, false), SubsetShapley.Columns((ulong)mask), kind);
            }

            shapley = SubsetShapley.FromValues(values, p);
        }
        else
        {
            var (sampled, standardErrors, improper) = SubsetShapley.Sampled(fitter, p, full, _options.Permutations, _options.Seed, _options.MaxDegreeOfParallelism, progress, cancellationToken);
            if (problem is null && improper is { } mask)
            {
                (problem, problemDrivers) = Diagnose(model, fitter.Fit(SubsetShapley.Columns(mask), null, false), SubsetShapley.Columns(mask), kind);
            }

            shapley = sampled;
            errors = standardErrors;
        }

        var logLikelihood = full.LogLikelihood;
        var pseudo = PseudoRSquared.Of(logLikelihood, fitter.NullLogLikelihood, model.SumOfWeights);
        var values2 = new[] { logLikelihood, pseudo.McFadden, pseudo.CoxSnell, pseudo.Nagelkerke, pseudo.Estrella }.Concat(shapley).Concat(full.Parameters);
        if (problem is null && !values2.All(double.IsFinite))
        {
            (problem, problemDrivers) = (ModelFitProblem.NoConvergence, ReadOnly.CopyOf(model.Drivers));
        }

        if (problem is { } found && (!_options.AllowPartialResult || !values2.All(double.IsFinite)))
        {
            throw new ModelFitException(found, problemDrivers, Describe(found, problemDrivers, model.Outcome, kind, _options.MaxIterations, full.Iterations));
        }

        // Shares divide by the sum of the values (McFadden's R² in exact arithmetic), so that they sum to 1.
        var total = shapley.Sum();
        var lowerIsBetter = new HashSet<string>(_options.LowerIsBetterDrivers, StringComparer.Ordinal);
        var performance = new double[p];
        for (var j = 0; j < p; j++)
        {
            var lo = _options.ScaleMinimum ?? model.Minimum[j];
            var hi = _options.ScaleMaximum ?? model.Maximum[j];
            performance[j] = PriorityMatrix.Performance(model.Means[j], lo, hi, lowerIsBetter.Contains(model.Drivers[j]));
        }

        var importanceThreshold = _options.ImportanceThreshold ?? 1.0 / p;
        var performanceThreshold = _options.PerformanceThreshold ?? performance.Average();
        var effects = new OutcomeDriverEffect[p];
        for (var j = 0; j < p; j++)
        {
            var index = fitter.Alphas + j;
            var b = full.Parameters[index];
            var se = Math.Sqrt(Math.Max(covariance[(index * (fitter.Alphas + p)) + index], 0));
            var z = b / se;
            var share = total > 0 ? shapley[j] / total : 0;
            effects[j] = new OutcomeDriverEffect
            {
                Name = model.Drivers[j],
                Coefficient = b,
                StandardError = se,
                Z = double.IsFinite(z) ? z : 0,
                P = double.IsFinite(z) ? SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2)) : 1,
                OddsRatio = Math.Exp(b),
                Shapley = shapley[j],
                ShapleyStandardError = errors?[j] ?? 0,
                ShapleyShare = share,
                Mean = model.Means[j],
                Performance = performance[j],
                Quadrant = PriorityMatrix.Place(share, performance[j], importanceThreshold, performanceThreshold),
            };
        }

        if (effects.Any(e => !double.IsFinite(e.OddsRatio) || !double.IsFinite(e.StandardError)))
        {
            throw new ModelFitException(problem ?? ModelFitProblem.NoConvergence, problemDrivers.Count > 0 ? problemDrivers : ReadOnly.CopyOf(model.Drivers), Describe(problem ?? ModelFitProblem.NoConvergence, problemDrivers, model.Outcome, kind, _options.MaxIterations, full.Iterations));
        }

        return new Common(full, covariance, problem, problemDrivers, pseudo, exact, exact ? 0 : _options.Permutations, ReadOnly.CopyOf(effects), importanceThreshold, performanceThreshold);
    }

    /// <summary>What went wrong with a fit that is not proper, and which drivers are involved.</summary>
    private static (ModelFitProblem, IReadOnlyList<string>) Diagnose(OutcomeModelData model, OutcomeFit fit, int[] columns, string kind)
    {
        _ = kind;
        var separating = SeparatingDrivers(model, columns);
        if (separating.Count > 0)
        {
            return (ModelFitProblem.Separation, separating);
        }

        // No driver separates by itself: name those whose coefficients run away (per standard deviation).
        var alphas = fit.Parameters.Length - columns.Length;
        var diverging = new List<string>();
        for (var s = 0; s < columns.Length; s++)
        {
            var j = columns[s];
            var sd = StandardDeviation(model, j);
            if (Math.Abs(fit.Parameters[alphas + s]) * sd > DivergingStandardizedCoefficient || !double.IsFinite(fit.Parameters[alphas + s]))
            {
                diverging.Add(model.Drivers[j]);
            }
        }

        var named = ReadOnly.CopyOf(diverging.Count > 0 ? diverging : columns.Select(j => model.Drivers[j]));
        return (fit.Boundary ? ModelFitProblem.Separation : ModelFitProblem.NoConvergence, named);
    }

    /// <summary>Drivers that alone split the outcome at some cut (every row at or below a level on one side of a value, every row above it on the other, ties allowed).</summary>
    private static List<string> SeparatingDrivers(OutcomeModelData model, int[] columns)
    {
        var found = new List<string>();
        foreach (var j in columns)
        {
            for (var cut = 0; cut < model.K - 1 && !found.Contains(model.Drivers[j]); cut++)
            {
                double lowMax = double.NegativeInfinity, lowMin = double.PositiveInfinity, highMax = double.NegativeInfinity, highMin = double.PositiveInfinity;
                for (var r = 0; r < model.N; r++)
                {
                    var v = model.X[(r * model.P) + j];
                    if (model.Level[r] <= cut)
                    {
                        lowMax = Math.Max(lowMax, v);
                        lowMin = Math.Min(lowMin, v);
                    }
                    else
                    {
                        highMax = Math.Max(highMax, v);
                        highMin = Math.Min(highMin, v);
                    }
                }

                if (lowMax <= highMin || highMax <= lowMin)
                {
                    found.Add(model.Drivers[j]);
                }
            }
        }

        return found;
    }

    private static double StandardDeviation(OutcomeModelData model, int j)
    {
        var sum = 0.0;
        for (var r = 0; r < model.N; r++)
        {
            var v = model.X[(r * model.P) + j];
            sum += model.Weight[r] * v * v;
        }

        return Math.Sqrt(sum / model.SumOfWeights);
    }

    private static string Describe(ModelFitProblem problem, IReadOnlyList<string> drivers, string outcome, string kind, int maxIterations, int iterations)
    {
        var names = string.Join(", ", drivers);
        return problem switch
        {
            ModelFitProblem.Separation => $"separation in the {kind} model of '{outcome}': {names} {(drivers.Count == 1 ? "predicts" : "together predict")} the outcome perfectly (fitted probabilities reach 0 or 1, coefficients diverge), so there are no finite estimates; leave {(drivers.Count == 1 ? "it" : "them")} out, merge levels or collect more data (or ask for the flagged partial result).",
            _ => $"the {kind} model of '{outcome}' did not converge in {Math.Max(iterations, maxIterations)} iterations (drivers involved: {names}); check these drivers for near-separation or extreme values (or ask for the flagged partial result).",
        };
    }

    /// <summary>What the logistic and ordinal analyses share: the full fit, its problem, pseudo-R² and the drivers' effects.</summary>
    internal sealed record Common(
        OutcomeFit Full,
        double[] Covariance,
        ModelFitProblem? Problem,
        IReadOnlyList<string> ProblemDrivers,
        PseudoRSquared PseudoRSquared,
        bool Exact,
        int Permutations,
        IReadOnlyList<OutcomeDriverEffect> Effects,
        double ImportanceThreshold,
        double PerformanceThreshold);
}
