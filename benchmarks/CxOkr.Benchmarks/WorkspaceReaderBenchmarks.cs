using BenchmarkDotNet.Attributes;
using CxOkr.Serialization;

namespace CxOkr.Benchmarks;

/// <summary>
/// Issue 18: reading a workspace document of N objectives (the cascade of <see cref="OkrBenchmarkData"/>: three
/// key results with 13 weekly check-ins each) from a file, strict (every reference and cycle checked) and lenient
/// (as <c>cxokr align</c> reads). The file is written once by the setup (not committed); MB/s is its size over
/// the mean, and the Allocated column is everything the reader allocates, the workspace itself included.
/// </summary>
[MemoryDiagnoser]
public class WorkspaceReaderBenchmarks
{
    private string path = string.Empty;

    [Params(100_000)]
    public int Objectives { get; set; }

    /// <summary>The file's size in bytes, for MB/s.</summary>
    public long Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = OkrBenchmarkData.Create(Objectives);
        var workspace = new Workspace(data.Units, [OkrBenchmarkData.Quarter], data.Objectives);
        path = Path.Combine(Path.GetTempPath(), $"cxokr-workspace-bench-{Objectives}.json");
        using (var stream = File.Create(path))
        {
            WorkspaceWriter.WriteAsync(workspace, stream).GetAwaiter().GetResult();
        }

        Bytes = new FileInfo(path).Length;
        Console.WriteLine($"// workspace file: {Bytes:N0} bytes");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    [Benchmark]
    public int ReadFileStrict() => WorkspaceReader.ReadFile(path).Objectives.Count;

    [Benchmark]
    public int ReadFileLenient() => WorkspaceReader.ReadFile(path, WorkspaceReadMode.Lenient).Objectives.Count;
}
