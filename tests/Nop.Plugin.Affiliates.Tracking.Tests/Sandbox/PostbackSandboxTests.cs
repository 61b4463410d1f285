using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Services.Postbacks;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Configuration;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// Postbacks wired as nopCommerce wires them: the ledger's event through IEventPublisher to the plugin's consumer, the
/// installed schedule task run by type, the plugin's own named HttpClient, and a receiver on 127.0.0.1.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class PostbackSandboxTests : SandboxFixture
{
    private PostbackReceiver _receiver;

    public PostbackSandboxTests(DatabaseEngine engine) : base(engine)
    {
    }

    protected override async Task OnSandboxStartedAsync()
    {
        _receiver = await PostbackReceiver.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopReceiverAsync()
    {
        if (_receiver != null)
            await _receiver.DisposeAsync();
    }

    [Test]
    public async Task CommissionChanged_ThenTaskRuns_ReceiverGetsOneSignedPostback()
    {
        var secret = await Server.Host.InScopeAsync(async services =>
        {
            var settingService = services.GetRequiredService<ISettingService>();
            var settings = await settingService.LoadSettingAsync<AffiliateTrackingSettings>();
            settings.PostbacksEnabled = true;
            settings.PostbackAllowHttp = true;
            settings.PostbackUrlTemplate = _receiver.BaseAddress + "sandbox-pb?tx={order_id}&status={status}&amount={commission}";
            await settingService.SaveSettingAsync(settings);
            return settings.PostbackSigningSecret;
        });
        var task = await Server.Host.InScopeAsync(services => services.GetRequiredService<IScheduleTaskService>().GetTaskByTypeAsync(AffiliateTrackingDefaults.PostbackTaskType));

        var change = new CommissionChangedEvent(41, 4242, 1, "pending", 100m, 10m, "USD", null, 0, Server.Host.Clock.UtcNow);
        await Server.Host.InScopeAsync(async services =>
        {
            var publisher = services.GetRequiredService<IEventPublisher>();
            await publisher.PublishAsync(change);
            await publisher.PublishAsync(change);
            return true;
        });
        var queuedBeforeTask = _receiver.Received.Count;

        using var client = Server.CreateClient();
        var run = await client.PostAsJsonAsync("sandbox/api/tasks/run", new { Type = AffiliateTrackingDefaults.PostbackTaskType });
        var runAgain = await client.PostAsJsonAsync("sandbox/api/tasks/run", new { Type = AffiliateTrackingDefaults.PostbackTaskType });

        Assert.That(task, Is.Not.Null, "InstallAsync added the delivery task");
        Assert.That(task.Enabled, Is.True);
        Assert.That(secret, Has.Length.EqualTo(64), "InstallAsync generated the signing secret");
        Assert.That(queuedBeforeTask, Is.Zero, "publishing only queues; nothing is sent in the publishing request");
        Assert.That(run.StatusCode, Is.EqualTo(HttpStatusCode.OK), await run.Content.ReadAsStringAsync());
        Assert.That(runAgain.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var received = _receiver.Received.Single();
        Assert.That(received.Query["tx"], Is.EqualTo("4242"));
        Assert.That(received.Query["amount"], Is.EqualTo("10.00"));
        Assert.That(PostbackSignature.Verify(secret, received.Headers[PostbackSignature.HeaderName], "GET", received.Url,
            Server.Host.Clock.UtcNow, TimeSpan.FromMinutes(5)), Is.True);
        var row = await Server.Host.InScopeAsync(services => services.GetRequiredService<IRepository<AffiliatePostback>>().Table.SingleAsync(p => p.CommissionId == 41));
        Assert.That(row.Status, Is.EqualTo(PostbackStatus.Delivered));
    }
}
