using CxOkr.Alignment;
using CxOkr.Journeys;
using CxOkr.Okrs;

namespace CxOkr.Tests.Alignment;

/// <summary>A small organisation (company > support > chat) and helpers to build cascades for rule tests.</summary>
internal static class AlignmentFixture
{
    public static readonly OrgUnit[] Units =
    [
        new("company", "Acme"),
        new("support", "Support", "company"),
        new("chat", "Chat team", "support"),
        new("sales", "Sales", "company"),
    ];

    public static readonly OkrPeriod Q4 = new("Q4", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));
    public static readonly OkrPeriod Nov = new("Nov", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
    public static readonly OkrPeriod Q1 = new("Q1", new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31));

    public static readonly MetricDefinition[] Metrics =
    [
        new("nps", "Relationship NPS", MetricTier.Relationship, null, DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Nps),
        new("support_sat", "Support satisfaction", MetricTier.Journey, MetricScope.ForJourney("support"), DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean),
        new("chat_csat", "Chat CSAT", MetricTier.Interaction, MetricScope.ForTouchpoint("tp-chat"), DataKind.Experience, Collection.Solicited, Structure.Structured, Calculation.Mean),
        new("handle_time", "Handle time", MetricTier.Interaction, MetricScope.ForTouchpoint("tp-phone"), DataKind.Operational, Collection.Unsolicited, Structure.Structured, Calculation.Mean),
        new("app_rating", "App rating", MetricTier.Interaction, MetricScope.ForTouchpoint("tp-app"), DataKind.Experience, Collection.Unsolicited, Structure.Structured, Calculation.Mean),
    ];

    public static readonly MetricLink[] Links = [new("chat_csat", "support_sat"), new("support_sat", "nps")];

    public static KeyResult Kr(string id, string? metric, KeyResultKind kind = KeyResultKind.Increase, double threshold = 1) => kind switch
    {
        KeyResultKind.Increase => KeyResult.Increase(id, $"KR {id}", 0, 10, metricId: metric),
        KeyResultKind.Decrease => KeyResult.Decrease(id, $"KR {id}", 10, 0, metricId: metric),
        KeyResultKind.AtLeast => KeyResult.AtLeast(id, $"KR {id}", threshold, metricId: metric),
        KeyResultKind.AtMost => KeyResult.AtMost(id, $"KR {id}", threshold, metricId: metric),
        _ => KeyResult.Milestone(id, $"KR {id}", metricId: metric),
    };

    public static Objective Obj(string id, string unit, string? parent, string period = "Q4", params KeyResult[] keyResults) =>
        new(id, $"Objective {id}", unit, period, keyResults, parent);

    /// <summary>A healthy three-level cascade: company NPS, support satisfaction, chat CSAT.</summary>
    public static List<Objective> Healthy() =>
    [
        Obj("o-company", "company", null, "Q4", Kr("kr-nps", "nps")),
        Obj("o-support", "support", "o-company", "Q4", Kr("kr-sat", "support_sat")),
        Obj("o-chat", "chat", "o-support", "Q4", Kr("kr-csat", "chat_csat")),
        Obj("o-sales", "sales", "o-company", "Q4", Kr("kr-sales-nps", "nps")),
    ];

    public static AlignmentReport Check(IEnumerable<Objective> objectives, IEnumerable<KeyDriverRanking>? drivers = null, AlignmentOptions? options = null) =>
        new AlignmentChecker(options).Check(new CascadeGraph(objectives, Units, [Q4, Nov, Q1], Metrics, Links, drivers));

    public static IEnumerable<CxOkr.Findings.Finding> Of(this AlignmentReport report, string rule) => report.Findings.Where(f => f.Rule == rule);
}
