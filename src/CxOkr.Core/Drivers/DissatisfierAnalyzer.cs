using System.Globalization;
using System.Numerics;
using CxOkr.Measures;
using CxOkr.Utilities;

namespace CxOkr.Drivers;

/// <summary>
/// Key dissatisfiers and delighters of an outcome: reach-noise Shapley values (Conklin, Powaga and Lipovetsky
/// 2004) and the penalty-reward contrast (Brandt 1988) with its Kano category. Formulas in docs/comparisons.md.
/// </summary>
/// <remarks>
/// <para>
/// Rows are those of the <see cref="DriverTable"/> after the same listwise deletion as a key-driver analysis
/// (outcome, every driver and a positive weight present); case weights, when the table has them, weigh every
/// share and the regression (as R's <c>lm(weights=)</c>).
/// </para>
/// <para>
/// Reach-noise game: a driver fails for a respondent when the answer is at or below
/// <see cref="DissatisfierOptions.Low"/>, and the outcome is dissatisfied at or below
/// <see cref="DissatisfierOptions.OutcomeLow"/>. For a set S of drivers, v(S) = 100 x (share of the dissatisfied
/// failing on any driver of S - share of the others failing on any driver of S): the reach among the dissatisfied
/// minus the noise among the rest. Each driver's exact Shapley value of v,
/// phi_j = sum over S not holding j of |S|! (q - |S| - 1)! / q! (v(S + j) - v(S)), sums to v(all drivers). The
/// satisfier game is the same with answers at or above <see cref="DissatisfierOptions.High"/> and outcomes at
/// or above <see cref="DissatisfierOptions.OutcomeHigh"/>. The game is not an R^2, so the key-driver Shapley
/// engine (which sweeps a correlation matrix) cannot play it: v is tabulated for all 2^q subsets from the
/// weight of each failure pattern by a subset-sum transform, O(q 2^q), and the values summed exactly over all
/// subsets (q at most <see cref="DissatisfierOptions.MaxDrivers"/>).
/// </para>
/// <para>
/// Penalty-reward: least squares of the outcome on, per driver, a 0/1 dummy for failing and one for delighting
/// (fitted by <see cref="KeyDriverAnalyzer"/>'s regression, equal to R's <c>lm</c>); the penalty is the failing
/// dummy's coefficient, the reward the delighting dummy's, each with its t-test p. Category at
/// <see cref="SignificanceLevel"/>: basic (penalty only), excitement (reward only), performance (both),
/// indifferent (neither).
/// </para>
/// </remarks>
/// <threadsafety>Thread-safe: static and stateless.</threadsafety>
public static class DissatisfierAnalyzer
{
    /// <summary>The p-value below which a penalty or reward is significant for the Kano category.</summary>
    public const double SignificanceLevel = 0.05;

    // A game's total v(all) within this fraction of the sum of the absolute Shapley values is zero up to
    // rounding (its shares would be rounding noise divided by rounding noise): shares are then 0.
    private const double ShareTolerance = 1e-9;

    /// <summary>Analyses the drivers of <paramref name="table"/>.</summary>
    /// <param name="table">The outcome, drivers and optional weight (<see cref="DriverTable.FromTable(Data.ColumnTable, string, IReadOnlyList{string}?, string?, Journeys.MetricScale?, Measures.OutOfRangePolicy)"/> or <see cref="DriverTable.FromResponses"/>).</param>
    /// <param name="options">The cut-offs; null for the NPS defaults.</param>
    /// <returns>The result, drivers in the table's order.</returns>
    /// <exception cref="ArgumentException">More than <see cref="DissatisfierOptions.MaxDrivers"/> drivers.</exception>
    /// <exception cref="Data.DataFormatException">Too few rows, a constant outcome, or no usable dummy for the regression.</exception>
    /// <exception cref="InsufficientDataException">No respondent (or every respondent) is dissatisfied, or delighted: a reach-noise game has no group to compare (the message names it).</exception>
    public static DissatisfierResult Analyze(DriverTable table, DissatisfierOptions? options = null)
    {
        Guard.NotNull(table);
        options ??= DissatisfierOptions.Default;
        var specification = table.Specification;
        var q = specification.Drivers.Count;
        if (q > DissatisfierOptions.MaxDrivers)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{q} drivers were given; the exact reach-noise Shapley values take at most {DissatisfierOptions.MaxDrivers}."), nameof(table));
        }

        var data = KeyDriverAnalyzer.Prepare(table.Table, specification);
        var rows = data.Used.Count;
        var fails = new int[rows];
        var delights = new int[rows];
        var weights = new double[rows];
        var y = new double[rows];
        int dissatisfied = 0, delighted = 0;
        for (var i = 0; i < rows; i++)
        {
            var r = data.Used[i];
            y[i] = data.Y[r];
            weights[i] = data.W is null ? 1 : data.W[r];
            for (var j = 0; j < q; j++)
            {
                var x = data.X[j][r];
                fails[i] |= x <= options.Low ? 1 << j : 0;
                delights[i] |= x >= options.High ? 1 << j : 0;
            }

            dissatisfied += y[i] <= options.OutcomeLow ? 1 : 0;
            delighted += y[i] >= options.OutcomeHigh ? 1 : 0;
        }

        var outcome = specification.Outcome;
        var dissatisfierShapley = Shapley(Game(fails, weights, i => y[i] <= options.OutcomeLow, q, $"dissatisfied (outcome '{outcome}' at or below {Text(options.OutcomeLow)})"), q);
        var satisfierShapley = Shapley(Game(delights, weights, i => y[i] >= options.OutcomeHigh, q, $"delighted (outcome '{outcome}' at or above {Text(options.OutcomeHigh)})"), q);
        var dissatisfierTotal = Total(dissatisfierShapley);
        var satisfierTotal = Total(satisfierShapley);

        var fit = PenaltyReward(specification, y, fails, delights, weights, q);
        var drivers = new DissatisfierDriver[q];
        for (var j = 0; j < q; j++)
        {
            var penalty = fit.Terms[2 * j];
            var reward = fit.Terms[(2 * j) + 1];
            var penaltySignificant = penalty is { P: < SignificanceLevel };
            var rewardSignificant = reward is { P: < SignificanceLevel };
            drivers[j] = new DissatisfierDriver
            {
                Name = specification.Drivers[j],
                DissatisfierShapley = dissatisfierShapley[j],
                DissatisfierShare = dissatisfierTotal != 0 ? dissatisfierShapley[j] / dissatisfierTotal : 0,
                SatisfierShapley = satisfierShapley[j],
                SatisfierShare = satisfierTotal != 0 ? satisfierShapley[j] / satisfierTotal : 0,
                Penalty = penalty?.Coefficient,
                PenaltyP = penalty?.P,
                Reward = reward?.Coefficient,
                RewardP = reward?.P,
                Category = (penaltySignificant, rewardSignificant) switch
                {
                    (true, true) => KanoCategory.Performance,
                    (true, false) => KanoCategory.Basic,
                    (false, true) => KanoCategory.Excitement,
                    _ => KanoCategory.Indifferent,
                },
            };
        }

        return new DissatisfierResult(outcome, rows, dissatisfied, delighted, options, drivers);
    }

    /// <summary>v(S) for every subset S (bit j = driver j) of the reach-noise game of <paramref name="masks"/> between the target group and the others.</summary>
    internal static double[] Game(int[] masks, double[] weights, Func<int, bool> inTarget, int q, string target)
    {
        var size = 1 << q;
        var full = size - 1;
        var targetWeight = new double[size];
        var otherWeight = new double[size];
        double targetTotal = 0, otherTotal = 0;
        for (var i = 0; i < masks.Length; i++)
        {
            if (inTarget(i))
            {
                targetWeight[masks[i]] += weights[i];
                targetTotal += weights[i];
            }
            else
            {
                otherWeight[masks[i]] += weights[i];
                otherTotal += weights[i];
            }
        }

        if (!(targetTotal > 0) || !(otherTotal > 0))
        {
            throw new InsufficientDataException(targetTotal > 0
                ? $"every respondent is {target}: the reach-noise game needs some who are not."
                : $"no respondent is {target}: the reach-noise game needs some.");
        }

        // Subset sums: W(T) = weight of the patterns that fail only on drivers in T.
        for (var bit = 1; bit < size; bit <<= 1)
        {
            for (var t = 0; t < size; t++)
            {
                if ((t & bit) != 0)
                {
                    targetWeight[t] += targetWeight[t ^ bit];
                    otherWeight[t] += otherWeight[t ^ bit];
                }
            }
        }

        // Reach of S = total - W(complement of S), as shares, in points; the totals are taken from the transform
        // itself (W of all drivers) so that the empty set reaches exactly nobody, v(empty) = 0.
        targetTotal = targetWeight[full];
        otherTotal = otherWeight[full];
        var v = new double[size];
        for (var s = 0; s < size; s++)
        {
            var reach = (targetTotal - targetWeight[full & ~s]) / targetTotal;
            var noise = (otherTotal - otherWeight[full & ~s]) / otherTotal;
            v[s] = 100 * (reach - noise);
        }

        return v;
    }

    /// <summary>Exact Shapley values of a game tabulated over all 2^q subsets (v[0] is the empty set).</summary>
    internal static double[] Shapley(double[] v, int q)
    {
        // |S|! (q - |S| - 1)! / q! = 1 / (q C(q - 1, |S|)).
        var coefficient = new double[q];
        for (var s = 0; s < q; s++)
        {
            coefficient[s] = 1 / (q * DominanceEngine.Binomial(q - 1, s));
        }

        var phi = new double[q];
        for (var j = 0; j < q; j++)
        {
            var bit = 1 << j;
            double sum = 0;
            for (var s = 0; s < v.Length; s++)
            {
                if ((s & bit) == 0)
                {
                    sum += coefficient[BitOperations.PopCount((uint)s)] * (v[s | bit] - v[s]);
                }
            }

            phi[j] = sum;
        }

        return phi;
    }

    private static KeyDriverAnalyzer.LinearRegression PenaltyReward(KeyDriverSpecification specification, double[] y, int[] fails, int[] delights, double[] weights, int q)
    {
        var names = new string[2 * q];
        for (var j = 0; j < q; j++)
        {
            names[2 * j] = $"{specification.Drivers[j]} (failing)";
            names[(2 * j) + 1] = $"{specification.Drivers[j]} (delighting)";
        }

        var accumulator = new CovarianceAccumulator((2 * q) + 1);
        var row = new double[(2 * q) + 1];
        for (var i = 0; i < y.Length; i++)
        {
            row[0] = y[i];
            for (var j = 0; j < q; j++)
            {
                row[(2 * j) + 1] = (fails[i] >> j) & 1;
                row[(2 * j) + 2] = (delights[i] >> j) & 1;
            }

            accumulator.Add(row, weights[i]);
        }

        return new KeyDriverAnalyzer().Regress(accumulator, specification.Outcome, names);
    }

    /// <summary>The sum of the values, or 0 when it is 0 up to rounding (<see cref="ShareTolerance"/> of the sum of their sizes).</summary>
    private static double Total(double[] values)
    {
        var total = values.Sum();
        return Math.Abs(total) <= ShareTolerance * values.Sum(Math.Abs) ? 0 : total;
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
