using Nop.Services.Localization;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure.Mvc;

/// <summary>
/// The per-request resource table behind the views' T("...") and the model display names. Razor asks for strings
/// synchronously, so <see cref="SandboxLocaleResourcesFilter"/> loads the table through ILocalizationService before a
/// result renders. A missing resource shows its key, as nopCommerce does.
/// </summary>
public sealed class SandboxLocalizer
{
    private readonly ILocalizationService _localizationService;
    private Dictionary<string, KeyValuePair<int, string>> _resources;

    public SandboxLocalizer(ILocalizationService localizationService)
    {
        _localizationService = localizationService;
    }

    public async Task LoadAsync()
    {
        _resources ??= await _localizationService.GetAllResourceValuesAsync(SandboxLocalizationService.LanguageId, null);
    }

    /// <summary>
    /// Drops the loaded table, e.g. after a POST changed resources and the same request renders a view again.
    /// </summary>
    public void Reset() => _resources = null;

    public string GetResource(string key)
    {
        if (string.IsNullOrEmpty(key))
            return string.Empty;

        return _resources != null && _resources.TryGetValue(key.Trim().ToLowerInvariant(), out var value) ? value.Value : key;
    }

    /// <summary>
    /// The resource, or null when it does not exist (for optional texts such as hints).
    /// </summary>
    public string FindResource(string key) =>
        _resources != null && !string.IsNullOrEmpty(key) && _resources.TryGetValue(key.Trim().ToLowerInvariant(), out var value) ? value.Value : null;
}
