using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nop.Core.Domain.Affiliates;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Sandbox;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Plugin.Affiliates.Tracking.Services.Links;

namespace Nop.Plugin.Affiliates.Tracking.Benchmarks;

/// <summary>
/// Throughput side by side, with wrk against two sandbox stores in one run: the same minimal endpoint with and without
/// the attribution middleware in the pipeline, and a /go/{slug} share link next to a plain 302 endpoint.
/// Rounds alternate the targets so drift of the machine affects all of them alike; the medians are compared.
/// </summary>
public static class WrkBenchmark
{
    private const string BrowserUserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
    private const string Slug = "bench-link";

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = IntArgument(args, "--rounds", 3);
        var seconds = IntArgument(args, "--seconds", 10);
        var connections = IntArgument(args, "--connections", 16);
        var output = StringArgument(args, "--output", Path.Combine("tests", "Nop.Plugin.Affiliates.Tracking.Benchmarks", "results", "wrk.md"));

        var wrk = FindWrk();
        var workFolder = Directory.CreateTempSubdirectory("aff-wrk-").FullName;
        try
        {
            await using var withMiddleware = await StartSandboxAsync(Path.Combine(workFolder, "with"), _ => true);
            await using var withoutMiddleware = await StartSandboxAsync(Path.Combine(workFolder, "without"), startup => startup is not AttributionPipelineStartup);
            await CreateShareLinkAsync(withMiddleware);

            var targets = new (string Name, Uri Url)[]
            {
                ("minimal endpoint, pipeline without the middleware", new Uri(withoutMiddleware.BaseAddress, "sandbox/bench/ok")),
                ("minimal endpoint, pipeline with the middleware", new Uri(withMiddleware.BaseAddress, "sandbox/bench/ok")),
                ("plain 302 endpoint", new Uri(withMiddleware.BaseAddress, "sandbox/bench/redirect")),
                ($"share link /go/{Slug}", new Uri(withMiddleware.BaseAddress, $"go/{Slug}"))
            };

            // Warm-up: JIT, connection pools, the link cache. Its clicks are written before the measured rounds start.
            foreach (var target in targets)
                await RunWrkAsync(wrk, target.Url, 2, connections);
            await WriteBufferedClicksAsync(withMiddleware);

            var results = targets.ToDictionary(t => t.Name, _ => new List<double>());
            for (var round = 0; round < rounds; round++)
            {
                foreach (var target in targets)
                {
                    var run = await RunWrkAsync(wrk, target.Url, seconds, connections);

                    // Share-link clicks are written in the background; the time that takes after wrk stops is still the
                    // share link's cost, so it is charged to this round (and never spills into the next target's round).
                    var writing = await WriteBufferedClicksAsync(withMiddleware);
                    results[target.Name].Add(run.Requests / (run.Seconds + writing.TotalSeconds));
                }
            }

            var buffer = withMiddleware.Services.GetRequiredService<AttributionBuffer>();
            var report = Report(targets.Select(t => t.Name).ToList(), results, rounds, seconds, connections, buffer.DroppedCount);
            Console.WriteLine(report);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await File.WriteAllTextAsync(output, report);
            Console.WriteLine($"Written to {output}");
            return 0;
        }
        finally
        {
            Directory.Delete(workFolder, recursive: true);
        }
    }

    private static async Task<SandboxHost> StartSandboxAsync(string folder, Func<Nop.Core.Infrastructure.INopStartup, bool> includeStartup)
    {
        Directory.CreateDirectory(folder);
        return await SandboxHost.StartAsync(new SandboxOptions
        {
            Url = "http://127.0.0.1:0",
            ContentRootPath = folder,
            ResetDatabase = true,
            MinimumLogLevel = LogLevel.Warning,
            IncludeStartup = includeStartup
        });
    }

    private static async Task CreateShareLinkAsync(SandboxHost host)
    {
        var result = await host.InScopeAsync(async services =>
        {
            var affiliate = services.GetRequiredService<IRepository<Affiliate>>().Table.First(a => a.Active && !a.Deleted);
            return await services.GetRequiredService<IAffiliateLinkService>().CreateLinkAsync(affiliate.Id, Slug, "/");
        });

        if (!result.Success)
            throw new InvalidOperationException($"The benchmark's share link could not be created: {result.Error}");
    }

    private static async Task<TimeSpan> WriteBufferedClicksAsync(SandboxHost host)
    {
        var stopwatch = Stopwatch.StartNew();
        await host.InScopeAsync(async services =>
        {
            await services.GetRequiredService<IAttributionRecordingService>().FlushBufferAsync();
            return true;
        });
        return stopwatch.Elapsed;
    }

    private sealed record WrkRun(long Requests, double Seconds);

    private static async Task<WrkRun> RunWrkAsync(string wrk, Uri url, int seconds, int connections)
    {
        var start = new ProcessStartInfo(wrk) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-t1", $"-c{connections}", $"-d{seconds}s", "-H", $"User-Agent: {BrowserUserAgent}", url.ToString() })
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        // "123456 requests in 10.00s, ..." gives both numbers; non-2xx/3xx answers would mean a broken target.
        var match = Regex.Match(text, @"([0-9]+) requests in ([0-9.]+)(m?s)");
        if (process.ExitCode != 0 || !match.Success || text.Contains("Non-2xx or 3xx", StringComparison.Ordinal))
            throw new InvalidOperationException($"wrk failed for {url}:\n{text}\n{await process.StandardError.ReadToEndAsync()}");

        var duration = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return new WrkRun(long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[3].Value == "ms" ? duration / 1000 : duration);
    }

    private static string Report(IList<string> names, IDictionary<string, List<double>> results, int rounds, int seconds, int connections, long dropped)
    {
        double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }

        // Each round measured the targets back to back, so ratios within a round cancel most of the machine's drift.
        var middlewareCosts = results[names[0]].Zip(results[names[1]], (without, with) => 1 - with / without).ToList();
        var redirectRatios = results[names[2]].Zip(results[names[3]], (plain, share) => share / plain).ToList();
        var middlewareCost = Median(middlewareCosts);
        var redirectRatio = Median(redirectRatios);

        var report = new StringBuilder()
            .AppendLine("# wrk: attribution middleware and share links")
            .AppendLine()
            .AppendLine($"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, .NET {Environment.Version}; "
                + $"wrk -t1 -c{connections} -d{seconds}s, {rounds} alternating rounds, browser User-Agent; two sandbox stores (SQLite) in one process.")
            .AppendLine()
            .AppendLine("| Target | " + string.Join(" | ", Enumerable.Range(1, rounds).Select(r => $"round {r} req/s")) + " | median req/s |")
            .AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", rounds + 1)));
        foreach (var name in names)
            report.AppendLine($"| {name} | " + string.Join(" | ", results[name].Select(Number)) + $" | {Number(Median(results[name]))} |");
        report.AppendLine("| middleware cost (1 - with / without) | " + string.Join(" | ", middlewareCosts.Select(v => v.ToString("P1", CultureInfo.InvariantCulture))) + $" | {middlewareCost:P1} |");
        report.AppendLine("| share link / plain 302 | " + string.Join(" | ", redirectRatios.Select(v => v.ToString("P1", CultureInfo.InvariantCulture))) + $" | {redirectRatio:P1} |");

        return report
            .AppendLine()
            .AppendLine($"- Middleware cost on a request without link or cookie: median {middlewareCost:P2} of the minimal endpoint's throughput (goal: under 1 %): "
                + $"**{MiddlewareVerdict(middlewareCosts)}**.")
            .AppendLine($"- Share link redirect: median {redirectRatio:P1} of the plain 302 endpoint's throughput (goal: at least 80 %): **{(redirectRatio >= 0.80 ? "met" : "not met")}**.")
            .AppendLine("- Each share-link request was a counted click (new visitor, cookie set, click and attribution written to the database); "
                + "the share link's req/s is its requests divided by wrk's time plus the time the background writer needed afterwards to store them.")
            .AppendLine($"- Captures dropped by the bounded buffer during the run: {dropped:N0}.")
            .ToString();
    }

    private static string Number(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    // A sign test: when every round lands on the same side of 1 %, chance alone would do that with probability 2^-rounds
    // (1/32 for five rounds); when the rounds disagree, their noise hides a 1 % cost.
    private static string MiddlewareVerdict(IList<double> roundCosts)
    {
        if (roundCosts.All(cost => cost < 0.01))
            return "met";
        if (roundCosts.All(cost => cost >= 0.01))
            return "not met";

        return $"not measurable here: the rounds range from {roundCosts.Min():P1} to {roundCosts.Max():P1}";
    }

    private static string FindWrk()
    {
        foreach (var candidate in new[] { "/usr/bin/wrk", "/usr/local/bin/wrk" })
        {
            if (File.Exists(candidate))
                return candidate;
        }

        throw new InvalidOperationException("wrk is not installed: apt-get install -y wrk");
    }

    private static int IntArgument(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }

    private static string StringArgument(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }
}
