using System.Globalization;
using CxOkr.Data;

namespace CxOkr.Drivers;

/// <summary>
/// The rows a logistic or ordinal model uses (listwise deletion as the linear analysis does it), with the
/// drivers centred on their weighted means (row-major), the outcome as a level index and the checks that
/// make a model estimable: two or more levels, no empty level, no constant or collinear driver.
/// </summary>
internal sealed class OutcomeModelData
{
    private const double CollinearTolerance = 1e-10;

    private OutcomeModelData(string[] drivers, int n, double[] x, double[] means, double[] minimum, double[] maximum, int[] level, double[] weight, string[] labels, ListwiseDeletion rows, string outcome)
    {
        Drivers = drivers;
        N = n;
        X = x;
        Means = means;
        Minimum = minimum;
        Maximum = maximum;
        Level = level;
        Weight = weight;
        Labels = labels;
        Rows = rows;
        Outcome = outcome;
        SumOfWeights = weight.Sum();
        LevelWeights = new double[labels.Length];
        for (var r = 0; r < n; r++)
        {
            LevelWeights[level[r]] += weight[r];
        }
    }

    public string Outcome { get; }

    public string[] Drivers { get; }

    public int P => Drivers.Length;

    public int N { get; }

    /// <summary>Centred drivers, row r at X[r * P ..].</summary>
    public double[] X { get; }

    public double[] Means { get; }

    public double[] Minimum { get; }

    public double[] Maximum { get; }

    /// <summary>0-based level of each row (logistic: 0 or 1).</summary>
    public int[] Level { get; }

    public double[] Weight { get; }

    public string[] Labels { get; }

    public int K => Labels.Length;

    public double[] LevelWeights { get; }

    public double SumOfWeights { get; }

    public ListwiseDeletion Rows { get; }

    public static OutcomeModelData Logistic(DriverTable table)
    {
        var y = table.BinaryOutcome();
        return Build(table, y, [0.0, 1.0], ["0", "1"], ordinal: false);
    }

    public static OutcomeModelData Ordinal(DriverTable table)
    {
        var (values, labels) = table.OrderedOutcome();
        var y = table.Table.NumericColumn(table.Specification.Outcome);
        return Build(table, y, values, labels, ordinal: true);
    }

    private static OutcomeModelData Build(DriverTable table, double[] y, double[] values, string[] labels, bool ordinal)
    {
        var specification = table.Specification;
        var prepared = KeyDriverAnalyzer.Prepare(table.Table, specification);
        var drivers = specification.Drivers.ToArray();
        var p = drivers.Length;
        var n = prepared.Used.Count;
        var weight = new double[n];
        var level = new int[n];
        var x = new double[n * p];
        for (var i = 0; i < n; i++)
        {
            var r = prepared.Used[i];
            weight[i] = prepared.W is null ? 1.0 : prepared.W[r];
            level[i] = Array.BinarySearch(values, y[r]);
            for (var j = 0; j < p; j++)
            {
                x[(i * p) + j] = prepared.X[j][r];
            }
        }

        var counts = new double[values.Length];
        for (var i = 0; i < n; i++)
        {
            counts[level[i]] += weight[i];
        }

        var present = Enumerable.Range(0, values.Length).Where(k => counts[k] > 0).ToArray();
        if (present.Length < 2)
        {
            var only = present.Length == 1 ? $"only the value {labels[present[0]]}" : "no value";
            throw new ModelFitException(ModelFitProblem.SingleLevelOutcome, [], $"the outcome '{specification.Outcome}' takes {only} over the {n} rows used: a {(ordinal ? "model of ordered levels" : "logistic model")} needs at least two outcome values.");
        }

        if (present.Length < values.Length)
        {
            var empty = Enumerable.Range(0, values.Length).Where(k => counts[k] == 0).Select(k => labels[k]).ToArray();
            throw new ModelFitException(ModelFitProblem.EmptyLevel, [], $"the outcome '{specification.Outcome}' level{(empty.Length == 1 ? string.Empty : "s")} {string.Join(", ", empty)} {(empty.Length == 1 ? "has" : "have")} no row left after rows with a missing driver or weight were dropped: merge {(empty.Length == 1 ? "it" : "them")} with a neighbouring level or recode the outcome.");
        }

        var sum = weight.Sum();
        var means = new double[p];
        var minimum = Enumerable.Repeat(double.PositiveInfinity, p).ToArray();
        var maximum = Enumerable.Repeat(double.NegativeInfinity, p).ToArray();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < p; j++)
            {
                var v = x[(i * p) + j];
                means[j] += weight[i] * v;
                minimum[j] = Math.Min(minimum[j], v);
                maximum[j] = Math.Max(maximum[j], v);
            }
        }

        for (var j = 0; j < p; j++)
        {
            means[j] /= sum;
        }

        var constant = Enumerable.Range(0, p).Where(j => minimum[j] == maximum[j]).Select(j => drivers[j]).ToArray();
        if (constant.Length > 0)
        {
            throw new ModelFitException(ModelFitProblem.ConstantDriver, constant, $"driver{(constant.Length == 1 ? string.Empty : "s")} {string.Join(", ", constant)} {(constant.Length == 1 ? "takes a single value" : "take a single value each")} over the {n} rows used: {(constant.Length == 1 ? "it has" : "they have")} no effect to estimate; leave {(constant.Length == 1 ? "it" : "them")} out.");
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < p; j++)
            {
                x[(i * p) + j] -= means[j];
            }
        }

        CheckCollinear(x, weight, n, p, drivers);
        return new OutcomeModelData(drivers, n, x, means, minimum, maximum, level, weight, labels, prepared.Rows, specification.Outcome);
    }

    /// <summary>Sweeps the weighted correlation matrix of the drivers in order; a driver explained by the earlier ones to within the tolerance is an error naming it and them.</summary>
    private static void CheckCollinear(double[] x, double[] weight, int n, int p, string[] drivers)
    {
        var c = new double[p * p];
        for (var i = 0; i < n; i++)
        {
            for (var a = 0; a < p; a++)
            {
                var xa = weight[i] * x[(i * p) + a];
                for (var b = 0; b <= a; b++)
                {
                    c[(a * p) + b] += xa * x[(i * p) + b];
                }
            }
        }

        var stride = SweepMatrix.Stride(p);
        var work = new double[p * stride];
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < p; b++)
            {
                var cab = a >= b ? c[(a * p) + b] : c[(b * p) + a];
                work[(a * stride) + b] = cab / Math.Sqrt(c[(a * p) + a] * c[(b * p) + b]);
            }
        }

        for (var j = 0; j < p; j++)
        {
            if (!(work[(j * stride) + j] >= CollinearTolerance))
            {
                var earlier = string.Join(", ", drivers.Take(j));
                throw new ModelFitException(ModelFitProblem.CollinearDrivers, drivers.Take(j + 1).ToArray(), $"driver {drivers[j]} is a linear combination of {earlier} over the rows used (1 - R² below {CollinearTolerance.ToString("G", CultureInfo.InvariantCulture)}): its effect cannot be told apart; leave it out.");
            }

            SweepMatrix.Sweep(work, p, stride, j, reverse: false);
        }
    }
}
