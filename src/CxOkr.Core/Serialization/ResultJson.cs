using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CxOkr.Alignment;
using CxOkr.Drivers;
using CxOkr.Findings;
using CxOkr.Journeys;
using CxOkr.Linkage;
using CxOkr.Measures;
using CxOkr.Okrs;
using CxOkr.Utilities;

namespace CxOkr.Serialization;

/// <summary>
/// The JSON of the library's results, in the shapes the <c>cxokr</c> tool prints with <c>--format json</c>
/// (docs/cli.md): one call per result, so a host and the tool emit the same JSON.
/// </summary>
/// <remarks>
/// <para>Numbers are written at full precision, as the shortest text that parses back to the same
/// <see cref="double"/>; nothing is rounded (round for people in tables, not in data). Results hold no NaN or
/// infinity: a quantity that cannot be estimated is <see langword="null"/> in the result and <c>null</c> in the
/// JSON (e.g. a metric's <c>standardError</c>), so every number written is finite; a NaN or infinity reaching the
/// writer would be a bug and throws <see cref="InvalidOperationException"/> instead of writing invalid JSON or
/// hiding it as <c>null</c>.</para>
/// <para>Enum values are written by their camelCase names (<see cref="JsonNames"/>), dates as <c>yyyy-MM-dd</c>.
/// The <c>ToJson</c> methods return the text as the tool prints it (without the final line break): indented,
/// except metric results, which are one line each. The <c>Write</c> methods write the same JSON value to a
/// writer, whose options decide indentation and escaping.</para>
/// <para>Serialisation goes through System.Text.Json source generation: no reflection, safe for trimming and
/// native AOT.</para>
/// <threadsafety>The methods are thread-safe; write to a given <see cref="Utf8JsonWriter"/> from one thread at a time.</threadsafety>
/// </remarks>
public static class ResultJson
{
    private static readonly JsonWriterOptions IndentedOptions = new() { Indented = true };
    private static readonly JsonWriterOptions CompactOptions = new() { Indented = false };

    /// <summary>The JSON of an OKR scorecard, as <c>cxokr score --format json</c> prints it.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    public static string ToJson(OkrScorecard scorecard) => Text(IndentedOptions, writer => Write(writer, scorecard));

    /// <summary>Writes the JSON of an OKR scorecard (see <see cref="ToJson(OkrScorecard)"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="scorecard">The scorecard.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="scorecard"/> is null.</exception>
    /// <remarks>Written one objective at a time, flushing the writer every 64 KiB, so that a writer over a stream holds no more than that.</remarks>
    public static void Write(Utf8JsonWriter writer, OkrScorecard scorecard) =>
        ScorecardJson.Write(Guard.NotNull(writer), Guard.NotNull(scorecard));

    /// <summary>The JSON object of one metric result, as <c>cxokr metrics --format json</c> prints an ungrouped result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToJson(MetricResult result) => Text(CompactOptions, writer => Write(writer, result));

    /// <summary>Writes the JSON object of one metric result (see <see cref="ToJson(MetricResult)"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, MetricResult result) =>
        Serialize(writer, MetricResultJson.From(Guard.NotNull(result)), ResultJsonContext.Default.MetricResultJson);

    /// <summary>The JSON array of metric results, as <c>cxokr metrics --format json</c> prints grouped results.</summary>
    /// <param name="results">The results, e.g. one per group from <see cref="ResponseMeasures.Aggregate(Journeys.MetricDefinition, IEnumerable{MetricAnswer}, Grouping, MeasureOptions)"/>.</param>
    /// <returns>The JSON text on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> or one of its items is null.</exception>
    public static string ToJson(IReadOnlyList<MetricResult> results) => Text(CompactOptions, writer => Write(writer, results));

    /// <summary>Writes the JSON array of metric results (see <see cref="ToJson(IReadOnlyList{MetricResult})"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="results">The results.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/>, <paramref name="results"/> or one of its items is null.</exception>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<MetricResult> results) =>
        Serialize(writer, Guard.NotNull(results).Select(r => MetricResultJson.From(Guard.NotNull(r, nameof(results)))).ToList(), ResultJsonContext.Default.ListMetricResultJson);

    /// <summary>The JSON of a key-driver analysis, as <c>cxokr drivers --format json</c> prints it.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="bootstrap">Its bootstrap intervals, written as <c>bootstrap</c>; <see langword="null"/> leaves the field out.</param>
    /// <returns>The indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToJson(KeyDriverResult result, KeyDriverBootstrapResult? bootstrap = null) =>
        Text(IndentedOptions, writer => Write(writer, result, bootstrap));

    /// <summary>Writes the JSON of a key-driver analysis (see <see cref="ToJson(KeyDriverResult, KeyDriverBootstrapResult?)"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The analysis.</param>
    /// <param name="bootstrap">Its bootstrap intervals, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, KeyDriverResult result, KeyDriverBootstrapResult? bootstrap = null) =>
        Serialize(writer, KeyDriverResultJson.From(Guard.NotNull(result), bootstrap), ResultJsonContext.Default.KeyDriverResultJson);

    /// <summary>The JSON of an alignment report, as <c>cxokr align --format json</c> prints it: the findings and a summary count per severity.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToJson(AlignmentReport report) => Text(IndentedOptions, writer => Write(writer, report));

    /// <summary>Writes the JSON of an alignment report (see <see cref="ToJson(AlignmentReport)"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="report"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, AlignmentReport report) =>
        Serialize(writer, AlignmentReportJson.From(Guard.NotNull(report)), ResultJsonContext.Default.AlignmentReportJson);

    /// <summary>The JSON of a journey map with its listening-plan findings, as <c>cxokr journeys --format json</c> prints it.</summary>
    /// <param name="map">The journey map.</param>
    /// <param name="findings">Its findings, usually <see cref="JourneyMap.Check"/>; written with a summary as <see cref="ToJson(AlignmentReport)"/> writes them.</param>
    /// <returns>The indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> or <paramref name="findings"/> is null.</exception>
    public static string ToJson(JourneyMap map, IReadOnlyList<Finding> findings) => Text(IndentedOptions, writer => Write(writer, map, findings));

    /// <summary>Writes the JSON of a journey map with its findings (see <see cref="ToJson(JourneyMap, IReadOnlyList{Finding})"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="map">The journey map.</param>
    /// <param name="findings">Its findings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/>, <paramref name="map"/> or <paramref name="findings"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, JourneyMap map, IReadOnlyList<Finding> findings) =>
        Serialize(writer, JourneyMapJson.From(Guard.NotNull(map), Guard.NotNull(findings)), ResultJsonContext.Default.JourneyMapJson);

    /// <summary>The JSON of a topic analysis, as <c>cxokr topics --format json</c> prints it (docs/topics.md).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>The indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    public static string ToJson(Text.TopicAnalysis analysis) => Text(IndentedOptions, writer => Write(writer, analysis));

    /// <summary>Writes the JSON of a topic analysis (see <see cref="ToJson(Text.TopicAnalysis)"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="analysis">The analysis.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="analysis"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, Text.TopicAnalysis analysis) =>
        Serialize(writer, TopicAnalysisJson.From(Guard.NotNull(analysis)), ResultJsonContext.Default.TopicAnalysisJson);
    /// <summary>The JSON of a logistic or ordinal key-driver analysis, as <c>cxokr drivers --model logit|ordinal --format json</c> prints it (docs/outcome-drivers.md).</summary>
    /// <param name="result">The analysis: a <see cref="LogisticDriverResult"/> (with <c>intercept</c>, <c>thresholds</c> null) or an <see cref="OrdinalDriverResult"/> (with <c>thresholds</c>, <c>intercept</c> null).</param>
    /// <returns>The indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToJson(OutcomeDriverResult result) => Text(IndentedOptions, writer => Write(writer, result));

    /// <summary>Writes the JSON of a logistic or ordinal key-driver analysis (see <see cref="ToJson(OutcomeDriverResult)"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The analysis.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, OutcomeDriverResult result) =>
        Serialize(writer, OutcomeDriverResultJson.From(Guard.NotNull(result)), ResultJsonContext.Default.OutcomeDriverResultJson);
    /// <summary>The JSON of a grouped comparison run, as <c>cxokr compare --format json</c> prints it (docs/comparisons.md).</summary>
    /// <param name="comparisons">The run.</param>
    /// <returns>The indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparisons"/> is null.</exception>
    public static string ToJson(GroupComparisonSet comparisons) => Text(IndentedOptions, writer => Write(writer, comparisons));

    /// <summary>Writes the JSON of a grouped comparison run (see <see cref="ToJson(GroupComparisonSet)"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="comparisons">The run.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="comparisons"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, GroupComparisonSet comparisons) =>
        Serialize(writer, ComparisonSetJson.From(Guard.NotNull(comparisons)), ResultJsonContext.Default.ComparisonSetJson);

    /// <summary>The JSON of a sample-size plan, as <c>cxokr plan --format json</c> prints it (<c>requiredN</c> or <c>n</c>, and <c>margin</c>).</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string ToJson(SamplePlan plan) => Text(IndentedOptions, writer => Write(writer, plan));

    /// <summary>Writes the JSON of a sample-size plan (see <see cref="ToJson(SamplePlan)"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="plan">The plan.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="plan"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, SamplePlan plan) =>
        Serialize(writer, SamplePlanJson.From(Guard.NotNull(plan)), ResultJsonContext.Default.SamplePlanJson);

    /// <summary>The JSON of a key-dissatisfier analysis, as <c>cxokr dissatisfiers --format json</c> prints it.</summary>
    /// <param name="result">The analysis.</param>
    /// <returns>The indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToJson(DissatisfierResult result) => Text(IndentedOptions, writer => Write(writer, result));

    /// <summary>Writes the JSON of a key-dissatisfier analysis (see <see cref="ToJson(DissatisfierResult)"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The analysis.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, DissatisfierResult result) =>
        Serialize(writer, DissatisfierResultJson.From(Guard.NotNull(result)), ResultJsonContext.Default.DissatisfierResultJson);
    /// <summary>The JSON of a linkage analysis, as <c>cxokr linkage --format json</c> prints it for one target (docs/linkage.md).</summary>
    /// <param name="result">The analysis.</param>
    /// <returns>The indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToJson(LinkageResult result) => Text(IndentedOptions, writer => Write(writer, result));

    /// <summary>Writes the JSON of a linkage analysis (see <see cref="ToJson(LinkageResult)"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The analysis.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, LinkageResult result) =>
        Serialize(writer, LinkageResultJson.From(Guard.NotNull(result)), ResultJsonContext.Default.LinkageResultJson);

    /// <summary>The JSON of linkage analyses of several targets: an array of the objects <see cref="ToJson(LinkageResult)"/> writes.</summary>
    /// <param name="results">The analyses.</param>
    /// <returns>The indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> or an element is null.</exception>
    public static string ToJson(IReadOnlyList<LinkageResult> results) => Text(IndentedOptions, writer => Write(writer, results));

    /// <summary>Writes the JSON of linkage analyses of several targets (see <see cref="ToJson(IReadOnlyList{LinkageResult})"/>).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="results">The analyses.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/>, <paramref name="results"/> or an element is null.</exception>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<LinkageResult> results) =>
        Serialize(writer, Guard.NotNull(results).Select(r => LinkageResultJson.From(Guard.NotNull(r, nameof(results)))).ToList(), ResultJsonContext.Default.ListLinkageResultJson);

    private static void Serialize<T>(Utf8JsonWriter writer, T document, JsonTypeInfo<T> typeInfo)
    {
        Guard.NotNull(writer);
        JsonSerializer.Serialize(writer, document, typeInfo);
    }

    private static string Text(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
