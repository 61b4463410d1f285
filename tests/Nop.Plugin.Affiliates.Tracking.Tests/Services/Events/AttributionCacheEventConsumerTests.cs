using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Configuration;
using Nop.Core.Events;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Plugin.Affiliates.Tracking.Services.Events;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Events;

[TestFixture]
public class AttributionCacheEventConsumerTests
{
    private AttributionLookupCache _lookupCache;
    private AttributionSettingsSnapshot _snapshot;
    private AttributionCacheEventConsumer _consumer;

    [SetUp]
    public void SetUp()
    {
        _lookupCache = new AttributionLookupCache(TimeProvider.System);
        _lookupCache.SetLink("summer-sale", new CachedLink(1, 7, "/"));
        _lookupCache.SetAffiliateId("n:alice", 7);
        _snapshot = new AttributionSettingsSnapshot(TimeProvider.System);
        _snapshot.Set(new AttributionRequestSettings(true, "ref", "go", true));
        _consumer = new AttributionCacheEventConsumer(_lookupCache, _snapshot);
    }

    private bool LookupsCached => _lookupCache.TryGetLink("summer-sale", out _) && _lookupCache.TryGetAffiliateId("n:alice", out _);

    private bool LookupsCleared => !_lookupCache.TryGetLink("summer-sale", out _) && !_lookupCache.TryGetAffiliateId("n:alice", out _);

    [TestCase("affiliatetrackingsettings.x")]
    [TestCase("affiliatetrackingsettings.referralparametername")]
    [TestCase("AffiliateTrackingSettings.ShortLinkPrefix")]
    public async Task HandleEventAsync_PluginSettingChanged_InvalidatesSnapshot(string name)
    {
        await _consumer.HandleEventAsync(new EntityUpdatedEvent<Setting>(new Setting(name, "value")));

        Assert.That(_snapshot.TryGetCurrent(out _), Is.False);
    }

    [Test]
    public async Task HandleEventAsync_PluginSettingInserted_InvalidatesSnapshot()
    {
        await _consumer.HandleEventAsync(new EntityInsertedEvent<Setting>(new Setting("affiliatetrackingsettings.enabled", "False")));

        Assert.That(_snapshot.TryGetCurrent(out _), Is.False);
    }

    [Test]
    public async Task HandleEventAsync_PluginSettingDeleted_InvalidatesSnapshot()
    {
        await _consumer.HandleEventAsync(new EntityDeletedEvent<Setting>(new Setting("affiliatetrackingsettings.enabled", "False")));

        Assert.That(_snapshot.TryGetCurrent(out _), Is.False);
    }

    [TestCase("catalogsettings.pagesize")]
    [TestCase("affiliatetrackingsettingsx.enabled")]
    [TestCase("affiliatetrackingsettings")]
    [TestCase("affiliatetracking.droptablesonuninstall")]
    [TestCase("")]
    [TestCase(null)]
    public async Task HandleEventAsync_OtherSettingChanged_KeepsSnapshot(string name)
    {
        await _consumer.HandleEventAsync(new EntityUpdatedEvent<Setting>(new Setting(name, "value")));
        await _consumer.HandleEventAsync(new EntityInsertedEvent<Setting>(new Setting(name, "value")));
        await _consumer.HandleEventAsync(new EntityDeletedEvent<Setting>(new Setting(name, "value")));

        Assert.That(_snapshot.TryGetCurrent(out var settings), Is.True);
        Assert.That(settings.Shared.ReferralParameterName, Is.EqualTo("ref"));
    }

    [Test]
    public async Task HandleEventAsync_SettingChanged_KeepsLookups()
    {
        await _consumer.HandleEventAsync(new EntityUpdatedEvent<Setting>(new Setting("affiliatetrackingsettings.enabled", "True")));

        Assert.That(LookupsCached, Is.True);
    }

    [Test]
    public async Task HandleEventAsync_LinkInserted_ClearsLookups()
    {
        await _consumer.HandleEventAsync(new EntityInsertedEvent<AffiliateLink>(new AffiliateLink()));

        Assert.That(LookupsCleared, Is.True);
        Assert.That(_snapshot.TryGetCurrent(out _), Is.True, "links do not touch the settings");
    }

    [Test]
    public async Task HandleEventAsync_LinkUpdated_ClearsLookups()
    {
        await _consumer.HandleEventAsync(new EntityUpdatedEvent<AffiliateLink>(new AffiliateLink()));

        Assert.That(LookupsCleared, Is.True);
    }

    [Test]
    public async Task HandleEventAsync_LinkDeleted_ClearsLookups()
    {
        await _consumer.HandleEventAsync(new EntityDeletedEvent<AffiliateLink>(new AffiliateLink()));

        Assert.That(LookupsCleared, Is.True);
    }

    [Test]
    public async Task HandleEventAsync_AffiliateUpdated_ClearsLookups()
    {
        await _consumer.HandleEventAsync(new EntityUpdatedEvent<Affiliate>(new Affiliate()));

        Assert.That(LookupsCleared, Is.True);
    }

    [Test]
    public async Task HandleEventAsync_AffiliateDeleted_ClearsLookups()
    {
        await _consumer.HandleEventAsync(new EntityDeletedEvent<Affiliate>(new Affiliate()));

        Assert.That(LookupsCleared, Is.True);
    }
}
