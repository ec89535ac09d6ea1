using CxOkr.Okrs;

namespace CxOkr.Storage.Testing;

/// <summary>Objectives, units, periods and a workspace used by the contract tests.</summary>
public static class Samples
{
    /// <summary>The fourth quarter of 2026.</summary>
    public static OkrPeriod Q4 { get; } = new("2026-Q4", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));

    /// <summary>The first quarter of 2027.</summary>
    public static OkrPeriod Q1 { get; } = new("2027-Q1", new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31));

    /// <summary>An objective with one key result of each kind and every optional field set somewhere.</summary>
    /// <param name="id">The objective id; key result ids are derived from it.</param>
    /// <param name="unitId">The owning unit.</param>
    /// <param name="periodId">The period.</param>
    /// <param name="title">The title.</param>
    /// <returns>The objective, without check-ins.</returns>
    public static Objective Objective(string id, string unitId = "support", string periodId = "2026-Q4", string title = "Customers get help fast") =>
        new(
            id,
            title,
            unitId,
            periodId,
            [
                KeyResult.Increase($"{id}-csat", "Lift chat CSAT", 72.5, 85, weight: 2, metricId: "chat_csat"),
                KeyResult.Decrease($"{id}-aht", "Cut handle time", 410, 300.25),
                KeyResult.AtLeast($"{id}-fcr", "Keep first-contact resolution", 0.1 + 0.2, weight: 0.5),
                KeyResult.AtMost($"{id}-backlog", "Keep backlog small", 1e-300),
                KeyResult.Milestone($"{id}-bot", "Launch the bot", weight: 0),
            ],
            parentId: "o-company",
            type: ObjectiveType.Aspirational,
            weight: 1.5);

    /// <summary>An objective with a single increase key result <c>{id}-kr</c>.</summary>
    /// <param name="id">The objective id.</param>
    /// <param name="unitId">The owning unit.</param>
    /// <param name="periodId">The period.</param>
    /// <returns>The objective.</returns>
    public static Objective Simple(string id, string unitId = "support", string periodId = "2026-Q4") =>
        new(id, $"Objective {id}", unitId, periodId, [KeyResult.Increase($"{id}-kr", "Lift it", 0, 100)]);

    /// <summary>A small but complete workspace: nested units, two periods, aligned objectives, every key result kind, check-ins with and without confidence and notes.</summary>
    /// <returns>The workspace.</returns>
    public static Workspace Workspace()
    {
        var d = static (int m, int day) => new DateOnly(2026, m, day);
        var company = new Objective("o-company", "Customers stay", "company", "2026-Q4", weight: 1);
        var support = new Objective(
            "o-support",
            "Help is fast",
            "support",
            "2026-Q4",
            [
                KeyResult.Increase("kr-csat", "Lift CSAT", 70, 85, 2, "chat_csat", [new CheckIn(d(10, 15), 74, 0.8, "first read"), new CheckIn(d(11, 1), 79.5), new CheckIn(d(11, 20), 81.25, 0.65)]),
                KeyResult.Decrease("kr-aht", "Cut handle time", 400, 300, 1, null, [new CheckIn(d(10, 31), 380, null, "slow start")]),
                KeyResult.AtLeast("kr-fcr", "Hold FCR", 0.7, 1, null, [new CheckIn(d(11, 2), 0.72)]),
                KeyResult.AtMost("kr-backlog", "Hold backlog", 50),
                KeyResult.Milestone("kr-bot", "Launch bot", 0.5, null, [new CheckIn(d(10, 20), 0), new CheckIn(d(11, 10), 1, 1)]),
            ],
            parentId: "o-company",
            type: ObjectiveType.Committed,
            weight: 2);
        var app = new Objective(
            "o-app",
            "The app just works",
            "app-squad",
            "2026-Q4",
            [KeyResult.Increase("kr-rating", "Lift store rating", 3.9, 4.5, 1, "app_rating", [new CheckIn(d(11, 5), 4.1, 0.3)])],
            parentId: "o-company",
            type: ObjectiveType.Aspirational,
            weight: 0.5);
        var next = new Objective("o-next", "Plan next quarter", "company", "2027-Q1", [KeyResult.Milestone("kr-plan", "Plan written")]);
        return new Workspace(
            [new OrgUnit("company", "Acme"), new OrgUnit("support", "Support", "company"), new OrgUnit("app-squad", "App Squad", "company")],
            [Q4, Q1],
            [company, support, app, next]);
    }
}
