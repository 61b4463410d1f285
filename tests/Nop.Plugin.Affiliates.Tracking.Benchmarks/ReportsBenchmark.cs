using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Reports;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;

namespace Nop.Plugin.Affiliates.Tracking.Benchmarks;

/// <summary>
/// Latency of the conversions report's first page (each single filter) and of the affiliate dashboard's totals, through
/// the plugin's services over the tests' EF Core repository on PostgreSQL, with 1,000,000 conversions and 10,000,000
/// clicks (<see cref="ReportsDataSet"/>). Every iteration is a new repository (a new request scope); the percentiles
/// are over the measured iterations after a warm-up.
/// </summary>
public static class ReportsBenchmark
{
    private const double GoalMilliseconds = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        var iterations = IntArgument(args, "--iterations", 200);
        var warmup = IntArgument(args, "--warmup", 10);
        var rebuild = args.Contains("--rebuild");
        var output = StringArgument(args, "--output", Path.Combine("tests", "Nop.Plugin.Affiliates.Tracking.Benchmarks", "results", "reports.md"));

        Console.WriteLine($"preparing {ReportsDataSet.DatabaseName} ({ReportsDataSet.Conversions:N0} conversions, {ReportsDataSet.Clicks:N0} clicks)");
        var prepare = Stopwatch.StartNew();
        await ReportsDataSet.EnsureAsync(rebuild, Console.Out);
        Console.WriteLine($"ready after {prepare.Elapsed.TotalSeconds:0} s");

        var last30Days = StatisticsPeriod.Resolve(null, null, DateOnly.FromDateTime(ReportsDataSet.EndUtc.AddDays(-1)));
        var lastYear = StatisticsPeriod.Resolve(DateOnly.FromDateTime(ReportsDataSet.EndUtc.AddDays(-366)), null, DateOnly.FromDateTime(ReportsDataSet.EndUtc.AddDays(-1)));
        var oneMonthAYearAgo = ReportDateRange.FromDays(ReportsDataSet.EndUtc.AddDays(-395), ReportsDataSet.EndUtc.AddDays(-366));

        var cases = new List<(string Name, Func<Task<string>> Run)>
        {
            ("Report page 1, no filter", () => Report(new ConversionFilter())),
            ($"Report page 1, affiliate (heavy, #{ReportsDataSet.HeavyAffiliateId})", () => Report(new ConversionFilter { AffiliateId = ReportsDataSet.HeavyAffiliateId })),
            ($"Report page 1, affiliate (typical, #{ReportsDataSet.TypicalAffiliateId})", () => Report(new ConversionFilter { AffiliateId = ReportsDataSet.TypicalAffiliateId })),
            ($"Report page 1, coupon code (most used, {ReportsDataSet.PopularCouponCode})", () => Report(new ConversionFilter { CouponCode = ReportsDataSet.PopularCouponCode })),
            ("Report page 1, coupon code (unknown)", () => Report(new ConversionFilter { CouponCode = "NO-SUCH-CODE" })),
            ("Report page 1, source = lifetime (5 %)", () => Report(new ConversionFilter { Source = AttributionSource.Lifetime })),
            ("Report page 1, source = link (50 %)", () => Report(new ConversionFilter { Source = AttributionSource.Link })),
            ("Report page 1, status = pending (recent only)", () => Report(new ConversionFilter { Status = CommissionStatus.Pending })),
            ("Report page 1, status = reversed (8 %, all ages)", () => Report(new ConversionFilter { Status = CommissionStatus.Reversed })),
            ("Report page 1, date range (one month, a year ago)", () => Report(new ConversionFilter { Dates = oneMonthAYearAgo })),
            ($"Dashboard totals, heavy affiliate #{ReportsDataSet.HeavyAffiliateId}, 30 days", () => Dashboard(ReportsDataSet.HeavyAffiliateId, last30Days)),
            ($"Dashboard totals, typical affiliate #{ReportsDataSet.TypicalAffiliateId}, 30 days", () => Dashboard(ReportsDataSet.TypicalAffiliateId, last30Days)),
            ($"Dashboard totals, heavy affiliate #{ReportsDataSet.HeavyAffiliateId}, 366 days", () => Dashboard(ReportsDataSet.HeavyAffiliateId, lastYear)),
            ($"Dashboard totals, typical affiliate #{ReportsDataSet.TypicalAffiliateId}, 366 days", () => Dashboard(ReportsDataSet.TypicalAffiliateId, lastYear)),
            ("Program totals (admin), 30 days", () => Program30Days(last30Days))
        };

        var loadBefore = Uptime();
        var results = new List<(string Name, string Shape, double[] Samples)>();
        foreach (var (name, run) in cases)
        {
            string shape = null;
            for (var i = 0; i < warmup; i++)
                shape = await run();

            var samples = new double[iterations];
            for (var i = 0; i < iterations; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await run();
                samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            Array.Sort(samples);
            results.Add((name, shape, samples));
            Console.WriteLine($"{name,-62} p50 {Percentile(samples, 50),7:0.0} ms  p95 {Percentile(samples, 95),7:0.0} ms  max {samples[^1],7:0.0} ms  ({shape})");
        }

        var loadAfter = Uptime();
        var report = await FormatAsync(results, iterations, warmup, loadBefore, loadAfter);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, report);
        Console.WriteLine($"written {output}");

        return results.All(result => Percentile(result.Samples, 95) < GoalMilliseconds) ? 0 : 1;
    }

    private static async Task<string> Report(ConversionFilter filter)
    {
        await using var context = ReportsDataSet.CreateContext();
        var service = new ConversionReportService(null, new EfRepository<AffiliateCommission>(context), new EfRepository<AffiliateLink>(context));
        var page = await service.SearchConversionsAsync(filter, 0, ReportPage.DefaultPageSize);
        return $"{page.Count} rows, count {page.TotalCount:N0}{(ReportPage.IsCapped(page.TotalCount) ? "+" : string.Empty)}";
    }

    private static async Task<string> Dashboard(int affiliateId, StatisticsPeriod period)
    {
        await using var context = ReportsDataSet.CreateContext();
        var service = CreateStatisticsService(context);
        var statistics = await service.GetAffiliateStatisticsAsync(affiliateId, period);
        return Describe(statistics);
    }

    private static async Task<string> Program30Days(StatisticsPeriod period)
    {
        await using var context = ReportsDataSet.CreateContext();
        var service = CreateStatisticsService(context);
        return Describe(await service.GetProgramStatisticsAsync(period));
    }

    private static AffiliateStatisticsService CreateStatisticsService(NopTestDbContext context)
    {
        var clicks = new EfRepository<AffiliateClick>(context);
        var clickDays = new EfRepository<AffiliateClickDay>(context);
        return new AffiliateStatisticsService(new ClickRollupService(clicks, clickDays), clicks, clickDays,
            new EfRepository<AffiliateCommission>(context), new FixedTimeProvider(ReportsDataSet.NowUtc));
    }

    private static string Describe(AffiliateStatistics statistics) =>
        $"{statistics.Clicks:N0} clicks, {statistics.Conversions:N0} conversions, {statistics.ConversionRatePercent} %, {statistics.Daily.Count} days";

    private static async Task<string> FormatAsync(List<(string Name, string Shape, double[] Samples)> results, int iterations, int warmup,
        string loadBefore, string loadAfter)
    {
        var builder = new StringBuilder();
        builder.AppendLine("# Reports benchmark: conversions report first page and dashboard totals");
        builder.AppendLine();
        builder.AppendLine($"Run: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC with `dotnet run -c Release --project tests/Nop.Plugin.Affiliates.Tracking.Benchmarks -- reports`.");
        builder.AppendLine();
        builder.AppendLine($"- Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {CpuModel()}");
        builder.AppendLine($"- PostgreSQL: {await ReportsDataSet.ServerVersionAsync()} (default configuration, same machine)");
        builder.AppendLine($"- Load (uptime) before: `{loadBefore}`; after: `{loadAfter}` (the 2 cores are shared with other work)");
        builder.AppendLine($"- Data: {await ReportsDataSet.CountAsync("SELECT count(*) FROM \"AffiliateTrackingCommission\"") :N0} conversions, " +
                           $"{await ReportsDataSet.CountAsync("SELECT count(*) FROM \"AffiliateTrackingClick\""):N0} clicks, {ReportsDataSet.Affiliates:N0} affiliates, 2 years up to {ReportsDataSet.EndUtc:yyyy-MM-dd}; " +
                           $"affiliate #{ReportsDataSet.HeavyAffiliateId} has {await ReportsDataSet.CountAsync($"SELECT count(*) FROM \"AffiliateTrackingCommission\" WHERE \"AffiliateId\" = {ReportsDataSet.HeavyAffiliateId}"):N0} conversions and " +
                           $"{await ReportsDataSet.CountAsync($"SELECT count(*) FROM \"AffiliateTrackingClick\" WHERE \"AffiliateId\" = {ReportsDataSet.HeavyAffiliateId}"):N0} clicks, " +
                           $"#{ReportsDataSet.TypicalAffiliateId} {await ReportsDataSet.CountAsync($"SELECT count(*) FROM \"AffiliateTrackingCommission\" WHERE \"AffiliateId\" = {ReportsDataSet.TypicalAffiliateId}"):N0} and " +
                           $"{await ReportsDataSet.CountAsync($"SELECT count(*) FROM \"AffiliateTrackingClick\" WHERE \"AffiliateId\" = {ReportsDataSet.TypicalAffiliateId}"):N0}");
        builder.AppendLine($"- Method: each query through `ConversionReportService.SearchConversionsAsync` (page 1, {ReportPage.DefaultPageSize} rows, count capped at {ReportPage.MaxRows:N0}) or " +
                           "`AffiliateStatisticsService` (clicks of closed days from the daily roll-up, " +
                           $"{await ReportsDataSet.CountAsync("SELECT count(*) FROM \"AffiliateTrackingClickDay\""):N0} rows; today and yesterday from the clicks), over `EfRepository<T>` (EF Core + Npgsql) with a new context per iteration, " +
                           $"{warmup} warm-up iterations then {iterations} measured, one after another.");
        builder.AppendLine();
        builder.AppendLine("| Query | Result | p50 (ms) | p95 (ms) | max (ms) | Goal p95 < 100 ms |");
        builder.AppendLine("| --- | --- | ---: | ---: | ---: | --- |");
        foreach (var (name, shape, samples) in results)
        {
            var p95 = Percentile(samples, 95);
            builder.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {shape} | {Percentile(samples, 50):0.0} | {p95:0.0} | {samples[^1]:0.0} | {(p95 < GoalMilliseconds ? "met" : "**not met**")} |"));
        }

        return builder.ToString();
    }

    private static double Percentile(double[] sorted, int percentile)
    {
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    private static string Uptime()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("uptime") { RedirectStandardOutput = true });
            var text = process!.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return text;
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return "(uptime not available)";
        }
    }

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo))
            return "CPU unknown";

        return File.ReadLines(cpuInfo).FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "CPU unknown";
    }

    private static int IntArgument(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) && value > 0 ? value : fallback;
    }

    private static string StringArgument(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    private sealed class FixedTimeProvider(DateTime utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utcNow);
    }
}
