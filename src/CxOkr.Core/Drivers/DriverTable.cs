using System.Globalization;
using CxOkr.Data;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Utilities;

namespace CxOkr.Drivers;

/// <summary>
/// The table a key-driver analysis runs on (outcome, drivers and case weight) and the specification naming
/// its columns, built by the one set of rules every caller uses: the store-reading service, the programme
/// report and the <c>cxokr drivers</c> tool.
/// </summary>
/// <remarks>
/// <para>
/// From responses (<see cref="FromResponses"/>, <see cref="FromResponsesAsync"/>): only responses that answer
/// the outcome are read; a response that does not answer a driver leaves a missing cell (listwise deletion
/// drops the row). A value of the outcome or a driver that is off its metric's scale, an NPS answer that is
/// not an integer in [0, 10] or a proportion that is not 0 or 1 is refused with an
/// <see cref="OutOfRangeValueException"/> under <see cref="OutOfRangePolicy.Reject"/> or left missing (and
/// counted in <see cref="ExcludedValues"/>) under <see cref="OutOfRangePolicy.Exclude"/>, exactly as the
/// metric measures treat it. A driver without a metric definition has no scale to check. The response weight
/// is the column <c>weight</c>, or <c>weight_</c>, <c>weight__</c>, ... when the outcome or a driver is a
/// metric of that id. Fewer than <see cref="MinimumCompleteResponses"/> complete responses is an error.
/// </para>
/// <para>
/// From a table (<see cref="FromTable(ColumnTable, string, IReadOnlyList{string}?, string?, MetricScale?, OutOfRangePolicy)"/>, the tool's CSV): the columns are named by the caller; without
/// driver names the drivers are <see cref="DefaultDrivers"/>; with a driver scale, a driver value off it is
/// a <see cref="DataFormatException"/> naming its line and column. The minimum of complete responses does
/// not apply (a table need not be survey responses): the analyzer's own minimum of drivers + 2 rows does.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <threadsafety>Thread-safe: immutable once built; the builders are static.</threadsafety>
public sealed class DriverTable
{
    /// <summary>
    /// Fewest complete responses (outcome, every driver and a positive weight present) for a key-driver
    /// analysis of survey responses. With fewer, the correlations behind the importance shares are too
    /// uncertain to rank drivers (a correlation's standard error is about 1/√n: 0.18 at n = 30), so the
    /// analysis is refused rather than reported.
    /// </summary>
    public const int MinimumCompleteResponses = 30;

    /// <summary>The name of the response-weight column unless a metric has that id (then <c>weight_</c>, ...).</summary>
    public const string WeightColumn = "weight";

    private DriverTable(ColumnTable table, KeyDriverSpecification specification, int completeRows, int excludedValues, int unmatchedRows = 0)
    {
        UnmatchedRows = unmatchedRows;
        Table = table;
        Specification = specification;
        CompleteRows = completeRows;
        ExcludedValues = excludedValues;
    }

    /// <summary>The data: the outcome, driver and weight columns (from responses), or the caller's table.</summary>
    public ColumnTable Table { get; }

    /// <summary>Which columns of <see cref="Table"/> are the outcome, the drivers and the weight.</summary>
    public KeyDriverSpecification Specification { get; }

    /// <summary>Rows with the outcome, every driver and a positive (or no) weight: the rows the analysis will use.</summary>
    public int CompleteRows { get; }

    /// <summary>Values left missing because they were off their metric's scale under <see cref="OutOfRangePolicy.Exclude"/>.</summary>
    public int ExcludedValues { get; }

    /// <summary>Rows of the survey table left out by a join because their key had no match (0 without a join).</summary>
    public int UnmatchedRows { get; }

    /// <summary>
    /// Takes the analysis columns of a joined table (<see cref="ColumnTable.InnerJoin"/>: survey rows with an
    /// operational outcome such as churn), as <see cref="FromTable(ColumnTable, string, IReadOnlyList{string}?, string?, MetricScale?, OutOfRangePolicy)"/>
    /// does, remembering the rows the join left out (<see cref="UnmatchedRows"/>).
    /// </summary>
    /// <param name="join">The joined table.</param>
    /// <param name="outcome">The outcome column.</param>
    /// <param name="drivers">The driver columns; null or empty for <see cref="DefaultDrivers"/>.</param>
    /// <param name="weight">The case-weight column, or null.</param>
    /// <param name="driverScale">The rating scale of the drivers, or null for no check.</param>
    /// <param name="outOfRange">What a driver value off <paramref name="driverScale"/> does.</param>
    /// <returns>The table with its specification.</returns>
    /// <exception cref="DataFormatException">As for the table overload.</exception>
    /// <exception cref="ArgumentException">A name is blank, or repeated, or used in two roles.</exception>
    public static DriverTable FromTable(TableJoin join, string outcome, IReadOnlyList<string>? drivers = null, string? weight = null, MetricScale? driverScale = null, OutOfRangePolicy outOfRange = OutOfRangePolicy.Reject)
    {
        Guard.NotNull(join);
        var table = FromTable(join.Table, outcome, drivers, weight, driverScale, outOfRange);
        return new DriverTable(table.Table, table.Specification, table.CompleteRows, table.ExcludedValues, join.Unmatched);
    }

    /// <summary>The outcome as a 0/1 indicator (NaN = missing), for a logistic model.</summary>
    /// <exception cref="DataFormatException">An outcome cell is not a number, or a number other than 0 and 1 (naming its line and column).</exception>
    internal double[] BinaryOutcome()
    {
        var y = Table.NumericColumn(Specification.Outcome);
        for (var r = 0; r < y.Length; r++)
        {
            if (!double.IsNaN(y[r]) && y[r] != 0 && y[r] != 1)
            {
                throw new DataFormatException($"{Table.CellLocation(r, Specification.Outcome)}: {Table.GetText(r, Specification.Outcome)} is not 0 or 1: a logistic model needs a 0/1 outcome (1 = the event, e.g. churned).");
            }
        }

        return y;
    }

    /// <summary>The outcome's ordered levels: its distinct values sorted, each with its label as first written in the table.</summary>
    /// <exception cref="DataFormatException">An outcome cell is not a number (naming its line and column).</exception>
    internal (double[] Values, string[] Labels) OrderedOutcome()
    {
        var y = Table.NumericColumn(Specification.Outcome);
        var labels = new SortedDictionary<double, string>();
        for (var r = 0; r < y.Length; r++)
        {
            if (!double.IsNaN(y[r]) && !labels.ContainsKey(y[r]))
            {
                labels.Add(y[r], Table.GetText(r, Specification.Outcome) ?? y[r].ToString("R", CultureInfo.InvariantCulture));
            }
        }

        return (labels.Keys.ToArray(), labels.Values.ToArray());
    }

    /// <summary>Builds the table of an analysis from responses.</summary>
    /// <param name="responses">The responses; those that do not answer the outcome are skipped.</param>
    /// <param name="outcome">The outcome metric's id.</param>
    /// <param name="drivers">The driver metric ids, distinct, none equal to the outcome.</param>
    /// <param name="metrics">Metric definitions (any set containing the outcome and drivers; others are ignored), for scales.</param>
    /// <param name="measureOptions">The out-of-range policy (<see cref="MeasureOptions.OutOfRange"/>); null for the defaults (reject).</param>
    /// <param name="leaveOutUnansweredDrivers">When true, a driver no (outcome-answering) response answers is left out rather than emptying the table.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">An id is blank, a driver repeats or is the outcome, two metrics share an id, or every driver is unanswered and left out.</exception>
    /// <exception cref="OutOfRangeValueException">A value is off its metric's scale and the policy is reject.</exception>
    /// <exception cref="DataFormatException">Fewer than <see cref="MinimumCompleteResponses"/> complete responses.</exception>
    public static DriverTable FromResponses(
        IEnumerable<Response> responses,
        string outcome,
        IReadOnlyList<string> drivers,
        IEnumerable<MetricDefinition> metrics,
        MeasureOptions? measureOptions = null,
        bool leaveOutUnansweredDrivers = false)
    {
        Guard.NotNull(responses);
        var columns = new ResponseColumns(outcome, drivers, metrics, measureOptions);
        foreach (var response in responses)
        {
            columns.Add(response);
        }

        return columns.Build(leaveOutUnansweredDrivers);
    }

    /// <summary>Builds the table of an analysis from a stream of responses, holding one value per response and column.</summary>
    /// <param name="responses">The response stream; responses that do not answer the outcome are skipped.</param>
    /// <param name="outcome">The outcome metric's id.</param>
    /// <param name="drivers">The driver metric ids, distinct, none equal to the outcome.</param>
    /// <param name="metrics">Metric definitions, for scales.</param>
    /// <param name="measureOptions">The out-of-range policy; null for the defaults (reject).</param>
    /// <param name="leaveOutUnansweredDrivers">When true, a driver no response answers is left out.</param>
    /// <param name="cancellationToken">Stops reading the stream.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">As for <see cref="FromResponses"/>.</exception>
    /// <exception cref="OutOfRangeValueException">A value is off its metric's scale and the policy is reject.</exception>
    /// <exception cref="DataFormatException">Fewer than <see cref="MinimumCompleteResponses"/> complete responses.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<DriverTable> FromResponsesAsync(
        IAsyncEnumerable<Response> responses,
        string outcome,
        IReadOnlyList<string> drivers,
        IEnumerable<MetricDefinition> metrics,
        MeasureOptions? measureOptions = null,
        bool leaveOutUnansweredDrivers = false,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(responses);
        var columns = new ResponseColumns(outcome, drivers, metrics, measureOptions);
        await foreach (var response in responses.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            columns.Add(response);
        }

        return columns.Build(leaveOutUnansweredDrivers);
    }

    /// <summary>Takes the analysis columns of a table (a CSV file read by <see cref="CsvTableReader"/>, or columns built in code).</summary>
    /// <param name="table">The table.</param>
    /// <param name="outcome">The outcome column.</param>
    /// <param name="drivers">The driver columns; null or empty for <see cref="DefaultDrivers"/>.</param>
    /// <param name="weight">The case-weight column, or null for unweighted analysis.</param>
    /// <param name="driverScale">The rating scale every driver value must lie on, or null for no check.</param>
    /// <param name="outOfRange">What a driver value off <paramref name="driverScale"/> does: <see cref="OutOfRangePolicy.Reject"/> (default) refuses it naming its line and column, <see cref="OutOfRangePolicy.Exclude"/> leaves the cell missing (listwise deletion drops its row) and counts it in <see cref="ExcludedValues"/>, as <see cref="FromResponses"/> does.</param>
    /// <returns>The table with its specification.</returns>
    /// <exception cref="DataFormatException">A named column does not exist, a driver column holds a cell that is not a number, a driver value is off <paramref name="driverScale"/> under the reject policy (the message names the line and column), or there is no default driver.</exception>
    /// <exception cref="ArgumentException">A name is blank, or repeated, or used in two roles.</exception>
    public static DriverTable FromTable(ColumnTable table, string outcome, IReadOnlyList<string>? drivers = null, string? weight = null, MetricScale? driverScale = null, OutOfRangePolicy outOfRange = OutOfRangePolicy.Reject)
    {
        Guard.NotNull(table);
        table.IndexOf(Guard.NotBlank(outcome));
        if (weight is not null)
        {
            table.IndexOf(weight);
        }

        var specification = new KeyDriverSpecification(outcome, drivers is { Count: > 0 } ? drivers : DefaultDrivers(table, outcome, weight), weight);
        var y = table.NumericColumn(outcome);
        var x = specification.Drivers.Select(table.NumericColumn).ToArray();
        var w = weight is null ? null : table.NumericColumn(weight);
        var excluded = 0;
        var copied = new bool[x.Length];
        if (driverScale is not null)
        {
            for (var j = 0; j < x.Length; j++)
            {
                for (var r = 0; r < table.RowCount; r++)
                {
                    if (!double.IsNaN(x[j][r]) && ResponseMeasures.ExpectedValue(null, driverScale, x[j][r]) is { } expected)
                    {
                        if (outOfRange == OutOfRangePolicy.Reject)
                        {
                            throw new DataFormatException($"{table.CellLocation(r, specification.Drivers[j])}: {x[j][r].ToString("R", CultureInfo.InvariantCulture)} is off the scale, expected {expected}.");
                        }

                        if (!copied[j])
                        {
                            x[j] = (double[])x[j].Clone();   // the table's own column stays as read
                            copied[j] = true;
                        }

                        x[j][r] = double.NaN;
                        excluded++;
                    }
                }
            }
        }

        if (excluded > 0)
        {
            // The analysis reads the table, so the excluded cells go into a table of just the columns it uses.
            var names = new List<string>(x.Length + 2) { outcome };
            names.AddRange(specification.Drivers);
            var columns = new List<double[]>(x.Length + 2) { y };
            columns.AddRange(x);
            if (weight is not null && w is not null)
            {
                names.Add(weight);
                columns.Add(w);
            }

            table = ColumnTable.FromColumns(names, columns);
        }

        var complete = 0;
        for (var r = 0; r < table.RowCount; r++)
        {
            if (!double.IsNaN(y[r]) && (w is null || w[r] > 0) && !x.Any(c => double.IsNaN(c[r])))
            {
                complete++;
            }
        }

        return new DriverTable(table, specification, complete, excluded);
    }

    /// <summary>
    /// The drivers of a table when none are named: every column but the outcome and the weight that holds
    /// at least one number, in column order. A column without any number (labels, ids, or nothing) is left
    /// out quietly; a column holding numbers and a cell that is not one (a typo such as <c>2,x,4</c>) is an error.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="outcome">The outcome column.</param>
    /// <param name="weight">The case-weight column, or null.</param>
    /// <returns>The driver columns, at least one.</returns>
    /// <exception cref="DataFormatException">A column holds numbers and a cell that is not a number (the message names the line and column), or no column qualifies.</exception>
    public static IReadOnlyList<string> DefaultDrivers(ColumnTable table, string outcome, string? weight = null)
    {
        Guard.NotNull(table);
        var drivers = new List<string>();
        foreach (var name in table.ColumnNames)
        {
            if (name == outcome || name == weight || !table.HasNumber(name))
            {
                continue;
            }

            // Throws, naming the first bad cell's line and column, when the column also holds text.
            table.NumericColumn(name);
            drivers.Add(name);
        }

        if (drivers.Count == 0)
        {
            throw new DataFormatException($"no driver columns: no column besides the outcome '{outcome}'{(weight is null ? string.Empty : $" and the weight '{weight}'")} holds numbers.");
        }

        return drivers.AsReadOnly();
    }

    /// <summary>The response-weight column's name: <see cref="WeightColumn"/> with as many <c>_</c> appended as it takes to differ from the outcome and every driver.</summary>
    internal static string WeightName(string outcome, IReadOnlyList<string> drivers)
    {
        var name = WeightColumn;
        while (string.Equals(name, outcome, StringComparison.Ordinal) || drivers.Contains(name, StringComparer.Ordinal))
        {
            name += "_";
        }

        return name;
    }

    /// <summary>The outcome and driver values of responses, checked against their metrics' scales as they arrive.</summary>
    private sealed class ResponseColumns
    {
        private readonly string[] _ids;
        private readonly MetricDefinition?[] _metrics;
        private readonly OutOfRangePolicy _policy;
        private readonly List<double>[] _columns;
        private readonly List<double> _weights = [];
        private readonly bool[] _answered;
        private int _excluded;

        public ResponseColumns(string outcome, IReadOnlyList<string> drivers, IEnumerable<MetricDefinition> metrics, MeasureOptions? measureOptions)
        {
            // Refuses blank, repeated or outcome drivers before anything is read.
            var specification = new KeyDriverSpecification(outcome, Guard.NotNull(drivers));
            var definitions = new Dictionary<string, MetricDefinition>(StringComparer.Ordinal);
            foreach (var metric in Guard.NotNull(metrics))
            {
                if (!definitions.TryAdd(Guard.NotNull(metric, nameof(metrics)).Id, metric))
                {
                    throw new ArgumentException($"metric '{metric.Id}' is given twice.", nameof(metrics));
                }
            }

            _ids = [specification.Outcome, .. specification.Drivers];
            _metrics = _ids.Select(id => definitions.GetValueOrDefault(id)).ToArray();
            _policy = (measureOptions ?? MeasureOptions.Default).OutOfRange;
            _columns = _ids.Select(static _ => new List<double>()).ToArray();
            _answered = new bool[_ids.Length];
        }

        public void Add(Response response)
        {
            Guard.NotNull(response);
            if (!response.Values.ContainsKey(_ids[0]))
            {
                return;
            }

            for (var c = 0; c < _ids.Length; c++)
            {
                var value = double.NaN;
                if (response.Values.TryGetValue(_ids[c], out var answer))
                {
                    _answered[c] = true;
                    value = Checked(c, answer, response);
                }

                _columns[c].Add(value);
            }

            _weights.Add(response.Weight);
        }

        public DriverTable Build(bool leaveOutUnansweredDrivers)
        {
            var keep = Enumerable.Range(1, _ids.Length - 1).Where(c => !leaveOutUnansweredDrivers || _answered[c]).ToArray();
            if (keep.Length == 0)
            {
                throw new ArgumentException($"no driver of outcome '{_ids[0]}' ({string.Join(", ", _ids.Skip(1))}) is answered by a response that answers the outcome.", "drivers");
            }

            var drivers = keep.Select(c => _ids[c]).ToArray();
            var weight = WeightName(_ids[0], drivers);
            var names = new List<string>(keep.Length + 2) { _ids[0] };
            names.AddRange(drivers);
            names.Add(weight);
            var data = new List<double[]>(names.Count) { _columns[0].ToArray() };
            data.AddRange(keep.Select(c => _columns[c].ToArray()));
            data.Add(_weights.ToArray());

            var complete = 0;
            for (var r = 0; r < _weights.Count; r++)
            {
                if (!double.IsNaN(data[0][r]) && !keep.Any(c => double.IsNaN(_columns[c][r])))
                {
                    complete++;
                }
            }

            if (complete < MinimumCompleteResponses)
            {
                var excluded = _excluded > 0 ? $", {_excluded} off-scale values excluded" : string.Empty;
                throw new DataFormatException($"only {complete} complete responses (outcome '{_ids[0]}' and every driver answered; {_weights.Count} answer the outcome{excluded}): a key-driver analysis needs at least {MinimumCompleteResponses}.");
            }

            return new DriverTable(ColumnTable.FromColumns(names, data), new KeyDriverSpecification(_ids[0], drivers, weight), complete, _excluded);
        }

        private double Checked(int column, double value, Response response)
        {
            if (_metrics[column] is not { } metric || ResponseMeasures.ExpectedValue(metric, value) is not { } expected)
            {
                return value;
            }

            if (_policy == OutOfRangePolicy.Reject)
            {
                throw new OutOfRangeValueException(metric.Id, response.RespondentId, value, expected);
            }

            _excluded++;
            return double.NaN;
        }
    }
}
