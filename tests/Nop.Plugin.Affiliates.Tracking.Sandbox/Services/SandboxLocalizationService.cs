using System.Linq.Expressions;
using Nop.Core;
using Nop.Core.Configuration;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Security;
using Nop.Data;
using Nop.Services.Localization;
using Nop.Services.Plugins;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's LocalizationService over the LocaleStringResource table. The sandbox has one
/// language (id 1); names are stored trimmed and lower-cased like nopCommerce does; a missing resource returns its key.
/// </summary>
public class SandboxLocalizationService : ILocalizationService
{
    public const int LanguageId = 1;

    private readonly IRepository<LocaleStringResource> _resourceRepository;

    public SandboxLocalizationService(IRepository<LocaleStringResource> resourceRepository)
    {
        _resourceRepository = resourceRepository;
    }

    public async Task DeleteLocaleStringResourceAsync(LocaleStringResource localeStringResource) =>
        await _resourceRepository.DeleteAsync(localeStringResource);

    public void DeleteLocaleStringResource(LocaleStringResource localeStringResource) => _resourceRepository.Delete(localeStringResource);

    public async Task<LocaleStringResource> GetLocaleStringResourceByIdAsync(int localeStringResourceId) =>
        await _resourceRepository.GetByIdAsync(localeStringResourceId);

    public async Task<LocaleStringResource> GetLocaleStringResourceByNameAsync(string resourceName, int languageId, bool logIfNotFound = true)
    {
        var name = Normalize(resourceName);
        return await _resourceRepository.Table.FirstOrDefaultAsync(resource => resource.LanguageId == languageId && resource.ResourceName == name);
    }

    public LocaleStringResource GetLocaleStringResourceByName(string resourceName, int languageId, bool logIfNotFound = true)
    {
        var name = Normalize(resourceName);
        return _resourceRepository.Table.FirstOrDefault(resource => resource.LanguageId == languageId && resource.ResourceName == name);
    }

    public async Task InsertLocaleStringResourceAsync(LocaleStringResource localeStringResource) =>
        await _resourceRepository.InsertAsync(localeStringResource);

    public async Task UpdateLocaleStringResourceAsync(LocaleStringResource localeStringResource) =>
        await _resourceRepository.UpdateAsync(localeStringResource);

    public void UpdateLocaleStringResource(LocaleStringResource localeStringResource) => _resourceRepository.Update(localeStringResource);

    public async Task<Dictionary<string, KeyValuePair<int, string>>> GetAllResourceValuesAsync(int languageId, bool? loadPublicLocales)
    {
        var resources = await _resourceRepository.Table.Where(resource => resource.LanguageId == languageId).ToListAsync();
        return resources
            .GroupBy(resource => resource.ResourceName, StringComparer.InvariantCultureIgnoreCase)
            .ToDictionary(group => group.Key.ToLowerInvariant(), group => new KeyValuePair<int, string>(group.First().Id, group.First().ResourceValue));
    }

    public Task<string> GetResourceAsync(string resourceKey) => GetResourceAsync(resourceKey, LanguageId);

    public async Task<string> GetResourceAsync(string resourceKey, int languageId, bool logIfNotFound = true, string defaultValue = "", bool returnEmptyIfNotFound = false)
    {
        if (string.IsNullOrEmpty(resourceKey))
            return string.Empty;

        var resource = await GetLocaleStringResourceByNameAsync(resourceKey, languageId, logIfNotFound);
        if (resource != null)
            return resource.ResourceValue;

        if (!string.IsNullOrEmpty(defaultValue))
            return defaultValue;

        return returnEmptyIfNotFound ? string.Empty : resourceKey;
    }

    public Task<string> ExportResourcesToXmlAsync(Language language) => throw new NotImplementedException("sandbox");

    public Task ImportResourcesFromXmlAsync(Language language, StreamReader xmlStreamReader, bool updateExistingResources = true) =>
        throw new NotImplementedException("sandbox");

    public Task<TPropType> GetLocalizedAsync<TEntity, TPropType>(TEntity entity, Expression<Func<TEntity, TPropType>> keySelector,
        int? languageId = null, bool returnDefaultValue = true, bool ensureTwoPublishedLanguages = true)
        where TEntity : BaseEntity, ILocalizedEntity =>
        // One language and no localized properties: the entity's own value is the localized value.
        Task.FromResult(keySelector.Compile()(entity));

    public Task<string> GetLocalizedSettingAsync<TSettings>(TSettings settings, Expression<Func<TSettings, string>> keySelector,
        int languageId, int storeId, bool returnDefaultValue = true, bool ensureTwoPublishedLanguages = true)
        where TSettings : ISettings, new() => Task.FromResult(keySelector.Compile()(settings));

    public Task SaveLocalizedSettingAsync<TSettings>(TSettings settings, Expression<Func<TSettings, string>> keySelector, int languageId, string value)
        where TSettings : ISettings, new() => throw new NotImplementedException("sandbox");

    public async Task<string> GetLocalizedEnumAsync<TEnum>(TEnum enumValue, int? languageId = null) where TEnum : struct
    {
        var key = $"Enums.{typeof(TEnum)}.{enumValue}";
        var result = await GetResourceAsync(key, languageId ?? LanguageId, false, string.Empty, true);
        return string.IsNullOrEmpty(result) ? enumValue.ToString() : result;
    }

    public async Task<string> GetLocalizedPermissionNameAsync(PermissionRecord permissionRecord, int? languageId = null)
    {
        var result = await GetResourceAsync("Security.Permission." + permissionRecord.SystemName, languageId ?? LanguageId, false, string.Empty, true);
        return string.IsNullOrEmpty(result) ? permissionRecord.Name : result;
    }

    public Task SaveLocalizedPermissionNameAsync(PermissionRecord permissionRecord) =>
        AddOrUpdateLocaleResourceAsync(new Dictionary<string, string> { ["Security.Permission." + permissionRecord.SystemName] = permissionRecord.Name });

    public Task DeleteLocalizedPermissionNameAsync(PermissionRecord permissionRecord) =>
        DeleteLocaleResourcesAsync(new List<string> { "Security.Permission." + permissionRecord.SystemName });

    public Task AddOrUpdateLocaleResourceAsync(string resourceName, string resourceValue, string languageCulture = null) =>
        AddOrUpdateLocaleResourceAsync(new Dictionary<string, string> { [resourceName] = resourceValue });

    public async Task AddOrUpdateLocaleResourceAsync(IDictionary<string, string> resources, int? languageId = null)
    {
        var byName = resources.GroupBy(pair => Normalize(pair.Key)).ToDictionary(group => group.Key, group => group.Last().Value);
        var names = byName.Keys.ToList();
        var existing = await _resourceRepository.Table
            .Where(resource => resource.LanguageId == LanguageId && names.Contains(resource.ResourceName))
            .ToListAsync();

        foreach (var resource in existing)
            resource.ResourceValue = byName[resource.ResourceName];
        if (existing.Count > 0)
            await _resourceRepository.UpdateAsync(existing, false);

        var added = byName
            .Where(pair => existing.All(resource => resource.ResourceName != pair.Key))
            .Select(pair => new LocaleStringResource { LanguageId = LanguageId, ResourceName = pair.Key, ResourceValue = pair.Value })
            .ToList();
        if (added.Count > 0)
            await _resourceRepository.InsertAsync(added, false);
    }

    public void AddOrUpdateLocaleResource(IDictionary<string, string> resources, int? languageId = null) =>
        throw new NotImplementedException("sandbox: use AddOrUpdateLocaleResourceAsync");

    public Task DeleteLocaleResourceAsync(string resourceName) => DeleteLocaleResourcesAsync(new List<string> { resourceName });

    public async Task DeleteLocaleResourcesAsync(IList<string> resourceNames, int? languageId = null)
    {
        var names = resourceNames.Select(Normalize).ToList();
        await _resourceRepository.DeleteAsync(resource => names.Contains(resource.ResourceName) && (languageId == null || resource.LanguageId == languageId));
    }

    public void DeleteLocaleResources(IList<string> resourceNames, int? languageId = null) =>
        throw new NotImplementedException("sandbox: use DeleteLocaleResourcesAsync");

    public async Task DeleteLocaleResourcesAsync(string resourceNamePrefix, int? languageId = null)
    {
        var prefix = Normalize(resourceNamePrefix);
        await _resourceRepository.DeleteAsync(resource => resource.ResourceName.StartsWith(prefix) && (languageId == null || resource.LanguageId == languageId));
    }

    public Task<string> GetLocalizedFriendlyNameAsync<TPlugin>(TPlugin plugin, int languageId, bool returnDefaultValue = true) where TPlugin : IPlugin =>
        Task.FromResult(returnDefaultValue ? plugin.PluginDescriptor?.FriendlyName : null);

    public Task SaveLocalizedFriendlyNameAsync<TPlugin>(TPlugin plugin, int languageId, string localizedFriendlyName) where TPlugin : IPlugin =>
        throw new NotImplementedException("sandbox");

    private static string Normalize(string resourceName) => resourceName.Trim().ToLowerInvariant();
}
