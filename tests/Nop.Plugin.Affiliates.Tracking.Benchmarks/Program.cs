using BenchmarkDotNet.Running;

namespace Nop.Plugin.Affiliates.Tracking.Benchmarks;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "wrk")
            return await WrkBenchmark.RunAsync(args[1..]);
        if (args.Length > 0 && args[0] == "coupons")
            return await CouponGenerationBenchmark.RunAsync(args[1..]);

        if (args.Length > 0 && args[0] == "reports")
            return await ReportsBenchmark.RunAsync(args[1..]);

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
