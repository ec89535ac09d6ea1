using BenchmarkDotNet.Running;
using CxOkr.Benchmarks;

if (args is ["generate-wide", .. var rest])
{
    return WideDataGenerator.Run(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(WideDataGenerator).Assembly).Run(args);
return 0;
