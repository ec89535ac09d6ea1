using System.Globalization;
using System.Text;
using CxOkr.Data;
using CxOkr.Journeys;
using CxOkr.Measures;
using CxOkr.Utilities;

namespace CxOkr.Drivers;

/// <summary>
/// The sufficient statistics of a linear key-driver analysis (counts, means and co-moments of the outcome
/// and the drivers over the complete rows), read from a CSV file in one streaming pass without holding the
/// table: memory does not grow with the number of rows.
/// </summary>
/// <remarks>
/// <para>
/// The rules are those of <see cref="DriverTable.FromTable(ColumnTable, string, IReadOnlyList{string}?, string?, MetricScale?, OutOfRangePolicy)"/>
/// followed by the listwise deletion of <see cref="KeyDriverAnalyzer.Analyze(ColumnTable, KeyDriverSpecification, IProgress{double}?, CancellationToken)"/>,
/// with the same messages: without driver names the drivers are the columns holding at least one number
/// (<see cref="DriverTable.DefaultDrivers"/>); a named column that does not exist, a cell of the outcome, a
/// driver or the weight that is not a number, a driver value off the scale under
/// <see cref="OutOfRangePolicy.Reject"/> and a negative weight are refused naming their line and column;
/// <see cref="OutOfRangePolicy.Exclude"/> leaves an off-scale value missing and counts it in
/// <see cref="ExcludedValues"/>. Rows are counted in <see cref="Rows"/> as the table path counts them.
/// </para>
/// <para>
/// Only the outcome, driver and weight columns are parsed (all columns without driver names), so a cell
/// of another column is never looked at. What needs the rows themselves (Spearman rank correlations,
/// top-box performance, the bootstrap, the logistic and ordinal models) needs a <see cref="ColumnTable"/>.
/// The statistics of an unweighted file equal the table path's bit for bit; with weights they agree to
/// rounding (the weights are scaled by another constant).
/// </para>
/// </remarks>
/// <threadsafety>Thread-safe: immutable once read; the readers are static.</threadsafety>
public sealed class DriverStatistics
{
    private const int BlockRows = 4096;
    private readonly CovarianceAccumulator _statistics;

    private DriverStatistics(CovarianceAccumulator statistics, KeyDriverSpecification specification, ListwiseDeletion rows, int excludedValues)
    {
        _statistics = statistics;
        Specification = specification;
        Rows = rows;
        ExcludedValues = excludedValues;
    }

    /// <summary>Which columns are the outcome, the drivers and the weight.</summary>
    public KeyDriverSpecification Specification { get; }

    /// <summary>Rows read, used and dropped (listwise deletion), as the table path counts them.</summary>
    public ListwiseDeletion Rows { get; }

    /// <summary>Driver values left missing because they were off the scale under <see cref="OutOfRangePolicy.Exclude"/>.</summary>
    public int ExcludedValues { get; }

    /// <summary>A copy of the accumulated statistics: column 0 the outcome, then the drivers in order; weights rescaled by a constant.</summary>
    public CovarianceAccumulator Statistics => _statistics.Clone();

    internal CovarianceAccumulator Accumulator => _statistics;

    /// <summary>Reads a CSV file in one streaming pass.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="outcome">The outcome column.</param>
    /// <param name="drivers">The driver columns; null or empty for every column holding numbers but the outcome and the weight.</param>
    /// <param name="weight">The case-weight column, or null.</param>
    /// <param name="driverScale">The rating scale every driver value must lie on, or null for no check.</param>
    /// <param name="outOfRange">What a driver value off <paramref name="driverScale"/> does.</param>
    /// <param name="options">The file's layout; default <see cref="CsvOptions.Default"/>.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="DataFormatException">The file is not a usable table, or a rule of the remarks is broken (the message names the line and column).</exception>
    /// <exception cref="ArgumentException">A name is blank, repeated, or used in two roles.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DriverStatistics ReadCsv(string path, string outcome, IReadOnlyList<string>? drivers = null, string? weight = null, MetricScale? driverScale = null, OutOfRangePolicy outOfRange = OutOfRangePolicy.Reject, CsvOptions? options = null)
    {
        Guard.NotBlank(path);
        using var reader = CsvSource.Open(path, options);
        try
        {
            return ReadCsv(reader, outcome, drivers, weight, driverScale, outOfRange, options);
        }
        catch (DecoderFallbackException ex)
        {
            throw CsvSource.InvalidUtf8(path, ex);
        }
    }

    /// <summary>Reads CSV text in one streaming pass.</summary>
    /// <param name="reader">The text, header row first.</param>
    /// <param name="outcome">The outcome column.</param>
    /// <param name="drivers">The driver columns; null or empty for every column holding numbers but the outcome and the weight.</param>
    /// <param name="weight">The case-weight column, or null.</param>
    /// <param name="driverScale">The rating scale every driver value must lie on, or null for no check.</param>
    /// <param name="outOfRange">What a driver value off <paramref name="driverScale"/> does.</param>
    /// <param name="options">The text's layout; default <see cref="CsvOptions.Default"/>.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="DataFormatException">The text is not a usable table, or a rule of the remarks is broken (the message names the line and column).</exception>
    /// <exception cref="ArgumentException">A name is blank, repeated, or used in two roles.</exception>
    public static DriverStatistics ReadCsv(TextReader reader, string outcome, IReadOnlyList<string>? drivers = null, string? weight = null, MetricScale? driverScale = null, OutOfRangePolicy outOfRange = OutOfRangePolicy.Reject, CsvOptions? options = null)
    {
        Guard.NotNull(reader);
        var source = new CsvSource(reader, options);
        var names = source.ReadHeader("the CSV input", refuseRepeatedNames: false);
        var pass = new StreamingPass(source, names, outcome, drivers, weight, driverScale, outOfRange);
        return pass.Run();
    }

    /// <summary>
    /// The statistics of a table already in memory (e.g. read from Parquet): the rules of
    /// <see cref="DriverTable.FromTable(ColumnTable, string, IReadOnlyList{string}?, string?, MetricScale?, OutOfRangePolicy)"/>
    /// and the analyzer's listwise deletion, without the Spearman rank correlations the table path adds.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="outcome">The outcome column.</param>
    /// <param name="drivers">The driver columns; null or empty for every column holding numbers but the outcome and the weight.</param>
    /// <param name="weight">The case-weight column, or null.</param>
    /// <param name="driverScale">The rating scale every driver value must lie on, or null for no check.</param>
    /// <param name="outOfRange">What a driver value off <paramref name="driverScale"/> does.</param>
    /// <returns>The statistics; equal bit for bit to those <see cref="KeyDriverAnalyzer"/> accumulates from the same table.</returns>
    /// <exception cref="DataFormatException">A rule of <see cref="DriverTable"/> is broken, or too few rows are usable.</exception>
    /// <exception cref="ArgumentException">A name is blank, unknown, repeated, or used in two roles.</exception>
    public static DriverStatistics FromTable(ColumnTable table, string outcome, IReadOnlyList<string>? drivers = null, string? weight = null, MetricScale? driverScale = null, OutOfRangePolicy outOfRange = OutOfRangePolicy.Reject)
    {
        var data = DriverTable.FromTable(table, outcome, drivers, weight, driverScale, outOfRange);
        var prepared = KeyDriverAnalyzer.Prepare(data.Table, data.Specification);
        return new DriverStatistics(KeyDriverAnalyzer.Accumulate(prepared), data.Specification, prepared.Rows, data.ExcludedValues);
    }

    /// <summary>One pass over the records: parses the used columns, decides the default drivers, accumulates the complete rows.</summary>
    private sealed class StreamingPass
    {
        private readonly CsvSource _source;
        private readonly string[] _names;
        private readonly ColumnTable _header;
        private readonly string _outcome;
        private readonly string? _weightName;
        private readonly MetricScale? _scale;
        private readonly OutOfRangePolicy _policy;
        private readonly int _y;
        private readonly int _w;
        private readonly bool _defaultDrivers;
        private readonly int[] _parsed;           // the columns read, in column order
        private readonly bool[] _isDriverCandidate;
        private readonly bool[] _hasNumber;
        private readonly (int Row, int Line, string Text)?[] _firstBad;
        private readonly (int Line, double Value, string Expected)?[] _firstOffScale;
        private readonly double[] _values;
        private readonly KeyDriverSpecification? _named;
        private readonly List<int> _drivers;               // the decided driver columns, in column order
        private CovarianceAccumulator? _accumulator;
        private double[] _block = [];
        private double[] _blockWeights = [];
        private int _blockRows;
        private double _weightScale;
        private int _rows;
        private int _missingOutcome;
        private int _missingDriver;
        private int _candidateMissingWeight;
        private int _candidateZeroWeight;
        private int _candidateUsed;
        private int _excluded;
        private (int Line, double Value)? _negativeWeight;

        public StreamingPass(CsvSource source, string[] names, string outcome, IReadOnlyList<string>? drivers, string? weight, MetricScale? scale, OutOfRangePolicy policy)
        {
            _source = source;
            _names = names;
            // An empty table of the header's names: the names are checked, and unknown columns reported, as for a table.
            _header = new ColumnTable(names, names.Select(static _ => Array.Empty<double>()).ToArray(), new ColumnTable.NonNumericCell?[names.Length], 0);
            _outcome = outcome;
            _y = _header.IndexOf(Guard.NotBlank(outcome));
            _w = weight is null ? -1 : _header.IndexOf(weight);
            _weightName = weight;
            _scale = scale;
            _policy = policy;
            _defaultDrivers = drivers is not { Count: > 0 };
            _isDriverCandidate = new bool[names.Length];
            if (_defaultDrivers)
            {
                for (var c = 0; c < names.Length; c++)
                {
                    _isDriverCandidate[c] = c != _y && c != _w;
                }

                _parsed = Enumerable.Range(0, names.Length).ToArray();
                _drivers = [];
                NewAccumulator();
            }
            else
            {
                _named = new KeyDriverSpecification(outcome, drivers!, weight);
                var indices = _named.Drivers.Select(_header.IndexOf).ToArray();
                foreach (var d in indices)
                {
                    _isDriverCandidate[d] = true;
                }

                _parsed = indices.Append(_y).Concat(_w >= 0 ? [_w] : []).Distinct().Order().ToArray();
                _drivers = [.. indices];
                NewAccumulator();
            }

            _hasNumber = new bool[names.Length];
            _firstBad = new (int, int, string)?[names.Length];
            _firstOffScale = new (int, double, string)?[names.Length];
            _values = new double[names.Length];
        }

        public DriverStatistics Run()
        {
            while (_source.NextRecord(_names.Length, out var line))
            {
                ReadRow(line);
                _rows++;
            }

            return Finish();
        }

        private void ReadRow(int line)
        {
            foreach (var c in _parsed)
            {
                var text = _source.Cell(c).Trim();
                var value = double.NaN;
                if (text.Length == 0 || text.SequenceEqual("NA"))
                {
                    // missing
                }
                else if (_source.TryParseNumber(text, out value))
                {
                    if (double.IsInfinity(value))
                    {
                        throw new DataFormatException($"line {line}, column '{CsvSource.Echo(_names[c])}': '{CsvSource.Echo(text.ToString())}' is not a finite number.");
                    }

                    if (!_hasNumber[c])
                    {
                        _hasNumber[c] = true;
                        if (_defaultDrivers && _isDriverCandidate[c])
                        {
                            Decide(c);
                        }
                    }

                    if (_scale is not null && _isDriverCandidate[c] && ResponseMeasures.ExpectedValue(null, _scale, value) is { } expected)
                    {
                        if (_policy == OutOfRangePolicy.Reject)
                        {
                            _firstOffScale[c] ??= (line, value, expected);
                        }
                        else
                        {
                            _excluded++;
                        }

                        value = double.NaN;
                    }
                }
                else
                {
                    _firstBad[c] ??= (_rows, line, text.ToString());
                    value = double.NaN;
                }

                _values[c] = value;
            }

            var y = _values[_y];
            var w = _w < 0 ? 1.0 : _values[_w];
            if (w < 0)
            {
                _negativeWeight ??= (line, w);
            }

            if (double.IsNaN(y))
            {
                _missingOutcome++;
                return;
            }

            foreach (var d in _drivers)
            {
                if (double.IsNaN(_values[d]))
                {
                    _missingDriver++;
                    return;
                }
            }

            if (double.IsNaN(w))
            {
                _candidateMissingWeight++;
            }
            else if (w <= 0)
            {
                _candidateZeroWeight++;
            }
            else
            {
                _candidateUsed++;
                Accumulate(y, w);
            }
        }

        // A column's first number makes it a driver: every row accumulated so far lacks it, so they all become
        // rows missing a driver and accumulation starts again over the new set of drivers.
        private void Decide(int column)
        {
            var at = _drivers.BinarySearch(column);
            _drivers.Insert(~at, column);
            _missingDriver += _candidateMissingWeight + _candidateZeroWeight + _candidateUsed;
            _candidateMissingWeight = _candidateZeroWeight = _candidateUsed = 0;
            NewAccumulator();
        }

        private void NewAccumulator()
        {
            var m = _drivers.Count + 1;
            _accumulator = new CovarianceAccumulator(m);
            _block = new double[BlockRows * m];
            _blockWeights = new double[BlockRows];
            _blockRows = 0;
            _weightScale = 0;
        }

        private void Accumulate(double y, double w)
        {
            var m = _drivers.Count + 1;
            var at = _blockRows * m;
            _block[at] = y;
            for (var j = 0; j < _drivers.Count; j++)
            {
                _block[at + j + 1] = _values[_drivers[j]];
            }

            if (_w >= 0 && _weightScale == 0)
            {
                _weightScale = w;   // weights relative to the first, so their scale cannot overflow the sums of squares
            }

            _blockWeights[_blockRows] = _w >= 0 ? w / _weightScale : 1.0;
            if (++_blockRows == BlockRows)
            {
                Flush();
            }
        }

        private void Flush()
        {
            if (_blockRows > 0 && _accumulator is not null)
            {
                var m = _drivers.Count + 1;
                _accumulator.AddBlock(_block.AsSpan(0, _blockRows * m), _blockWeights.AsSpan(0, _blockRows));
                _blockRows = 0;
            }
        }

        private DriverStatistics Finish()
        {
            Flush();
            KeyDriverSpecification specification;
            if (_defaultDrivers)
            {
                // DriverTable.DefaultDrivers: a column with numbers and a cell that is not one is an error, in column order.
                foreach (var c in _drivers)
                {
                    ThrowIfBad(c);
                }

                if (_drivers.Count == 0)
                {
                    throw new DataFormatException($"no driver columns: no column besides the outcome '{_outcome}'{(_weightName is null ? string.Empty : $" and the weight '{_weightName}'")} holds numbers.");
                }

                specification = new KeyDriverSpecification(_outcome, _drivers.Select(c => _names[c]).ToArray(), _weightName);
            }
            else
            {
                specification = _named!;
            }

            ThrowIfBad(_y);
            foreach (var c in _drivers)
            {
                ThrowIfBad(c);
            }

            if (_w >= 0)
            {
                ThrowIfBad(_w);
            }

            foreach (var c in _drivers)
            {
                if (_firstOffScale[c] is { } off)
                {
                    throw new DataFormatException($"line {off.Line}, column '{_names[c]}': {off.Value.ToString("R", CultureInfo.InvariantCulture)} is off the scale, expected {off.Expected}.");
                }
            }

            if (_negativeWeight is { } negative)
            {
                throw new DataFormatException($"line {negative.Line}, column '{_weightName}': weight {negative.Value} must be >= 0.");
            }

            var rows = new ListwiseDeletion(_rows, _candidateUsed, _missingOutcome, _missingDriver, _candidateMissingWeight, _candidateZeroWeight);
            return new DriverStatistics(_accumulator ?? new CovarianceAccumulator(1), specification, rows, _excluded);
        }

        private void ThrowIfBad(int column)
        {
            if (_firstBad[column] is { } bad)
            {
                throw new DataFormatException($"line {bad.Line}, column '{_names[column]}': '{CsvSource.Echo(bad.Text)}' is not a number.");
            }
        }
    }
}
