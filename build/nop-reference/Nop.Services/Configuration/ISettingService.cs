using System.Linq.Expressions;
using Nop.Core.Configuration;
using Nop.Core.Domain.Configuration;

namespace Nop.Services.Configuration;

public partial interface ISettingService
{
    Task<Setting> GetSettingByIdAsync(int settingId);
    Setting GetSettingById(int settingId);
    Task DeleteSettingAsync(Setting setting);
    void DeleteSetting(Setting setting);
    Task DeleteSettingsAsync(IList<Setting> settings);
    Task<Setting> GetSettingAsync(string key, int storeId = 0, bool loadSharedValueIfNotFound = false);
    Setting GetSetting(string key, int storeId = 0, bool loadSharedValueIfNotFound = false);
    Task<T> GetSettingByKeyAsync<T>(string key, T defaultValue = default, int storeId = 0, bool loadSharedValueIfNotFound = false);
    T GetSettingByKey<T>(string key, T defaultValue = default, int storeId = 0, bool loadSharedValueIfNotFound = false);
    Task SetSettingAsync<T>(string key, T value, int storeId = 0, bool clearCache = true);
    void SetSetting<T>(string key, T value, int storeId = 0, bool clearCache = true);
    Task<IList<Setting>> GetAllSettingsAsync();
    IList<Setting> GetAllSettings();
    Task<bool> SettingExistsAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0) where T : ISettings, new();
    bool SettingExists<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0) where T : ISettings, new();
    Task<T> LoadSettingAsync<T>(int storeId = 0) where T : ISettings, new();
    T LoadSetting<T>(int storeId = 0) where T : ISettings, new();
    Task<ISettings> LoadSettingAsync(Type type, int storeId = 0);
    ISettings LoadSetting(Type type, int storeId = 0);
    Task SaveSettingAsync<T>(T settings, int storeId = 0) where T : ISettings, new();
    void SaveSetting<T>(T settings, int storeId = 0) where T : ISettings, new();
    Task SaveSettingAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0, bool clearCache = true) where T : ISettings, new();
    void SaveSetting<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0, bool clearCache = true) where T : ISettings, new();
    Task SaveSettingOverridablePerStoreAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, bool overrideForStore, int storeId = 0, bool clearCache = true) where T : ISettings, new();
    Task InsertSettingAsync(Setting setting, bool clearCache = true);
    void InsertSetting(Setting setting, bool clearCache = true);
    Task UpdateSettingAsync(Setting setting, bool clearCache = true);
    void UpdateSetting(Setting setting, bool clearCache = true);
    Task DeleteSettingAsync<T>() where T : ISettings, new();
    Task DeleteSettingAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0) where T : ISettings, new();
    Task ClearCacheAsync();
    void ClearCache();
    string GetSettingKey<TSettings, T>(TSettings settings, Expression<Func<TSettings, T>> keySelector) where TSettings : ISettings, new();
}
