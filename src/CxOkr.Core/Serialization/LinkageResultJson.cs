using CxOkr.Linkage;

namespace CxOkr.Serialization;

// The JSON shape of a LinkageResult as `cxokr linkage --format json` prints it (docs/linkage.md): `weight` is
// null without weights; `lower`/`upper` are the BCa bootstrap interval of the total effect, null without a
// bootstrap; `unmeasured` lists the links left out as {from, to}.
#pragma warning disable SA1402 // one file for the linkage result's DTOs: they only make sense together

internal sealed record LinkageResultJson(
    string Target,
    string? Weight,
    IReadOnlyList<LinkageEquationJson> Equations,
    IReadOnlyList<LinkageEffectJson> Effects,
    IReadOnlyList<LinkageLinkJson> Unmeasured)
{
    public static LinkageResultJson From(LinkageResult result) => new(
        result.Target,
        result.Weight,
        result.Equations.Select(static e => new LinkageEquationJson(e.MetricId, e.NUsed, e.RSquared, e.Intercept, e.Terms.Select(static t => new LinkageTermJson(t.MetricId, t.Coefficient, t.StandardError, t.T, t.P)).ToList())).ToList(),
        result.Effects.Select(static e => new LinkageEffectJson(e.MetricId, e.Direct, e.Indirect, e.Total, e.StandardizedTotal, e.Paths, e.TotalInterval?.BcaLower, e.TotalInterval?.BcaUpper)).ToList(),
        result.Unmeasured.Select(static l => new LinkageLinkJson(l.From, l.To)).ToList());
}

internal sealed record LinkageEquationJson(string MetricId, long NUsed, double RSquared, double Intercept, IReadOnlyList<LinkageTermJson> Terms);

internal sealed record LinkageTermJson(string MetricId, double Coefficient, double StandardError, double T, double P);

internal sealed record LinkageEffectJson(string MetricId, double Direct, double Indirect, double Total, double StandardizedTotal, IReadOnlyList<IReadOnlyList<string>> Paths, double? Lower, double? Upper);

internal sealed record LinkageLinkJson(string From, string To);
