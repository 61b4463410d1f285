using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Configuration;
using Nop.Core.Events;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Services.Events;

namespace Nop.Plugin.Affiliates.Tracking.Services.Events;

/// <summary>
/// Drops the in-memory copies the storefront checks links against as soon as what they copy changes on this node.
/// </summary>
public class AttributionCacheEventConsumer :
    IConsumer<EntityInsertedEvent<Setting>>,
    IConsumer<EntityUpdatedEvent<Setting>>,
    IConsumer<EntityDeletedEvent<Setting>>,
    IConsumer<EntityInsertedEvent<AffiliateLink>>,
    IConsumer<EntityUpdatedEvent<AffiliateLink>>,
    IConsumer<EntityDeletedEvent<AffiliateLink>>,
    IConsumer<EntityInsertedEvent<Affiliate>>,
    IConsumer<EntityUpdatedEvent<Affiliate>>,
    IConsumer<EntityDeletedEvent<Affiliate>>
{
    private static readonly string SettingsKeyPrefix = nameof(AffiliateTrackingSettings).ToLowerInvariant() + ".";

    private readonly AttributionLookupCache _lookupCache;
    private readonly AttributionSettingsSnapshot _settingsSnapshot;

    public AttributionCacheEventConsumer(AttributionLookupCache lookupCache, AttributionSettingsSnapshot settingsSnapshot)
    {
        _lookupCache = lookupCache;
        _settingsSnapshot = settingsSnapshot;
    }

    public Task HandleEventAsync(EntityInsertedEvent<Setting> eventMessage) => SettingChanged(eventMessage.Entity);

    public Task HandleEventAsync(EntityUpdatedEvent<Setting> eventMessage) => SettingChanged(eventMessage.Entity);

    public Task HandleEventAsync(EntityDeletedEvent<Setting> eventMessage) => SettingChanged(eventMessage.Entity);

    public Task HandleEventAsync(EntityInsertedEvent<AffiliateLink> eventMessage) => ClearLookups();

    public Task HandleEventAsync(EntityUpdatedEvent<AffiliateLink> eventMessage) => ClearLookups();

    public Task HandleEventAsync(EntityDeletedEvent<AffiliateLink> eventMessage) => ClearLookups();

    // A new affiliate's name may have been remembered as "no such affiliate".
    public Task HandleEventAsync(EntityInsertedEvent<Affiliate> eventMessage) => ClearLookups();

    public Task HandleEventAsync(EntityUpdatedEvent<Affiliate> eventMessage) => ClearLookups();

    public Task HandleEventAsync(EntityDeletedEvent<Affiliate> eventMessage) => ClearLookups();

    private Task SettingChanged(Setting setting)
    {
        if (setting?.Name is not null && setting.Name.StartsWith(SettingsKeyPrefix, StringComparison.OrdinalIgnoreCase))
            _settingsSnapshot.Invalidate();

        return Task.CompletedTask;
    }

    private Task ClearLookups()
    {
        _lookupCache.Clear();
        return Task.CompletedTask;
    }
}
