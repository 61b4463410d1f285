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

            foreach (var target in targets)
                await RunWrkAsync(wrk, target.Url, 2, connections);

            var results = targets.ToDictionary(t => t.Name, _ => new List<double>());
            for (var round = 0; round < rounds; round++)
            {
                foreach (var target in targets)
                    results[target.Name].Add(await RunWrkAsync(wrk, target.Url, seconds, connections));
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

    private static async Task<double> RunWrkAsync(string wrk, Uri url, int seconds, int connections)
    {
        var start = new ProcessStartInfo(wrk) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-t1", $"-c{connections}", $"-d{seconds}s", "-H", $"User-Agent: {BrowserUserAgent}", url.ToString() })
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        var match = Regex.Match(text, @"Requests/sec:\s+([0-9.]+)");
        if (process.ExitCode != 0 || !match.Success)
            throw new InvalidOperationException($"wrk failed for {url}:\n{text}\n{await process.StandardError.ReadToEndAsync()}");

        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static string Report(IList<string> names, IDictionary<string, List<double>> results, int rounds, int seconds, int connections, long dropped)
    {
        double Median(string name) => results[name].OrderBy(v => v).ElementAt(results[name].Count / 2);

        var baseline = Median(names[0]);
        var withMiddleware = Median(names[1]);
        var plainRedirect = Median(names[2]);
        var shareLink = Median(names[3]);
        var middlewareCost = 1 - withMiddleware / baseline;
        var redirectRatio = shareLink / plainRedirect;

        var report = new StringBuilder()
            .AppendLine("# wrk: attribution middleware and share links")
            .AppendLine()
            .AppendLine($"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, .NET {Environment.Version}; "
                + $"wrk -t1 -c{connections} -d{seconds}s, {rounds} alternating rounds, browser User-Agent; two sandbox stores (SQLite) in one process.")
            .AppendLine()
            .AppendLine("| Target | " + string.Join(" | ", Enumerable.Range(1, rounds).Select(r => $"round {r} req/s")) + " | median req/s |")
            .AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", rounds + 1)));
        foreach (var name in names)
            report.AppendLine($"| {name} | " + string.Join(" | ", results[name].Select(v => v.ToString("N0", CultureInfo.InvariantCulture))) + $" | {Median(name).ToString("N0", CultureInfo.InvariantCulture)} |");

        return report
            .AppendLine()
            .AppendLine($"- Middleware cost on a request without link or cookie: {middlewareCost:P2} of the minimal endpoint's throughput (goal: under 1 %): "
                + $"**{MiddlewareVerdict(middlewareCost, results[names[0]])}**.")
            .AppendLine($"- Share link redirect: {redirectRatio:P1} of the plain 302 endpoint's throughput (goal: at least 80 %): **{(redirectRatio >= 0.80 ? "met" : "not met")}**.")
            .AppendLine($"- Each share-link request was a counted click (new visitor, cookie set, click and attribution queued); captures dropped by the bounded buffer during the run: {dropped:N0}.")
            .ToString();
    }

    // Rounds of the same target that differ more than the measured cost cannot tell a 1 % cost from noise.
    private static string MiddlewareVerdict(double cost, IList<double> baselineRounds)
    {
        var spread = (baselineRounds.Max() - baselineRounds.Min()) / baselineRounds.Max();
        if (Math.Abs(cost) < spread && spread > 0.01)
            return $"not measurable here: the baseline's rounds differ by {spread:P0}";

        return cost < 0.01 ? "met" : "not met";
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
