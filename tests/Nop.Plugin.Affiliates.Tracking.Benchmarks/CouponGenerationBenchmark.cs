using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Discounts;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Sandbox;
using Nop.Plugin.Affiliates.Tracking.Services.Coupons;

namespace Nop.Plugin.Affiliates.Tracking.Benchmarks;

/// <summary>
/// A measured run of bulk coupon generation, the way the admin page drives it: one job, batches of
/// <see cref="AffiliateTrackingDefaults.DefaultCouponBatchSize"/> in a new service scope each, on a sandbox store with
/// SQLite. Runs 1,000 and 10,000 affiliates on fresh databases in one process and reports the time per code of each
/// and their ratio (flat cost means a ratio near 1).
/// </summary>
public static class CouponGenerationBenchmark
{
    private const string DefaultOutput = "tests/Nop.Plugin.Affiliates.Tracking.Benchmarks/results/CouponGeneration.md";

    private const int WarmUpAffiliates = 500;

    private static readonly int[] _sizes = [1_000, 10_000];

    public static async Task<int> RunAsync(string[] args)
    {
        var output = args.Length > 0 ? args[0] : DefaultOutput;
        var workFolder = Path.Combine(Path.GetTempPath(), "affiliates-coupon-benchmark-" + Guid.NewGuid().ToString("N")[..8]);
        var results = new List<(int Affiliates, int Created, TimeSpan Elapsed, int Batches)>();
        try
        {
            // JIT, EF Core model and query compilation happen once per process; a discarded run keeps them out of the first size.
            await MeasureAsync(Path.Combine(workFolder, "warm-up"), WarmUpAffiliates);
            foreach (var size in _sizes)
            {
                var result = await MeasureAsync(Path.Combine(workFolder, size.ToString(CultureInfo.InvariantCulture)), size);
                Console.WriteLine($"{size} affiliates: {result.Created} codes in {result.Elapsed.TotalSeconds:F2} s ({result.Batches} batches)");
                results.Add((size, result.Created, result.Elapsed, result.Batches));
            }
        }
        finally
        {
            Directory.Delete(workFolder, recursive: true);
        }

        var report = Report(results);
        Console.WriteLine(report);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, report);
        Console.WriteLine($"Written to {output}");

        var largest = results[^1];
        return largest.Created == largest.Affiliates && largest.Elapsed < TimeSpan.FromSeconds(60) ? 0 : 1;
    }

    private static async Task<(int Created, TimeSpan Elapsed, int Batches)> MeasureAsync(string folder, int affiliateCount)
    {
        Directory.CreateDirectory(folder);
        await using var host = await SandboxHost.StartAsync(new SandboxOptions
        {
            Url = "http://127.0.0.1:0",
            ContentRootPath = folder,
            ResetDatabase = true,
            MinimumLogLevel = LogLevel.Warning
        });

        var templateId = await host.InScopeAsync(async services => await SeedAsync(services, affiliateCount));

        var stopwatch = Stopwatch.StartNew();
        var job = await host.InScopeAsync(async services =>
        {
            var start = await services.GetRequiredService<IAffiliateCouponService>().StartGenerationAsync(new CouponGenerationRequest
            {
                TemplateDiscountId = templateId,
                Pattern = CouponCodePattern.FromName,
                RandomLength = AffiliateTrackingDefaults.DefaultCouponSuffixLength
            });
            return start.Success ? start.Job : throw new InvalidOperationException(string.Join(", ", start.Problems));
        });

        var batches = 0;
        while (job.Status != CouponGenerationJobStatus.Completed)
        {
            var jobId = job.Id;
            job = await host.InScopeAsync(services => services.GetRequiredService<IAffiliateCouponService>().ProcessNextBatchAsync(jobId));
            batches++;
        }
        stopwatch.Stop();

        var couponCount = await host.InScopeAsync(async services => await services.GetRequiredService<IRepository<AffiliateCoupon>>().Table.CountAsync());
        if (couponCount != job.CreatedCount)
            throw new InvalidOperationException($"The job reports {job.CreatedCount} codes, the table holds {couponCount}.");

        return (job.CreatedCount, stopwatch.Elapsed, batches);
    }

    // Affiliates beyond the sandbox's three, with addresses, written in bulk so seeding stays out of the measurement.
    private static async Task<int> SeedAsync(IServiceProvider services, int affiliateCount)
    {
        var addresses = services.GetRequiredService<IRepository<Address>>();
        var affiliates = services.GetRequiredService<IRepository<Affiliate>>();
        var existing = await affiliates.Table.CountAsync(a => a.Active && !a.Deleted);
        var missing = affiliateCount - existing;
        var now = DateTime.UtcNow;

        for (var offset = 0; offset < missing; offset += 1_000)
        {
            var count = Math.Min(1_000, missing - offset);
            var newAddresses = Enumerable.Range(offset, count)
                .Select(i => new Address { FirstName = "Bench", LastName = "Affiliate" + i, Email = $"bench{i}@example.com", CreatedOnUtc = now })
                .ToList();
            await addresses.InsertAsync(newAddresses, false);
            await affiliates.InsertAsync(newAddresses
                .Select((address, i) => new Affiliate { AddressId = address.Id, FriendlyUrlName = $"partner{offset + i}", Active = true })
                .ToList(), false);
        }

        var discounts = services.GetRequiredService<IRepository<Discount>>();
        return (await discounts.Table.FirstAsync(d => d.CouponCode == Sandbox.Data.SandboxDemoData.TemplateCouponCode)).Id;
    }

    private static string Report(IReadOnlyList<(int Affiliates, int Created, TimeSpan Elapsed, int Batches)> results)
    {
        var text = new StringBuilder();
        text.AppendLine("# Coupon generation (measured run)");
        text.AppendLine();
        text.AppendLine($"`dotnet run -c Release --project tests/Nop.Plugin.Affiliates.Tracking.Benchmarks -- coupons`, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, " +
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, SQLite file database through the sandbox store's services.");
        text.AppendLine("One job per run (pattern: affiliate name + 4 random characters), processed in batches of " +
            $"{AffiliateTrackingDefaults.DefaultCouponBatchSize} affiliates, each batch in a new service scope as the admin page's requests do. " +
            "Each code is a cloned discount, its requirement group and rule, and the coupon row. " +
            $"A discarded warm-up run of {WarmUpAffiliates} affiliates comes first.");
        // The machine may be shared; its load says how much the numbers can be trusted.
        if (File.Exists("/proc/loadavg"))
            text.AppendLine().AppendLine($"Load average when the report was written (1, 5, 15 min): {string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}.");
        text.AppendLine();
        text.AppendLine("| Affiliates | Codes created | Batches | Total | Per code |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: |");
        foreach (var result in results)
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {result.Affiliates:N0} | {result.Created:N0} | {result.Batches} | {result.Elapsed.TotalSeconds:F2} s | {PerCode(result):F3} ms |"));

        var ratio = PerCode(results[^1]) / PerCode(results[0]);
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Per-code cost at {results[^1].Affiliates:N0} vs {results[0].Affiliates:N0} affiliates: **{ratio:F2}×**. " +
            $"Goal: {results[^1].Affiliates:N0} codes in under 60 s — {(results[^1].Elapsed.TotalSeconds < 60 ? "met" : "NOT met")} ({results[^1].Elapsed.TotalSeconds:F1} s)."));

        return text.ToString();
    }

    private static double PerCode((int Affiliates, int Created, TimeSpan Elapsed, int Batches) result) =>
        result.Elapsed.TotalMilliseconds / Math.Max(1, result.Created);
}
