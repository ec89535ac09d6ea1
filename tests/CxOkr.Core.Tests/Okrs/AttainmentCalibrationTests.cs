using CxOkr.Okrs;

namespace CxOkr.Tests.Okrs;

/// <summary>
/// Calibration of the probability of attainment: on simulated key results whose values follow a noisy line
/// (seeded), the share of key results that reach their target, in each band of predicted probability, lies
/// within the binomial interval (z = 3.29, 99.9%) of the band's mean predicted probability. Each key result
/// has its own true line and noise; its owner sets the target anywhere within 3 prediction standard errors of
/// the line's forecast (c se_pred from yhat_E, c uniform): then, for any true line, reaching the target has
/// exactly the predicted probability when (Y_E - yhat_E) / se_pred follows Student's t on n - 2 df, so a wrong
/// standard error, degrees of freedom or tail shows up as a band outside its interval. (With targets set
/// independently of the data the t prediction is only calibrated under flat priors, which a simulation cannot draw.)
/// </summary>
public sealed class AttainmentCalibrationTests
{
    private static readonly OkrPeriod Q = new("q", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));

    [Fact]
    public void Predicted_probabilities_are_calibrated_on_noisy_lines()
    {
        var random = new Random(15);
        var bins = new (double SumP, int Hits, int Count)[10];
        var asOf = Q.Start.AddDays(60);
        var skipped = 0;
        for (var i = 0; i < 40000; i++)
        {
            // Lines rise by 91 to 182 noise SDs over the quarter, so practically every target lies above the baseline (the rare exceptions are counted) and the
            // key result is an increase whatever the data (choosing the kind from the data would bias the check).
            var sigma = Math.Exp(Math.Log(0.1) + (Math.Log(100) * random.NextDouble()));
            var slope = sigma * (1 + random.NextDouble());
            var intercept = 100 * random.NextDouble();
            var trueEnd = intercept + (slope * Q.SpanInDays);
            var baseline = intercept + (sigma * Normal(random));
            var days = Enumerable.Range(0, 3 + random.Next(6)).Select(_ => 1 + random.Next(60)).Distinct().Order().ToArray();
            var checkIns = days.Select(d => new CheckIn(Q.Start.AddDays(d), intercept + (slope * d) + (sigma * Normal(random)))).ToArray();
            double[] x = [0, .. days.Select(static d => (double)d)];
            double[] y = [baseline, .. checkIns.Select(static c => c.Value)];
            if (CxOkr.Utilities.TrendPrediction.Fit(x, y, Q.SpanInDays) is not { } line)
            {
                continue;
            }

            var target = line.Mean + (line.SePrediction * ((6 * random.NextDouble()) - 3));
            if (!(target > baseline))
            {
                skipped++;
                continue;
            }

            var keyResult = KeyResult.Increase("k", "k", baseline, target, checkIns: checkIns);
            var p = OkrScorer.AttainmentProbability(keyResult, Q, asOf)!.Value;
            var reached = trueEnd + (sigma * Normal(random)) >= target;
            var bin = Math.Min(9, (int)(p * 10));
            bins[bin] = (bins[bin].SumP + p, bins[bin].Hits + (reached ? 1 : 0), bins[bin].Count + 1);
        }

        Assert.True(skipped < 40, $"{skipped} targets fell below their baseline");
        var failures = new List<string>();
        foreach (var (sumP, hits, count) in bins)
        {
            Assert.True(count >= 200, $"a band has only {count} key results");
            var mean = sumP / count;
            var frequency = (double)hits / count;
            var halfWidth = 3.29 * Math.Sqrt(mean * (1 - mean) / count);
            if (Math.Abs(frequency - mean) > halfWidth)
            {
                failures.Add($"predicted {mean:0.0000}, reached {frequency:0.0000} of {count} (interval +-{halfWidth:0.0000})");
            }
        }

        Assert.True(failures.Count == 0, string.Join("; ", failures));
    }

    [Fact]
    public void A_probability_that_ignored_the_noise_would_fail_the_check()
    {
        // The check has teeth: the same key results judged by the forecast alone (probability 1 when the line
        // reaches the target, else 0) are far outside the binomial interval in the top band.
        var random = new Random(15);
        int hits = 0, count = 0;
        var asOf = Q.Start.AddDays(60);
        for (var i = 0; i < 3000; i++)
        {
            var sigma = 0.5 + (2.5 * random.NextDouble());
            var intercept = 50.0;
            var slope = 0.1;
            var trueEnd = intercept + (slope * Q.SpanInDays);
            var target = trueEnd + (sigma * 3 * ((2 * random.NextDouble()) - 1));
            var days = new[] { 10, 20, 30, 40, 50, 60 };
            var keyResult = KeyResult.Increase("k", "k", intercept, target,
                checkIns: days.Select(d => new CheckIn(Q.Start.AddDays(d), intercept + (slope * d) + (sigma * Normal(random)))));
            var score = new OkrScorer().ScoreKeyResult(keyResult, Q, ObjectiveType.Committed, asOf);
            if (score.Forecast!.Value >= target)
            {
                count++;
                hits += trueEnd + (sigma * Normal(random)) >= target ? 1 : 0;
            }
        }

        var frequency = (double)hits / count;
        Assert.True(frequency < 1 - (3.29 * Math.Sqrt(0.5 / count)), $"{frequency}");
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
