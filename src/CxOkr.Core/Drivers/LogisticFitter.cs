using System.Buffers;
using System.Runtime.Intrinsics;
using CxOkr.Utilities;

namespace CxOkr.Drivers;

/// <summary>
/// Binary logistic regression by iteratively reweighted least squares exactly as R's <c>glm.fit</c> with
/// <c>binomial()</c> and prior weights: start μ = (w y + 0.5)/(w + 1), the logit link's inverse and
/// derivative thresholded at |η| &gt; 30, convergence when |dev − dev_old|/(|dev| + 0.1) &lt; 1e-10
/// (<c>glm.control(epsilon = 1e-10)</c>; R's default is 1e-8). The covariance is the inverse Fisher
/// information at the estimates (<c>summary.glm</c> takes it at the iterate before the last, which differs
/// in about the sixth digit).
/// </summary>
internal sealed class LogisticFitter : IOutcomeFitter
{
    private const double Epsilon = 1e-10;
    private const double Threshold = 30;
    private const double Eps = 2.220446049250313e-16; // R's .Machine$double.eps

    private readonly OutcomeModelData _data;
    private readonly int _maxIterations;

    /// <summary>The outcome as 0.0 / 1.0, for the vectorised deviance.</summary>
    private readonly double[] _levels;

    public LogisticFitter(OutcomeModelData data, int maxIterations)
    {
        _data = data;
        _maxIterations = maxIterations;
        _levels = Array.ConvertAll(data.Level, static l => (double)l);
        var events = data.LevelWeights[1];
        var mean = events / data.SumOfWeights;
        NullLogLikelihood = (events * Math.Log(mean)) + (data.LevelWeights[0] * Math.Log(1 - mean));
        NullIntercept = Math.Log(mean / (1 - mean));
    }

    public int Alphas => 1;

    public double NullLogLikelihood { get; }

    /// <summary>The null model's intercept, logit of the weighted event rate.</summary>
    public double NullIntercept { get; }

    /// <summary>glm's <c>fitted probabilities numerically 0 or 1</c>: μ within 10 ε of 0 or 1.</summary>
    public static bool AtBoundary(double mu) => mu > 1 - (10 * Eps) || mu < 10 * Eps;

    public OutcomeFit Fit(int[] columns, double[]? start, bool covariance)
    {
        var n = _data.N;
        var k = columns.Length + 1;

        // The design of this subset packed once (row-major, a leading 1 per row), so every iteration reads
        // contiguous memory instead of gathering the subset's columns from the full row. The buffers are rented:
        // a subset fit of 5,000 rows would otherwise put a large-object-heap array per fit on the collector.
        var design = ArrayPool<double>.Shared.Rent(n * k);
        var eta = ArrayPool<double>.Shared.Rent(n);
        var mu = ArrayPool<double>.Shared.Rent(n);
        try
        {
            Pack(columns, design);
            return FitPacked(k, start, covariance, design, eta, mu);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(design);
            ArrayPool<double>.Shared.Return(eta);
            ArrayPool<double>.Shared.Return(mu);
        }
    }

    private OutcomeFit FitPacked(int k, double[]? start, bool covariance, double[] design, double[] eta, double[] mu)
    {
        var n = _data.N;
        var w = _data.Weight;
        var level = _data.Level;
        var beta = start is null ? new double[k] : (double[])start.Clone();
        double deviance;
        if (start is null)
        {
            deviance = 0;
            for (var r = 0; r < n; r++)
            {
                mu[r] = ((w[r] * level[r]) + 0.5) / (w[r] + 1);
                eta[r] = Math.Log(mu[r] / (1 - mu[r]));
                deviance -= 2 * w[r] * Math.Log(level[r] == 1 ? mu[r] : 1 - mu[r]);
            }
        }
        else
        {
            deviance = PredictWithDeviance(beta, design, k, eta, mu);
        }

        var a = new double[k * k];
        var b = new double[k];
        var converged = false;
        var iterations = 0;
        var singular = false;
        for (var iteration = 1; iteration <= _maxIterations; iteration++)
        {
            iterations = iteration;
            Array.Clear(a);
            Array.Clear(b);
            for (var r = 0; r < n; r++)
            {
                var e = eta[r];
                var variance = mu[r] * (1 - mu[r]);
                var muEta = e > Threshold || e < -Threshold ? Eps : variance;
                var z = e + ((level[r] - mu[r]) / muEta);
                var weight = w[r] * muEta * muEta / variance;
                AddOuterProduct(design.AsSpan(r * k, k), weight, z, a, b);
            }

            if (!SmallCholesky.Factor(a, k))
            {
                singular = true;
                break;
            }

            SmallCholesky.Solve(a, k, b);
            b.CopyTo(beta, 0);
            var previous = deviance;
            deviance = PredictWithDeviance(beta, design, k, eta, mu);
            if (!double.IsFinite(deviance))
            {
                singular = true;
                break;
            }

            if (Math.Abs(deviance - previous) / (Math.Abs(deviance) + 0.1) < Epsilon)
            {
                converged = true;
                break;
            }
        }

        var boundary = singular;
        for (var r = 0; r < n && !boundary; r++)
        {
            boundary = AtBoundary(mu[r]);
        }

        double[]? cov = null;
        if (covariance && !singular)
        {
            // The Fisher information X'diag(w μ(1 − μ))X at the estimates.
            Array.Clear(a);
            for (var r = 0; r < n; r++)
            {
                AddOuterProduct(design.AsSpan(r * k, k), w[r] * mu[r] * (1 - mu[r]), 0, a, b);
            }

            cov = SmallCholesky.Factor(a, k) ? SmallCholesky.Inverse(a, k) : null;
            boundary |= cov is null;
        }

        return new OutcomeFit(beta, -deviance / 2, iterations, converged && !singular, boundary, cov);
    }

    /// <summary>Adds weight · row rowᵀ to the lower triangle of <paramref name="a"/> and weight · z · row to <paramref name="b"/>.</summary>
    private static void AddOuterProduct(ReadOnlySpan<double> row, double weight, double z, double[] a, double[] b)
    {
        var k = row.Length;
        for (var i = 0; i < k; i++)
        {
            var wi = weight * row[i];
            b[i] += wi * z;
            var ai = i * k;
            for (var j = 0; j <= i; j++)
            {
                a[ai + j] += wi * row[j];
            }
        }
    }

    /// <summary>The subset's design, row-major with k = columns + 1 values per row (the intercept's 1 first).</summary>
    private void Pack(int[] columns, double[] design)
    {
        var n = _data.N;
        var p = _data.P;
        var x = _data.X;
        var k = columns.Length + 1;
        for (var r = 0; r < n; r++)
        {
            var to = r * k;
            var from = r * p;
            design[to] = 1;
            for (var s = 0; s < columns.Length; s++)
            {
                design[to + 1 + s] = x[from + columns[s]];
            }
        }
    }

    /// <summary>η = Xβ and μ = logit⁻¹(η) for every row, and the binomial deviance at μ, in one pass.</summary>
    private double PredictWithDeviance(double[] beta, double[] design, int k, double[] eta, double[] mu)
    {
        var n = _data.N;
        var w = _data.Weight;
        for (var r = 0; r < n; r++)
        {
            var row = design.AsSpan(r * k, k);
            var e = 0.0;
            for (var s = 0; s < k; s++)
            {
                e += beta[s] * row[s];
            }

            eta[r] = e;
        }

        // Four rows at a time with PortableMath's exp and log, which give the same bits on every machine (the
        // runtime's vectorised exp/log and the C library's differ between an AVX2 JIT and a Native AOT build);
        // R's logit_linkinv: exp(η) thresholded at ±30, then exp/(1 + exp). The last rows go through the same
        // lanes, padded with weight 0.
        var low = Vector256.Create(-Threshold);
        var high = Vector256.Create(Threshold);
        var tiny = Vector256.Create(Eps);
        var huge = Vector256.Create(1 / Eps);
        var one = Vector256<double>.One;
        var sum = Vector256<double>.Zero;
        Span<double> lanes = stackalloc double[4];
        for (var start = 0; start < n; start += 4)
        {
            Vector256<double> e, level4, weight4;
            var full = start + 4 <= n;
            if (full)
            {
                e = Vector256.Create(new ReadOnlySpan<double>(eta, start, 4));
                level4 = Vector256.Create(new ReadOnlySpan<double>(_levels, start, 4));
                weight4 = Vector256.Create(new ReadOnlySpan<double>(w, start, 4));
            }
            else
            {
                e = Pad(eta, start, n, 0);
                level4 = Pad(_levels, start, n, 1);
                weight4 = Pad(w, start, n, 0);
            }

            var clamped = Vector256.Min(Vector256.Max(e, low), high);
            var t = Vector256.ConditionalSelect(Vector256.LessThan(e, low), tiny, Vector256.ConditionalSelect(Vector256.GreaterThan(e, high), huge, PortableMath.Exp(clamped)));
            var m = t / (one + t);
            if (full)
            {
                m.CopyTo(mu, start);
            }
            else
            {
                m.CopyTo(lanes);
                lanes[..(n - start)].CopyTo(mu.AsSpan(start));
            }

            var observed = Vector256.ConditionalSelect(Vector256.Equals(level4, one), m, one - m);
            sum += weight4 * PortableMath.Log(observed);
        }

        var deviance = -2 * FixedLanes.Reduce(sum);
        return deviance;
    }

    private static Vector256<double> Pad(double[] values, int start, int n, double padding)
    {
        Span<double> lanes = stackalloc double[4];
        lanes.Fill(padding);
        values.AsSpan(start, n - start).CopyTo(lanes);
        return Vector256.Create((ReadOnlySpan<double>)lanes);
    }
}
