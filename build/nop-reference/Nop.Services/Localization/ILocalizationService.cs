using System.Linq.Expressions;
using Nop.Core;
using Nop.Core.Configuration;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Security;
using Nop.Services.Plugins;

namespace Nop.Services.Localization;

public partial interface ILocalizationService
{
    Task DeleteLocaleStringResourceAsync(LocaleStringResource localeStringResource);
    void DeleteLocaleStringResource(LocaleStringResource localeStringResource);
    Task<LocaleStringResource> GetLocaleStringResourceByIdAsync(int localeStringResourceId);
    Task<LocaleStringResource> GetLocaleStringResourceByNameAsync(string resourceName, int languageId, bool logIfNotFound = true);
    LocaleStringResource GetLocaleStringResourceByName(string resourceName, int languageId, bool logIfNotFound = true);
    Task InsertLocaleStringResourceAsync(LocaleStringResource localeStringResource);
    Task UpdateLocaleStringResourceAsync(LocaleStringResource localeStringResource);
    void UpdateLocaleStringResource(LocaleStringResource localeStringResource);
    Task<Dictionary<string, KeyValuePair<int, string>>> GetAllResourceValuesAsync(int languageId, bool? loadPublicLocales);
    Task<string> GetResourceAsync(string resourceKey);
    Task<string> GetResourceAsync(string resourceKey, int languageId, bool logIfNotFound = true, string defaultValue = "", bool returnEmptyIfNotFound = false);
    Task<string> ExportResourcesToXmlAsync(Language language);
    Task ImportResourcesFromXmlAsync(Language language, StreamReader xmlStreamReader, bool updateExistingResources = true);
    Task<TPropType> GetLocalizedAsync<TEntity, TPropType>(TEntity entity, Expression<Func<TEntity, TPropType>> keySelector,
        int? languageId = null, bool returnDefaultValue = true, bool ensureTwoPublishedLanguages = true)
        where TEntity : BaseEntity, ILocalizedEntity;
    Task<string> GetLocalizedSettingAsync<TSettings>(TSettings settings, Expression<Func<TSettings, string>> keySelector,
        int languageId, int storeId, bool returnDefaultValue = true, bool ensureTwoPublishedLanguages = true)
        where TSettings : ISettings, new();
    Task SaveLocalizedSettingAsync<TSettings>(TSettings settings, Expression<Func<TSettings, string>> keySelector,
        int languageId, string value) where TSettings : ISettings, new();
    Task<string> GetLocalizedEnumAsync<TEnum>(TEnum enumValue, int? languageId = null) where TEnum : struct;
    Task<string> GetLocalizedPermissionNameAsync(PermissionRecord permissionRecord, int? languageId = null);
    Task SaveLocalizedPermissionNameAsync(PermissionRecord permissionRecord);
    Task DeleteLocalizedPermissionNameAsync(PermissionRecord permissionRecord);
    Task AddOrUpdateLocaleResourceAsync(string resourceName, string resourceValue, string languageCulture = null);
    Task AddOrUpdateLocaleResourceAsync(IDictionary<string, string> resources, int? languageId = null);
    void AddOrUpdateLocaleResource(IDictionary<string, string> resources, int? languageId = null);
    Task DeleteLocaleResourceAsync(string resourceName);
    Task DeleteLocaleResourcesAsync(IList<string> resourceNames, int? languageId = null);
    void DeleteLocaleResources(IList<string> resourceNames, int? languageId = null);
    Task DeleteLocaleResourcesAsync(string resourceNamePrefix, int? languageId = null);
    Task<string> GetLocalizedFriendlyNameAsync<TPlugin>(TPlugin plugin, int languageId, bool returnDefaultValue = true) where TPlugin : IPlugin;
    Task SaveLocalizedFriendlyNameAsync<TPlugin>(TPlugin plugin, int languageId, string localizedFriendlyName) where TPlugin : IPlugin;
}
