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
/// Throughput side by side, with wrk against three sandbox stores in one run: the same minimal endpoint with and without
/// the attribution middleware in the pipeline, and a /go/{slug} share link next to a plain 302 endpoint, once with its
/// clicks written to the database and once on a store that discards them (the request path alone).
/// Rounds alternate the targets so drift of the machine affects all of them alike; the medians are compared.
/// </summary>
public static class WrkBenchmark
{
    private const string BrowserUserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
    private const string Slug = "bench-link";

    private const string WithoutMiddleware = "minimal endpoint, pipeline without the middleware";
    private const string WithMiddleware = "minimal endpoint, pipeline with the middleware";
    private const string PlainRedirect = "plain 302 endpoint";
    private const string ShareLink = $"share link /go/{Slug}, clicks recorded (wrk time + writing them)";
    private const string ShareLinkRedirectsOnly = $"share link /go/{Slug}, redirects answered (wrk time only)";
    private const string ShareLinkRequestPath = $"share link /go/{Slug}, clicks discarded (request path alone)";

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
            await using var discarding = await StartSandboxAsync(Path.Combine(workFolder, "discarding"), _ => true,
                services => services.AddScoped<IAttributionRecordingService, DiscardingAttributionRecordingService>());
            await CreateShareLinkAsync(withMiddleware);
            await CreateShareLinkAsync(discarding);

            var targets = new (string Name, Uri Url)[]
            {
                (WithoutMiddleware, new Uri(withoutMiddleware.BaseAddress, "sandbox/bench/ok")),
                (WithMiddleware, new Uri(withMiddleware.BaseAddress, "sandbox/bench/ok")),
                (PlainRedirect, new Uri(withMiddleware.BaseAddress, "sandbox/bench/redirect")),
                (ShareLink, new Uri(withMiddleware.BaseAddress, $"go/{Slug}")),
                (ShareLinkRequestPath, new Uri(discarding.BaseAddress, $"go/{Slug}"))
            };
            var buffer = withMiddleware.Services.GetRequiredService<AttributionBuffer>();

            // Warm-up: JIT, connection pools, the link cache. Its clicks are written before the measured rounds start.
            foreach (var target in targets)
                await RunWrkAsync(wrk, target.Url, 2, connections);
            await WriteBufferedClicksAsync(withMiddleware);
            await WriteBufferedClicksAsync(discarding);

            var results = new[] { WithoutMiddleware, WithMiddleware, PlainRedirect, ShareLink, ShareLinkRedirectsOnly, ShareLinkRequestPath }.ToDictionary(n => n, _ => new List<double>());
            var writerRates = new List<double>();
            var concurrentCosts = new List<double>();
            var controlDifferences = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                // Every other round runs the targets in reverse, so no target always follows the share link's writing.
                foreach (var target in round % 2 == 0 ? targets : Enumerable.Reverse(targets))
                {
                    SettleGarbage();
                    var droppedBefore = buffer.DroppedCount;
                    var run = await RunWrkAsync(wrk, target.Url, seconds, connections);

                    // Share-link clicks are written in the background; the time that takes after wrk stops is still the
                    // share link's cost, so it is charged to this round, and clicks the full buffer dropped do not count.
                    var left = buffer.Count;
                    var writing = await WriteBufferedClicksAsync(withMiddleware);
                    await WriteBufferedClicksAsync(discarding);
                    var completed = run.Requests - (buffer.DroppedCount - droppedBefore);
                    results[target.Name].Add(completed / (run.Seconds + writing.TotalSeconds));
                    if (target.Name == ShareLink)
                    {
                        results[ShareLinkRedirectsOnly].Add(run.Requests / run.Seconds);
                        if (left >= AttributionBuffer.MaxBatchSize)
                            writerRates.Add(left / writing.TotalSeconds);
                    }
                }

                // Control: two stores whose pipelines are identical (both with the middleware) measured the same way.
                SettleGarbage();
                var (first, second) = await RunWrkPairAsync(wrk, targets[1].Url, new Uri(discarding.BaseAddress, "sandbox/bench/ok"), seconds, connections);
                controlDifferences.Add(1 - second.Requests / second.Seconds / (first.Requests / first.Seconds));

                // The same pipelines at the same time, half the connections each: whatever slows the machine slows both.
                SettleGarbage();
                var (without, with) = await RunWrkPairAsync(wrk, targets[0].Url, targets[1].Url, seconds, connections);
                concurrentCosts.Add(1 - with.Requests / with.Seconds / (without.Requests / without.Seconds));
            }

            var report = Report(results, rounds, seconds, connections, buffer.DroppedCount, writerRates, concurrentCosts, controlDifferences);
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

    private static async Task<SandboxHost> StartSandboxAsync(string folder, Func<Nop.Core.Infrastructure.INopStartup, bool> includeStartup,
        Action<IServiceCollection> configureServices = null)
    {
        Directory.CreateDirectory(folder);
        return await SandboxHost.StartAsync(new SandboxOptions
        {
            Url = "http://127.0.0.1:0",
            ContentRootPath = folder,
            ResetDatabase = true,
            MinimumLogLevel = LogLevel.Warning,
            IncludeStartup = includeStartup,
            ConfigureServices = configureServices
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

    // Both stores run in this process: garbage left by one target must not be collected during the next one's run.
    private static void SettleGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
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

    private static async Task<(WrkRun First, WrkRun Second)> RunWrkPairAsync(string wrk, Uri first, Uri second, int seconds, int connections)
    {
        var runs = await Task.WhenAll(RunWrkAsync(wrk, first, seconds, connections / 2), RunWrkAsync(wrk, second, seconds, connections / 2));
        return (runs[0], runs[1]);
    }

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

    private static string Report(IDictionary<string, List<double>> results, int rounds, int seconds, int connections, long dropped,
        IList<double> writerRates, IList<double> concurrentCosts, IList<double> controlDifferences)
    {
        double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }

        // Each round measured the targets back to back, so ratios within a round cancel most of the machine's drift.
        var middlewareCosts = results[WithoutMiddleware].Zip(results[WithMiddleware], (without, with) => 1 - with / without).ToList();
        var redirectRatios = results[PlainRedirect].Zip(results[ShareLink], (plain, share) => share / plain).ToList();
        var redirectOnlyRatios = results[PlainRedirect].Zip(results[ShareLinkRedirectsOnly], (plain, share) => share / plain).ToList();
        var requestPathRatios = results[PlainRedirect].Zip(results[ShareLinkRequestPath], (plain, share) => share / plain).ToList();
        var plainRedirect = Median(results[PlainRedirect]);
        var middlewareCost = Median(middlewareCosts);
        var redirectRatio = Median(redirectRatios);

        var report = new StringBuilder()
            .AppendLine("# wrk: attribution middleware and share links")
            .AppendLine()
            .AppendLine($"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, .NET {Environment.Version}; "
                + $"wrk -t1 -c{connections} -d{seconds}s, {rounds} rounds (odd rounds in reverse order), browser User-Agent; "
                + "three sandbox stores (SQLite, repository double) in one process, with wrk on the same machine.")
            .AppendLine()
            .AppendLine("| Target | " + string.Join(" | ", Enumerable.Range(1, rounds).Select(r => $"round {r} req/s")) + " | median req/s |")
            .AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", rounds + 1)));
        foreach (var (name, values) in results)
            report.AppendLine($"| {name} | " + string.Join(" | ", values.Select(Number)) + $" | {Number(Median(values))} |");
        report.AppendLine(RatioRow("middleware cost (1 - with / without), one after the other", middlewareCosts, Median(middlewareCosts)));
        report.AppendLine(RatioRow($"middleware cost (1 - with / without), both at once with -c{connections / 2} each", concurrentCosts, Median(concurrentCosts)));
        report.AppendLine(RatioRow("control: two identical pipelines at once (1 - second / first)", controlDifferences, Median(controlDifferences)));
        report.AppendLine(RatioRow("share link, clicks recorded / plain 302", redirectRatios, redirectRatio));
        report.AppendLine(RatioRow("share link, redirects only / plain 302", redirectOnlyRatios, Median(redirectOnlyRatios)));
        report.AppendLine(RatioRow("share link, clicks discarded / plain 302", requestPathRatios, Median(requestPathRatios)));

        return report
            .AppendLine()
            .AppendLine($"- Middleware cost on a request without link or cookie, both pipelines measured at once: median {Median(concurrentCosts):P2} of the minimal endpoint's throughput "
                + $"(goal: under 1 %): **{MiddlewareVerdict(concurrentCosts)}**. The control pair, identical pipelines measured the same way, differs by {Median(controlDifferences):P2} "
                + $"(rounds from {controlDifferences.Min():P1} to {controlDifferences.Max():P1}): the measurement's own noise. "
                + $"Measured one after the other, the rounds range from {middlewareCosts.Min():P1} to {middlewareCosts.Max():P1} (median {middlewareCost:P2}).")
            .AppendLine($"- Share link, every click recorded: median {redirectRatio:P1} of the plain 302 endpoint's throughput (goal: at least 80 %): **{(redirectRatio >= 0.80 ? "met" : "not met")}**. "
                + $"Counting only the redirects answered while wrk ran (their clicks still queued): median {Median(redirectOnlyRatios):P1}.")
            .AppendLine("- Each share-link request was a new visitor's click: cookie set, click and attribution queued and then written to the database. "
                + "Clicks recorded per second are the requests, less any the full buffer dropped, divided by wrk's time plus the time the background writer needed afterwards to store them.")
            .AppendLine($"- Share link on a store that discards its clicks (the request path alone: link from the cache, click capture, protected cookie, 302): "
                + $"median {Median(requestPathRatios):P1} of the plain 302.")
            .AppendLine($"- The budget: at the plain 302's {Number(plainRedirect)} req/s, 80 % leaves {0.25 / plainRedirect * 1e6:N1} µs of wall time, "
                + $"{0.25 / plainRedirect * 1e6 * Environment.ProcessorCount:N1} µs of the {Environment.ProcessorCount} cores, for everything a click adds to a redirect, "
                + "its database rows included (see ShareLinkClickBenchmarks for the request path's share).")
            .AppendLine(writerRates.Count == 0 ? "- The background writer had nothing left to store after wrk stopped."
                : $"- The background writer, alone on the machine after wrk stopped, stored a median {Number(Median(writerRates))} clicks/s "
                    + $"(a click row and an attribution row each): {1e6 / Median(writerRates):N0} µs per click on one core.")
            .AppendLine($"- Captures dropped by the bounded buffer ({AttributionBuffer.Capacity:N0}) during the run: {dropped:N0}.")
            .ToString();
    }

    private static string RatioRow(string name, IEnumerable<double> values, double median) =>
        $"| {name} | " + string.Join(" | ", values.Select(v => v.ToString("P1", CultureInfo.InvariantCulture))) + $" | {median.ToString("P1", CultureInfo.InvariantCulture)} |";

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
