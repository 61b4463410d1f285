using Microsoft.Playwright;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Browser;

/// <summary>
/// Debian's Chromium for Playwright (which cannot download its own browser here): AFFILIATES_CHROMIUM or /usr/bin/chromium,
/// headless. A missing browser fails the test in CI (CI=true) and skips it elsewhere.
/// </summary>
public static class BrowserEnvironment
{
    public const string ChromiumEnvironmentVariable = "AFFILIATES_CHROMIUM";
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    private static readonly string[] _chromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"
    ];

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumEnvironmentVariable) is { Length: > 0 } path ? path : DefaultChromiumPath;

    /// <summary>
    /// Fails (CI) or ignores the test when the browser is missing.
    /// </summary>
    public static void RequireChromium()
    {
        if (File.Exists(ChromiumPath))
            return;

        var message = $"Chromium not found at {ChromiumPath}: install it with `apt-get install -y chromium` ({TestDatabases.InstallScript}) or set {ChromiumEnvironmentVariable}.";
        if (TestDatabases.IsContinuousIntegration)
            Assert.Fail(message);

        Assert.Ignore(message);
    }

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        RequireChromium();

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = _chromiumArguments
        });
    }
}
