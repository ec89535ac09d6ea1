using BenchmarkDotNet.Attributes;
using CxOkr.Data;
using CxOkr.Drivers;

namespace CxOkr.Benchmarks;

/// <summary>
/// Logistic key-driver analysis with exact Shapley values of McFadden's R² (issue 12 target: n = 5,000,
/// p = 10, 1,023 subset fits, under 1 s). The data are benchmarks/baseline/logit_5000x10.csv, which
/// benchmarks/baseline/r_logit_subsets.R writes and times with R's glm on the same subsets.
/// </summary>
[MemoryDiagnoser]
public class OutcomeDriverBenchmarks
{
    private DriverTable data = null!;

    [GlobalSetup]
    public void Setup()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "benchmarks", "baseline", "logit_5000x10.csv")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? throw new FileNotFoundException("benchmarks/baseline/logit_5000x10.csv not found above " + AppContext.BaseDirectory), "benchmarks", "baseline", "logit_5000x10.csv");
        data = DriverTable.FromTable(CsvTableReader.ReadFile(path), "churned");
    }

    [Benchmark]
    public double LogisticWithExactShapley()
    {
        var result = new OutcomeDriverAnalyzer().AnalyzeLogistic(data);
        return result.Drivers[0].Shapley;
    }
}
