namespace CxOkr.Drivers;

/// <summary>
/// The cumulative-logit model logit P(Y ≤ j) = θ_j − x'b (as R's <c>MASS::polr</c> and <c>ordinal::clm</c>)
/// by Newton's method on the log-likelihood Σ w log(F(θ_y − η) − F(θ_{y−1} − η)) with its analytic
/// gradient and Hessian, step halving when a step lowers the likelihood or disorders the thresholds.
/// Starts from the null model's thresholds (the cumulative logits of the weighted level shares) and b = 0;
/// converged when the largest Newton step is below 1e-9. The covariance is the inverse of the negative
/// Hessian at the estimates (as <c>clm</c>'s <c>vcov</c>).
/// </summary>
internal sealed class OrdinalFitter : IOutcomeFitter
{
    private const double StepTolerance = 1e-9;
    private const int MaxHalvings = 40;
    private const double BoundaryEps = 10 * 2.220446049250313e-16;

    private readonly OutcomeModelData _data;
    private readonly int _maxIterations;
    private readonly double[] _nullThresholds;

    public OrdinalFitter(OutcomeModelData data, int maxIterations)
    {
        _data = data;
        _maxIterations = maxIterations;
        var k = data.K;
        _nullThresholds = new double[k - 1];
        var cumulative = 0.0;
        var logLikelihood = 0.0;
        for (var j = 0; j < k; j++)
        {
            var wj = data.LevelWeights[j];
            logLikelihood += wj * Math.Log(wj / data.SumOfWeights);
            if (j < k - 1)
            {
                cumulative += wj;
                _nullThresholds[j] = Math.Log(cumulative / (data.SumOfWeights - cumulative));
            }
        }

        NullLogLikelihood = logLikelihood;
    }

    public int Alphas => _data.K - 1;

    public double NullLogLikelihood { get; }

    /// <summary>The null model's thresholds.</summary>
    public IReadOnlyList<double> NullThresholds => _nullThresholds;

    public OutcomeFit Fit(int[] columns, double[]? start, bool covariance)
    {
        var alphas = Alphas;
        var k = alphas + columns.Length;
        var parameters = new double[k];
        if (start is null)
        {
            _nullThresholds.CopyTo(parameters, 0);
        }
        else
        {
            start.CopyTo(parameters, 0);
        }

        var gradient = new double[k];
        var hessian = new double[k * k];
        var step = new double[k];
        var candidate = new double[k];
        var row = new double[columns.Length];
        var logLikelihood = Evaluate(parameters, columns, gradient, hessian, row, out var boundary);
        var converged = false;
        var iterations = 0;
        var failed = !double.IsFinite(logLikelihood);
        while (!failed && iterations < _maxIterations)
        {
            // Newton step: (−H) step = g.
            for (var i = 0; i < k * k; i++)
            {
                hessian[i] = -hessian[i];
            }

            if (!SmallCholesky.Factor(hessian, k))
            {
                failed = true;
                break;
            }

            gradient.CopyTo(step, 0);
            SmallCholesky.Solve(hessian, k, step);
            iterations++;
            var t = 1.0;
            var accepted = false;
            for (var h = 0; h <= MaxHalvings; h++, t /= 2)
            {
                for (var i = 0; i < k; i++)
                {
                    candidate[i] = parameters[i] + (t * step[i]);
                }

                if (Ordered(candidate, alphas))
                {
                    var value = Evaluate(candidate, columns, null, null, row, out _);
                    if (value >= logLikelihood - (1e-12 * Math.Abs(logLikelihood)))
                    {
                        accepted = true;
                        break;
                    }
                }
            }

            if (!accepted)
            {
                failed = true;
                break;
            }

            candidate.CopyTo(parameters, 0);
            logLikelihood = Evaluate(parameters, columns, gradient, hessian, row, out boundary);
            var largest = 0.0;
            for (var i = 0; i < k; i++)
            {
                largest = Math.Max(largest, Math.Abs(t * step[i]));
            }

            if (largest < StepTolerance)
            {
                converged = true;
                break;
            }
        }

        double[]? cov = null;
        if (covariance && !failed)
        {
            var information = new double[k * k];
            for (var i = 0; i < k * k; i++)
            {
                information[i] = -hessian[i];
            }

            if (SmallCholesky.Factor(information, k))
            {
                cov = SmallCholesky.Inverse(information, k);
            }
            else
            {
                failed = true;
            }
        }

        return new OutcomeFit(parameters, logLikelihood, iterations, converged && !failed, boundary || failed, cov);
    }

    private static bool Ordered(double[] parameters, int alphas)
    {
        for (var j = 1; j < alphas; j++)
        {
            if (!(parameters[j] > parameters[j - 1]))
            {
                return false;
            }
        }

        return parameters.All(double.IsFinite);
    }

    private static double Logistic(double u) => u >= 0 ? 1 / (1 + Math.Exp(-u)) : Math.Exp(u) / (1 + Math.Exp(u));

    /// <summary>The log-likelihood; with <paramref name="gradient"/> and <paramref name="hessian"/>, also its first and second derivatives (Hessian lower triangle mirrored).</summary>
    private double Evaluate(double[] parameters, int[] columns, double[]? gradient, double[]? hessian, double[] row, out bool boundary)
    {
        var n = _data.N;
        var p = _data.P;
        var x = _data.X;
        var w = _data.Weight;
        var level = _data.Level;
        var alphas = Alphas;
        var m = columns.Length;
        var k = alphas + m;
        boundary = false;
        if (gradient is not null)
        {
            Array.Clear(gradient);
            Array.Clear(hessian!);
        }

        var sum = 0.0;
        for (var r = 0; r < n; r++)
        {
            var offset = r * p;
            var eta = 0.0;
            for (var s = 0; s < m; s++)
            {
                row[s] = x[offset + columns[s]];
                eta += parameters[alphas + s] * row[s];
            }

            var y = level[r];
            var hasUpper = y < alphas;
            var hasLower = y > 0;
            var upper = hasUpper ? parameters[y] - eta : 0;
            var lower = hasLower ? parameters[y - 1] - eta : 0;
            var fUpper = hasUpper ? Logistic(upper) : 1;
            var fLower = hasLower ? Logistic(lower) : 0;

            // P(observed) without cancellation: in the upper tail use the survival functions.
            double probability;
            if (hasUpper && hasLower)
            {
                probability = lower > 0 ? Logistic(-lower) - Logistic(-upper) : fUpper - fLower;
            }
            else
            {
                probability = hasUpper ? fUpper : Logistic(-lower);
            }

            if (!(probability > 0))
            {
                boundary = true;
                return double.NegativeInfinity;
            }

            if ((hasUpper && (fUpper > 1 - BoundaryEps || fUpper < BoundaryEps)) || (hasLower && (fLower > 1 - BoundaryEps || fLower < BoundaryEps)))
            {
                boundary = true;
            }

            var wr = w[r];
            sum += wr * Math.Log(probability);
            if (gradient is null)
            {
                continue;
            }

            var densityUpper = hasUpper ? fUpper * (1 - fUpper) : 0;
            var densityLower = hasLower ? fLower * (1 - fLower) : 0;
            var slopeUpper = densityUpper * (1 - (2 * fUpper));
            var slopeLower = densityLower * (1 - (2 * fLower));
            var du = densityUpper / probability;
            var dl = -densityLower / probability;
            var huu = (slopeUpper / probability) - (du * du);
            var hll = (-slopeLower / probability) - (dl * dl);
            var hul = -du * dl;
            var db = -(du + dl);
            var hbu = -(huu + hul);
            var hbl = -(hul + hll);
            var hbb = huu + (2 * hul) + hll;
            if (hasUpper)
            {
                gradient[y] += wr * du;
                hessian![(y * k) + y] += wr * huu;
            }

            if (hasLower)
            {
                gradient[y - 1] += wr * dl;
                hessian![((y - 1) * k) + y - 1] += wr * hll;
            }

            if (hasUpper && hasLower)
            {
                hessian![(y * k) + y - 1] += wr * hul;
            }

            for (var s = 0; s < m; s++)
            {
                var ws = wr * row[s];
                var i = alphas + s;
                gradient[i] += ws * db;
                if (hasUpper)
                {
                    hessian![(i * k) + y] += ws * hbu;
                }

                if (hasLower)
                {
                    hessian![(i * k) + y - 1] += ws * hbl;
                }

                var hi = ws * hbb;
                for (var t = 0; t <= s; t++)
                {
                    hessian![(i * k) + alphas + t] += hi * row[t];
                }
            }
        }

        if (hessian is not null)
        {
            for (var i = 0; i < k; i++)
            {
                for (var j = i + 1; j < k; j++)
                {
                    hessian[(i * k) + j] = hessian[(j * k) + i];
                }
            }
        }

        return sum;
    }
}
