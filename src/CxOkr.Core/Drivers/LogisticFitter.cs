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

    public LogisticFitter(OutcomeModelData data, int maxIterations)
    {
        _data = data;
        _maxIterations = maxIterations;
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
        var p = _data.P;
        var x = _data.X;
        var w = _data.Weight;
        var level = _data.Level;
        var m = columns.Length;
        var k = m + 1;
        var eta = new double[n];
        var mu = new double[n];
        if (start is null)
        {
            for (var r = 0; r < n; r++)
            {
                mu[r] = ((w[r] * level[r]) + 0.5) / (w[r] + 1);
                eta[r] = Math.Log(mu[r] / (1 - mu[r]));
            }
        }
        else
        {
            Predict(start, columns, eta, mu);
        }

        var deviance = Deviance(mu);
        var a = new double[k * k];
        var b = new double[k];
        var row = new double[k];
        var beta = start is null ? new double[k] : (double[])start.Clone();
        var converged = false;
        var iterations = 0;
        var singular = false;
        for (var iteration = 1; iteration <= _maxIterations; iteration++)
        {
            iterations = iteration;
            Array.Clear(a);
            Array.Clear(b);
            row[0] = 1;
            for (var r = 0; r < n; r++)
            {
                var e = eta[r];
                var muEta = e > Threshold || e < -Threshold ? Eps : mu[r] * (1 - mu[r]);
                var variance = mu[r] * (1 - mu[r]);
                var z = e + ((level[r] - mu[r]) / muEta);
                var weight = w[r] * muEta * muEta / variance;
                var offset = r * p;
                for (var s = 0; s < m; s++)
                {
                    row[s + 1] = x[offset + columns[s]];
                }

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

            if (!SmallCholesky.Factor(a, k))
            {
                singular = true;
                break;
            }

            SmallCholesky.Solve(a, k, b);
            b.CopyTo(beta, 0);
            Predict(beta, columns, eta, mu);
            var previous = deviance;
            deviance = Deviance(mu);
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

        var boundary = singular || mu.Any(AtBoundary);
        double[]? cov = null;
        if (covariance && !singular)
        {
            // The Fisher information X'diag(w μ(1 − μ))X at the estimates.
            Array.Clear(a);
            for (var r = 0; r < n; r++)
            {
                var weight = w[r] * mu[r] * (1 - mu[r]);
                row[0] = 1;
                for (var s = 0; s < m; s++)
                {
                    row[s + 1] = x[(r * p) + columns[s]];
                }

                for (var i = 0; i < k; i++)
                {
                    for (var j = 0; j <= i; j++)
                    {
                        a[(i * k) + j] += weight * row[i] * row[j];
                    }
                }
            }

            cov = SmallCholesky.Factor(a, k) ? SmallCholesky.Inverse(a, k) : null;
            boundary |= cov is null;
        }

        return new OutcomeFit(beta, -deviance / 2, iterations, converged && !singular, boundary, cov);
    }

    private void Predict(double[] beta, int[] columns, double[] eta, double[] mu)
    {
        var p = _data.P;
        var x = _data.X;
        for (var r = 0; r < _data.N; r++)
        {
            var e = beta[0];
            var offset = r * p;
            for (var s = 0; s < columns.Length; s++)
            {
                e += beta[s + 1] * x[offset + columns[s]];
            }

            eta[r] = e;
            // R's logit_linkinv: exp(η) thresholded at ±30, then exp/(1 + exp).
            var t = e < -Threshold ? Eps : (e > Threshold ? 1 / Eps : Math.Exp(e));
            mu[r] = t / (1 + t);
        }
    }

    /// <summary>Binomial deviance of 0/1 outcomes, −2 Σ w log p(observed).</summary>
    private double Deviance(double[] mu)
    {
        var sum = 0.0;
        var w = _data.Weight;
        var level = _data.Level;
        for (var r = 0; r < mu.Length; r++)
        {
            sum -= 2 * w[r] * Math.Log(level[r] == 1 ? mu[r] : 1 - mu[r]);
        }

        return sum;
    }
}
