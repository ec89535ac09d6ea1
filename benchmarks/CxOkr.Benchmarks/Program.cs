using BenchmarkDotNet.Running;
using CxOkr.Benchmarks;

// `csv-to-parquet IN.csv OUT.parquet`: the issue-18 benchmark file as Parquet (same columns and values), for the whole-process runs.
if (args is ["csv-to-parquet", var csv, var parquet])
{
    await ParquetFiles.WriteCsvAsParquetAsync(csv, parquet);
    return 0;
}

// `generate-wide OUT_DIR ROWS FILES [--csv]`: the engine benchmark's data (benchmarks/engine-1e8.sh).
if (args is ["generate-wide", .. var rest])
{
    return WideDataGenerator.Run(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(WideDataGenerator).Assembly).Run(args);
return 0;
