using Nop.Services.Configuration;
using Nop.Services.Stores;

namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

/// <summary>
/// The request settings of every store, as the middleware keeps them in memory. Recognising a link needs no store:
/// it checks the parameter names and short-link prefixes of all stores at once (plain arrays, so the check allocates
/// nothing). Only a request that looks like a link or carries the cookie asks which store it is for (<see cref="ForStore"/>).
/// </summary>
public sealed class AttributionStoreSettings
{
    private static readonly IReadOnlyDictionary<int, AttributionRequestSettings> NoStores = new Dictionary<int, AttributionRequestSettings>();

    private readonly IReadOnlyDictionary<int, AttributionRequestSettings> _storeValues;

    /// <param name="shared">The values for all stores (store 0).</param>
    /// <param name="storeValues">Stores whose values differ from <paramref name="shared"/>; the others use it.</param>
    public AttributionStoreSettings(AttributionRequestSettings shared, IReadOnlyDictionary<int, AttributionRequestSettings> storeValues = null)
    {
        ArgumentNullException.ThrowIfNull(shared);
        Shared = shared;
        _storeValues = storeValues ?? NoStores;

        var enabled = _storeValues.Values.Prepend(shared).Where(settings => settings.Enabled).ToList();
        AnyEnabled = enabled.Count > 0;
        AnyTracksCoreAffiliateLinks = enabled.Any(settings => settings.TrackCoreAffiliateLinks);
        ReferralParameterNames = enabled.Select(settings => settings.ReferralParameterName).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        ShortLinkPrefixes = enabled.Select(settings => settings.ShortLinkPrefix).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    public AttributionRequestSettings Shared { get; }

    /// <summary>
    /// Whether some store has values of its own, so that a link request must find out which store it is for.
    /// </summary>
    public bool DiffersByStore => _storeValues.Count > 0;

    public bool AnyEnabled { get; }

    public bool AnyTracksCoreAffiliateLinks { get; }

    public string[] ReferralParameterNames { get; }

    public string[] ShortLinkPrefixes { get; }

    public AttributionRequestSettings ForStore(int storeId) =>
        _storeValues.TryGetValue(storeId, out var settings) ? settings : Shared;

    public static async Task<AttributionStoreSettings> LoadAsync(ISettingService settingService, IStoreService storeService)
    {
        var shared = AttributionRequestSettings.From(await settingService.LoadSettingAsync<AffiliateTrackingSettings>());
        var storeValues = new Dictionary<int, AttributionRequestSettings>();
        foreach (var store in await storeService.GetAllStoresAsync())
        {
            var settings = AttributionRequestSettings.From(await settingService.LoadSettingAsync<AffiliateTrackingSettings>(store.Id));
            if (!settings.HasSameValues(shared))
                storeValues[store.Id] = settings;
        }

        return new AttributionStoreSettings(shared, storeValues);
    }
}
