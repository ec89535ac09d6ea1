namespace CxOkr.Drivers;

/// <summary>Cholesky factorisation of a small symmetric positive-definite matrix (row-major, k × k), for the normal equations of a fit.</summary>
internal static class SmallCholesky
{
    /// <summary>Factors <paramref name="a"/> in place into its lower factor L (A = LLᵀ); false when A is not numerically positive definite.</summary>
    public static bool Factor(double[] a, int k)
    {
        for (var j = 0; j < k; j++)
        {
            var d = a[(j * k) + j];
            for (var t = 0; t < j; t++)
            {
                d -= a[(j * k) + t] * a[(j * k) + t];
            }

            if (!(d > 0) || !double.IsFinite(d))
            {
                return false;
            }

            d = Math.Sqrt(d);
            a[(j * k) + j] = d;
            for (var i = j + 1; i < k; i++)
            {
                var s = a[(i * k) + j];
                for (var t = 0; t < j; t++)
                {
                    s -= a[(i * k) + t] * a[(j * k) + t];
                }

                a[(i * k) + j] = s / d;
            }
        }

        return true;
    }

    /// <summary>Solves LLᵀx = b in place of <paramref name="b"/> with the factor from <see cref="Factor"/>.</summary>
    public static void Solve(double[] l, int k, double[] b)
    {
        for (var i = 0; i < k; i++)
        {
            var s = b[i];
            for (var t = 0; t < i; t++)
            {
                s -= l[(i * k) + t] * b[t];
            }

            b[i] = s / l[(i * k) + i];
        }

        for (var i = k - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var t = i + 1; t < k; t++)
            {
                s -= l[(t * k) + i] * b[t];
            }

            b[i] = s / l[(i * k) + i];
        }
    }

    /// <summary>The inverse (row-major) of LLᵀ from the factor.</summary>
    public static double[] Inverse(double[] l, int k)
    {
        var inverse = new double[k * k];
        var column = new double[k];
        for (var j = 0; j < k; j++)
        {
            Array.Clear(column);
            column[j] = 1;
            Solve(l, k, column);
            for (var i = 0; i < k; i++)
            {
                inverse[(i * k) + j] = column[i];
            }
        }

        return inverse;
    }
}
