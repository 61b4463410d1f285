using Microsoft.Playwright;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Browser;

/// <summary>
/// One sandbox store on SQLite and one headless chromium for a fixture's browser tests, started once and stopped after.
/// </summary>
public abstract class SandboxBrowserFixture
{
    private IPlaywright _playwright;

    protected IBrowser Browser { get; private set; }

    protected SandboxTestServer Server { get; private set; }

    [OneTimeSetUp]
    public async Task StartBrowserAndStoreAsync()
    {
        BrowserEnvironment.RequireChromium();
        Server = await SandboxTestServer.StartAsync(DatabaseEngine.Sqlite);
        _playwright = await Playwright.CreateAsync();
        Browser = await BrowserEnvironment.LaunchAsync(_playwright);
    }

    [OneTimeTearDown]
    public async Task StopBrowserAndStoreAsync()
    {
        if (Browser != null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Server != null)
            await Server.DisposeAsync();
    }
}
