using CxOkr.Utilities;
using MathNet.Numerics.Distributions;

namespace CxOkr.Okrs;

/// <summary>
/// An objective's probability of attainment (docs/scoring.md): in each of <see cref="ScoringOptions.SimulationDraws"/>
/// seeded draws every increase or decrease key result with a trend takes an end-of-period value from its
/// predictive distribution (mean + se_pred x t on n - 2 df, independently of the others); every other key result
/// keeps its forecast score (increase/decrease without a trend) or current score (the other kinds). Objectives
/// score as the scorer does (weighted means, aligned children times their shares), and the probability is the
/// share of draws in which an objective's score reaches its type's target score, with standard error
/// sqrt(p (1 - p) / draws). An objective with key results whose target score is 1 (committed, by default)
/// and that no roll-up objective counts is not drawn: its score reaches 1 exactly when every key result of
/// positive weight does, so with independent key results p is the product of their probabilities of reaching
/// their targets, the value the simulation converges to, with error 0. Scoring 100,000 objectives stays
/// fast; aspirational objectives and roll-up trees are simulated.
/// </summary>
internal static class AttainmentSimulation
{
    public static (double? Probability, double? Error)[] Run(ScoringPlan plan, KeyResultScore[][] keyResultScores, (double? Score, string? Reason)[] rolled, DateOnly asOf, ScoringOptions options)
    {
        var count = plan.Objectives.Length;
        var result = new (double? Probability, double? Error)[count];
        var order = CombineOrder(plan);

        // Per key result: a fixed score, or a predictive distribution (mean, scale, df) turned into a score per draw.
        var models = new Model[count][];
        for (var i = 0; i < count; i++)
        {
            var keyResults = plan.Objectives[i].KeyResultArray;
            models[i] = new Model[keyResults.Length];
            for (var k = 0; k < keyResults.Length; k++)
            {
                var kr = keyResults[k];
                var score = keyResultScores[i][k];
                var fixedScore = score.Forecast?.Score ?? score.Score;
                if (kr.IsDirectional && OkrScorer.PredictionOf(kr, plan.Periods[i], asOf, out _) is { } prediction && prediction.SePrediction > 0)
                {
                    models[i][k] = new Model(fixedScore, prediction.Mean, prediction.SePrediction, prediction.DegreesOfFreedom, kr.Baseline!.Value, kr.Target!.Value);
                }
                else
                {
                    models[i][k] = new Model(kr.IsDirectional && score.Forecast is { } f ? f.Score : score.Score, 0, 0, 0, 0, 0);
                }
            }
        }

        // Objectives no roll-up counts, with key results and a target score of 1: exact product, no draws.
        var counted = new bool[count];
        foreach (var (_, children) in order)
        {
            foreach (var (child, _) in children)
            {
                counted[child] = true;
            }
        }

        var drawNode = new bool[count];
        for (var i = 0; i < count; i++)
        {
            var objective = plan.Objectives[i];
            var target = objective.Type == ObjectiveType.Aspirational ? options.AspirationalTargetScore : options.CommittedTargetScore;
            if (rolled[i].Score is not null && !counted[i] && objective.KeyResultArray.Length > 0 && Boundary.AtLeast(target, 1))
            {
                var p = 1.0;
                for (var k = 0; k < objective.KeyResultArray.Length; k++)
                {
                    if (objective.KeyResultArray[k].Weight > 0)
                    {
                        p *= models[i][k].ReachesOne(keyResultScores[i][k].AttainmentProbability);
                    }
                }

                result[i] = (p, 0);
            }
            else
            {
                drawNode[i] = true;
            }
        }

        // Without any predictive distribution every draw is the same: one draw gives the exact 0 or 1.
        var random = Enumerable.Range(0, count).Any(i => drawNode[i] && models[i].Any(static k => k.Scale > 0));
        var draws = random ? options.SimulationDraws : 1;
        var hits = new int[count];
        var drawn = new double?[count];
        var generator = new SplitMixRandom(options.SimulationSeed);
        for (var d = 0; d < draws; d++)
        {
            foreach (var (node, children) in order)
            {
                drawn[node] = null;
                if (rolled[node].Score is null || !drawNode[node])
                {
                    continue;
                }

                var objective = plan.Objectives[node];
                double sum = 0, weights = 0;
                if (objective.KeyResultArray.Length > 0)
                {
                    var keyResults = objective.KeyResultArray;
                    for (var k = 0; k < keyResults.Length; k++)
                    {
                        sum += keyResults[k].Weight * models[node][k].Draw(generator);
                        weights += keyResults[k].Weight;
                    }
                }
                else
                {
                    foreach (var (child, share) in children)
                    {
                        if (drawn[child] is { } s)
                        {
                            sum += plan.Objectives[child].Weight * share * s;
                            weights += plan.Objectives[child].Weight * share;
                        }
                    }
                }

                var score = Math.Clamp(sum / weights, 0, 1);
                drawn[node] = score;
                var target = objective.Type == ObjectiveType.Aspirational ? options.AspirationalTargetScore : options.CommittedTargetScore;
                if (Boundary.AtLeast(score, target))
                {
                    hits[node]++;
                }
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (rolled[i].Score is not null && drawNode[i])
            {
                var p = (double)hits[i] / draws;
                result[i] = (p, Math.Sqrt(p * (1 - p) / draws));
            }
        }

        return result;
    }

    /// <summary>The objectives in the order the scorer combines them (children first), each with the children it counts (those already combined: a child in a cycle is left out, as the scorer does).</summary>
    private static List<(int Node, List<(int Child, double Share)> Children)> CombineOrder(ScoringPlan plan)
    {
        var order = new List<(int, List<(int, double)>)>(plan.Objectives.Length);
        ChildrenFirstWalk.Run(
            plan.Objectives.Length,
            node => plan.Objectives[node].KeyResults.Count == 0 ? plan.Children[node].Select(static c => c.Child) : [],
            (node, done) =>
            {
                var counted = new List<(int, double)>();
                if (plan.Objectives[node].KeyResults.Count == 0)
                {
                    foreach (var (child, share) in plan.Children[node])
                    {
                        if (done(child))
                        {
                            counted.Add((child, share));
                        }
                    }
                }

                order.Add((node, counted));
            });
        return order;
    }

    /// <summary>A key result's score in a draw: fixed, or from its predictive distribution.</summary>
    private readonly record struct Model(double FixedScore, double Mean, double Scale, int Df, double Baseline, double Target)
    {
        /// <summary>The probability that the key result's score reaches 1: its probability of attainment when it has a distribution, else 0 or 1.</summary>
        public double ReachesOne(double? probability) =>
            Scale > 0 ? probability ?? 0 : (Boundary.AtLeast(FixedScore, 1) ? 1 : 0);

        public double Draw(Random random)
        {
            if (!(Scale > 0))
            {
                return FixedScore;
            }

            var value = StudentT.Sample(random, Mean, Scale, Df);
            return Math.Clamp((value - Baseline) / (Target - Baseline), 0, 1);
        }
    }

    /// <summary>A <see cref="Random"/> over <see cref="SplitMix64"/>, so the draws depend only on the seed (on every runtime).</summary>
    private sealed class SplitMixRandom(ulong seed) : Random
    {
        private ulong _state = seed;

        public override double NextDouble() => Sample();

        public override int Next() => (int)(SplitMix64.Next(ref _state) >> 33);

        public override int Next(int maxValue) => (int)(Sample() * maxValue);

        public override int Next(int minValue, int maxValue) => minValue + (int)(Sample() * ((long)maxValue - minValue));

        public override void NextBytes(byte[] buffer)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            for (var i = 0; i < buffer.Length; i++)
            {
                buffer[i] = (byte)(SplitMix64.Next(ref _state) >> 56);
            }
        }

        // 53 random bits in [0, 1).
        protected override double Sample() => (SplitMix64.Next(ref _state) >> 11) * (1.0 / (1UL << 53));
    }
}
