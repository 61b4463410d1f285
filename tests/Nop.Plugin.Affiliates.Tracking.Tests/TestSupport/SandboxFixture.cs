using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

namespace Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;

/// <summary>
/// Base for fixtures that drive a sandbox store over HTTP: one store on a fresh database per fixture and engine,
/// started before the first test and stopped after the last.
/// </summary>
public abstract class SandboxFixture
{
    protected SandboxFixture(DatabaseEngine engine)
    {
        Engine = engine;
    }

    protected DatabaseEngine Engine { get; }

    protected SandboxTestServer Server { get; private set; }

    [OneTimeSetUp]
    public async Task StartSandboxAsync()
    {
        Server = await SandboxTestServer.StartAsync(Engine);
        await OnSandboxStartedAsync();
    }

    [OneTimeTearDown]
    public async Task StopSandboxAsync()
    {
        if (Server != null)
            await Server.DisposeAsync();
    }

    protected virtual Task OnSandboxStartedAsync() => Task.CompletedTask;
}
