using System.Text.Json;
using CxOkr.Drivers;
using CxOkr.Linkage;
using static CxOkr.Tests.Drivers.ReferenceCaseTests;

namespace CxOkr.Tests.Linkage;

/// <summary>Every number of the linkage analysis against R (lm per equation, path products, cov.wt, lavaan; TestData/linkage/PROVENANCE.md).</summary>
public sealed class LinkageReferenceTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData("linkage-unweighted", null)]
    [InlineData("linkage-weighted", "weight")]
    public void Equations_and_effects_match_lm_and_path_products(string name, string? weight)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(LinkageFixture.Folder, name + ".json"))).RootElement;
        var result = new LinkageAnalyzer(new LinkageOptions { Weight = weight }).Analyze(LinkageFixture.Metrics, LinkageFixture.Links, LinkageFixture.Table(), "nps");
        Assert.Equal("nps", result.Target);
        Assert.Equal(weight, result.Weight);
        var equations = expected.GetProperty("equations").EnumerateArray().ToList();
        Assert.Equal(equations.Select(static e => e.GetProperty("metricId").GetString()), result.Equations.Select(static e => e.MetricId));
        foreach (var (e, a) in equations.Zip(result.Equations))
        {
            Assert.Equal(e.GetProperty("nUsed").GetInt64(), a.NUsed);
            Close(e, "rSquared", a.RSquared, Tolerance, a.MetricId);
            Close(e, "intercept", a.Intercept, Tolerance, a.MetricId);
            var terms = e.GetProperty("terms").EnumerateArray().ToList();
            Assert.Equal(terms.Select(static t => t.GetProperty("metricId").GetString()), a.Terms.Select(static t => t.MetricId));
            foreach (var (et, at) in terms.Zip(a.Terms))
            {
                var where = $"{a.MetricId}~{at.MetricId}";
                Close(et, "coefficient", at.Coefficient, Tolerance, where);
                Close(et, "standardError", at.StandardError, Tolerance, where);
                Close(et, "t", at.T, Tolerance, where);
                Close(et, "p", at.P, Tolerance, where);
            }
        }

        var effects = expected.GetProperty("effects").EnumerateArray().ToList();
        Assert.Equal(effects.Count, result.Effects.Count);
        foreach (var e in effects)
        {
            var a = result.Effect(e.GetProperty("metricId").GetString()!);
            Close(e, "direct", a.Direct, Tolerance, a.MetricId);
            Close(e, "indirect", a.Indirect, Tolerance, a.MetricId);
            Close(e, "total", a.Total, Tolerance, a.MetricId);
            Close(e, "standardizedTotal", a.StandardizedTotal, Tolerance, a.MetricId);
            Assert.Null(a.TotalInterval);
        }

        Assert.Null(result.Bootstrap);
        var unmeasured = Assert.Single(result.Unmeasured);
        Assert.Equal(("time_to_resolution", "nps"), (unmeasured.From, unmeasured.To));
    }

    [Fact]
    public void Coefficients_on_complete_data_equal_lavaan_ml_estimates()
    {
        // lavaan's ML estimates of the recursive path model equal OLS per equation; lavaan stops its optimiser at
        // about 1e-7 relative (see PROVENANCE.md), so this reference is compared at 1e-6. lm on the same copy: 1e-9.
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(LinkageFixture.Folder, "linkage-lavaan.json"))).RootElement;
        var lm = JsonDocument.Parse(File.ReadAllText(Path.Combine(LinkageFixture.Folder, "linkage-complete.json"))).RootElement;
        var result = new LinkageAnalyzer().Analyze(LinkageFixture.Metrics, LinkageFixture.Links, LinkageFixture.Table("linkage-complete"), "nps");
        Assert.All(result.Equations, e => Assert.Equal(expected.GetProperty("nUsed").GetInt64(), e.NUsed));
        foreach (var c in expected.GetProperty("coefficients").EnumerateArray())
        {
            var term = result.Equations.Single(e => e.MetricId == c.GetProperty("outcome").GetString()).Terms.Single(t => t.MetricId == c.GetProperty("predictor").GetString());
            Close(c, "estimate", term.Coefficient, 1e-6, term.MetricId);
        }

        foreach (var t in expected.GetProperty("totals").EnumerateArray())
        {
            Close(t, "total", result.Effect(t.GetProperty("metricId").GetString()!).Total, 1e-6, t.GetProperty("metricId").GetString());
        }

        foreach (var e in lm.GetProperty("effects").EnumerateArray())
        {
            var a = result.Effect(e.GetProperty("metricId").GetString()!);
            Close(e, "total", a.Total, Tolerance, a.MetricId);
            Close(e, "standardizedTotal", a.StandardizedTotal, Tolerance, a.MetricId);
        }
    }

    [Theory]
    [InlineData("linkage-bootstrap-unweighted", null)]
    [InlineData("linkage-bootstrap-weighted", "weight")]
    public void Bootstrap_with_fixed_resamples_matches_the_reference(string name, string? weight)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(LinkageFixture.Folder, name + ".json"))).RootElement;
        var indices = LinkageFixture.Indices();
        var options = new LinkageOptions
        {
            Weight = weight,
            Bootstrap = new BootstrapOptions
            {
                Replicates = indices.Length,
                Confidence = expected.GetProperty("confidence").GetDouble(),
                JackknifeGroups = expected.GetProperty("jackknifeGroups").GetInt32(),
            },
        };
        var result = new LinkageAnalyzer(options, new FixedRowResampler(indices)).Analyze(LinkageFixture.Metrics, LinkageFixture.Links, LinkageFixture.Table(), "nps");
        Assert.Equal(new LinkageBootstrapSummary(indices.Length, 0, 0.9, 1), result.Bootstrap);
        foreach (var e in expected.GetProperty("effects").EnumerateArray())
        {
            var a = result.Effect(e.GetProperty("metricId").GetString()!);
            Interval(e.GetProperty("total"), a.TotalInterval!, "total", a.MetricId);
            Interval(e.GetProperty("standardizedTotal"), a.StandardizedTotalInterval!, "standardizedTotal", a.MetricId);
        }
    }

    private static void Interval(JsonElement expected, BootstrapInterval actual, string metric, string where)
    {
        Assert.Equal(metric, actual.Metric);
        Close(expected, "estimate", actual.Estimate, Tolerance, where);
        Close(expected, "percentileLower", actual.PercentileLower, Tolerance, where);
        Close(expected, "percentileUpper", actual.PercentileUpper, Tolerance, where);
        Close(expected, "bcaLower", actual.BcaLower, Tolerance, where);
        Close(expected, "bcaUpper", actual.BcaUpper, Tolerance, where);
        Close(expected, "standardError", actual.StandardError, Tolerance, where);
    }
}
