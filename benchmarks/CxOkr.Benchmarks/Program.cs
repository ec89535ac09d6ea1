using BenchmarkDotNet.Running;
using CxOkr.Benchmarks;

// `csv-to-parquet IN.csv OUT.parquet`: the issue-18 benchmark file as Parquet (same columns and values), for the whole-process runs.
if (args is ["csv-to-parquet", var csv, var parquet])
{
    await ParquetFiles.WriteCsvAsParquetAsync(csv, parquet);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
