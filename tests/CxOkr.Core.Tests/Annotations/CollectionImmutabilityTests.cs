using System.Collections;
using System.Reflection;
using CxOkr.Alignment;
using CxOkr.Data;
using CxOkr.Drivers;
using CxOkr.Findings;
using CxOkr.Journeys;
using CxOkr.Okrs;
using CxOkr.Reporting;
using CxOkr.Serialization;

namespace CxOkr.Tests.Annotations;

/// <summary>
/// "Immutable" means no cast opens a way in: every collection a public type exposes (walked through the
/// results of the example programme and through types built here from arrays and lists) is a read-only
/// wrapper, never an array, <see cref="List{T}"/>, <see cref="Dictionary{TKey, TValue}"/> or
/// <see cref="HashSet{T}"/> that <c>(T[])keyResult.CheckIns</c> could change.
/// </summary>
public sealed class CollectionImmutabilityTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "TestData", "examples");

    [Fact]
    public void Check_ins_cannot_be_cast_back_and_changed()
    {
        var keyResult = KeyResult.Increase("kr", "Reply faster", 0.6, 0.9, checkIns: [new CheckIn(new DateOnly(2026, 10, 1), 0.7)]);
        Assert.Throws<InvalidCastException>(() => (CheckIn[])keyResult.CheckIns);
        Assert.Throws<InvalidCastException>(() => (List<CheckIn>)keyResult.CheckIns);
        Assert.Throws<NotSupportedException>(() => ((IList<CheckIn>)keyResult.CheckIns)[0] = new CheckIn(new DateOnly(2026, 10, 2), 1));
    }

    [Fact]
    public void Lists_given_to_results_are_copied_so_the_caller_cannot_change_them()
    {
        var scores = new[] { new ObjectiveScore("o", 0.5, Grade.Yellow, OkrStatus.OnTrack, 0.5, null, []) };
        var card = new OkrScorecard(new DateOnly(2026, 11, 1), scores, []);
        scores[0] = scores[0] with { ObjectiveId = "changed" };
        Assert.Equal("o", card.Objectives[0].ObjectiveId);
        Assert.Throws<InvalidCastException>(() => (ObjectiveScore[])card.Objectives);

        var changed = card with { Objectives = scores };
        Assert.IsNotType<ObjectiveScore[]>(changed.Objectives);
    }

    [Fact]
    public void No_collection_of_a_public_result_or_domain_type_is_a_mutable_collection()
    {
        var workspace = WorkspaceReader.ReadFile(Path.Combine(Examples, "workspace.json"));
        var responses = ResponseCsvReader.ReadFile(Path.Combine(Examples, "responses.csv"));
        var asOf = new DateOnly(2026, 11, 27);
        var table = ColumnTable.FromColumns(["y", "a", "b"], [[1, 2, 3, 4, 5, 7], [1, 3, 2, 5, 4, 6], [2, 1, 2, 1, 2, 2]]);
        var specification = new KeyDriverSpecification("y", new List<string> { "a", "b" });
        var interval = new BootstrapInterval("shapley", 0.1, 0.0, 0.2, 0.0, 0.2, 0.05);
        object[] roots =
        [
            workspace,
            new ProgrammeReportBuilder().Build(workspace, responses, asOf),
            CascadeGraph.From(workspace, [new KeyDriverRanking("support_sat", new List<KeyValuePair<string, double>> { new("chat_csat", 1) })]),
            new AlignmentChecker(),
            new JourneyMap(workspace.Journeys, workspace.Metrics, workspace.MetricLinks),
            responses[0],
            table,
            specification,
            new KeyDriverAnalyzer().Analyze(table, specification),
            new KeyDriverBootstrapResult(10, 0, 0.95, 1, interval, new[] { new DriverBootstrap("a", 1, new[] { interval }) }),
            new Finding("rule", FindingSeverity.Info, new[] { "a", "b" }, "message"),
            new AlignmentReport(new List<Finding> { new("rule", FindingSeverity.Info, new List<string> { "a" }, "message") }),
            new WorkspaceFormatException(new[] { new WorkspaceProblem("$.objectives[0]", "broken") }),
        ];

        var mutable = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var collections = 0;
        foreach (var root in roots)
        {
            Walk(root, seen, mutable, ref collections);
        }

        Assert.Empty(mutable);
        Assert.True(collections > 50, $"only {collections} collections were checked");
    }

    private static void Walk(object value, HashSet<object> seen, List<string> mutable, ref int collections)
    {
        var type = value.GetType();
        if (type.Namespace?.StartsWith("CxOkr", StringComparison.Ordinal) != true || type.IsEnum || !seen.Add(value))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType == typeof(string)
                || !typeof(IEnumerable).IsAssignableFrom(property.PropertyType) && property.PropertyType.Namespace?.StartsWith("CxOkr", StringComparison.Ordinal) != true)
            {
                continue;
            }

            var child = property.GetValue(value);
            if (child is null)
            {
                continue;
            }

            if (child is IEnumerable items and not string)
            {
                collections++;
                if (IsMutable(child.GetType()))
                {
                    mutable.Add($"{type.Name}.{property.Name} is a {child.GetType().Name}");
                }

                foreach (var item in items)
                {
                    var element = item is DictionaryEntry entry ? entry.Value : item;
                    if (element is not null)
                    {
                        // Nested lists (a correlation matrix's rows) are checked as collections too.
                        if (element is IEnumerable and not string && IsMutable(element.GetType()))
                        {
                            mutable.Add($"an element of {type.Name}.{property.Name} is a {element.GetType().Name}");
                        }

                        Walk(element, seen, mutable, ref collections);
                    }
                }
            }
            else
            {
                Walk(child, seen, mutable, ref collections);
            }
        }
    }

    private static bool IsMutable(Type type) =>
        type.IsArray
        || type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(List<>) || definition == typeof(Dictionary<,>) || definition == typeof(HashSet<>) || definition == typeof(SortedSet<>));
}
