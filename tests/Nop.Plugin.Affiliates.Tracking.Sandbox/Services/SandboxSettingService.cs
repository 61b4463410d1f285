using System.ComponentModel;
using System.Linq.Expressions;
using System.Reflection;
using Nop.Core.Configuration;
using Nop.Core.Domain.Configuration;
using Nop.Data;
using Nop.Services.Configuration;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's SettingService: settings live in the Setting table as lower-cased
/// "&lt;class&gt;.&lt;property&gt;" keys per store, converted with the type's TypeConverter (invariant culture).
/// Loading reads a process-wide copy of the table that every write through this service clears, like nopCommerce's
/// cached settings; write settings through the service, not the repository.
/// </summary>
public class SandboxSettingService : ISettingService
{
    private readonly SandboxSettingCache _cache;
    private readonly IRepository<Setting> _settingRepository;

    public SandboxSettingService(SandboxSettingCache cache, IRepository<Setting> settingRepository)
    {
        _cache = cache;
        _settingRepository = settingRepository;
    }

    public async Task<Setting> GetSettingByIdAsync(int settingId) => await _settingRepository.GetByIdAsync(settingId);

    public Setting GetSettingById(int settingId) => _settingRepository.GetById(settingId);

    public async Task DeleteSettingAsync(Setting setting)
    {
        await _settingRepository.DeleteAsync(setting);
        _cache.Clear();
    }

    public void DeleteSetting(Setting setting)
    {
        _settingRepository.Delete(setting);
        _cache.Clear();
    }

    public async Task DeleteSettingsAsync(IList<Setting> settings)
    {
        await _settingRepository.DeleteAsync(settings);
        _cache.Clear();
    }

    public async Task<Setting> GetSettingAsync(string key, int storeId = 0, bool loadSharedValueIfNotFound = false)
    {
        if (string.IsNullOrEmpty(key))
            return null;

        key = NormalizeKey(key);
        var candidates = await _settingRepository.Table.Where(setting => setting.Name == key).ToListAsync();
        return PickForStore(candidates, storeId, loadSharedValueIfNotFound);
    }

    public Setting GetSetting(string key, int storeId = 0, bool loadSharedValueIfNotFound = false)
    {
        if (string.IsNullOrEmpty(key))
            return null;

        key = NormalizeKey(key);
        var candidates = _settingRepository.Table.Where(setting => setting.Name == key).ToList();
        return PickForStore(candidates, storeId, loadSharedValueIfNotFound);
    }

    public async Task<T> GetSettingByKeyAsync<T>(string key, T defaultValue = default, int storeId = 0, bool loadSharedValueIfNotFound = false)
    {
        var setting = await GetSettingAsync(key, storeId, loadSharedValueIfNotFound);
        return setting == null ? defaultValue : (T)ConvertFromString(setting.Value, typeof(T));
    }

    public T GetSettingByKey<T>(string key, T defaultValue = default, int storeId = 0, bool loadSharedValueIfNotFound = false)
    {
        var setting = GetSetting(key, storeId, loadSharedValueIfNotFound);
        return setting == null ? defaultValue : (T)ConvertFromString(setting.Value, typeof(T));
    }

    public Task SetSettingAsync<T>(string key, T value, int storeId = 0, bool clearCache = true) =>
        SetSettingAsync(typeof(T), key, value, storeId);

    public void SetSetting<T>(string key, T value, int storeId = 0, bool clearCache = true) =>
        SetSetting(typeof(T), key, value, storeId);

    public async Task<IList<Setting>> GetAllSettingsAsync() =>
        await _settingRepository.GetAllAsync(query => query.OrderBy(setting => setting.Name).ThenBy(setting => setting.StoreId), getCacheKey: null);

    public IList<Setting> GetAllSettings() =>
        _settingRepository.Table.OrderBy(setting => setting.Name).ThenBy(setting => setting.StoreId).ToList();

    public async Task<bool> SettingExistsAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0)
        where T : ISettings, new() => await GetSettingAsync(GetSettingKey(settings, keySelector), storeId) != null;

    public bool SettingExists<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0)
        where T : ISettings, new() => GetSetting(GetSettingKey(settings, keySelector), storeId) != null;

    public async Task<T> LoadSettingAsync<T>(int storeId = 0) where T : ISettings, new() => (T)await LoadSettingAsync(typeof(T), storeId);

    public T LoadSetting<T>(int storeId = 0) where T : ISettings, new() => (T)LoadSetting(typeof(T), storeId);

    public async Task<ISettings> LoadSettingAsync(Type type, int storeId = 0)
    {
        var prefix = type.Name.ToLowerInvariant() + ".";
        var version = _cache.Version;
        var all = _cache.Get() ?? _cache.Set(await _settingRepository.Table.ToListAsync(), version);
        return Fill(type, storeId, all.Where(setting => setting.Name.StartsWith(prefix, StringComparison.Ordinal)).ToList());
    }

    /// <remarks>
    /// Synchronous on purpose: nopCommerce resolves ISettings classes from DI through a (blocking) factory; the sandbox
    /// registers them with this method instead of blocking on the asynchronous one.
    /// </remarks>
    public ISettings LoadSetting(Type type, int storeId = 0)
    {
        var prefix = type.Name.ToLowerInvariant() + ".";
        var version = _cache.Version;
        var all = _cache.Get() ?? _cache.Set(_settingRepository.Table.ToList(), version);
        return Fill(type, storeId, all.Where(setting => setting.Name.StartsWith(prefix, StringComparison.Ordinal)).ToList());
    }

    private static ISettings Fill(Type type, int storeId, IList<Setting> stored)
    {
        var settings = Activator.CreateInstance(type);
        foreach (var property in GetSettingProperties(type))
        {
            var key = NormalizeKey(type.Name + "." + property.Name);
            var setting = stored.FirstOrDefault(candidate => candidate.Name == key && candidate.StoreId == storeId)
                ?? (storeId > 0 ? stored.FirstOrDefault(candidate => candidate.Name == key && candidate.StoreId == 0) : null);
            if (setting == null)
                continue;

            var converter = TypeDescriptor.GetConverter(property.PropertyType);
            if (!converter.CanConvertFrom(typeof(string)) || !converter.IsValid(setting.Value ?? string.Empty))
                continue;

            property.SetValue(settings, converter.ConvertFromInvariantString(setting.Value ?? string.Empty));
        }

        return (ISettings)settings;
    }

    public async Task SaveSettingAsync<T>(T settings, int storeId = 0) where T : ISettings, new()
    {
        foreach (var (type, key, value) in GetValuesToSave(settings))
            await SetSettingAsync(type, key, value, storeId);
    }

    public void SaveSetting<T>(T settings, int storeId = 0) where T : ISettings, new()
    {
        foreach (var (type, key, value) in GetValuesToSave(settings))
            SetSetting(type, key, value, storeId);
    }

    public async Task SaveSettingAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0, bool clearCache = true)
        where T : ISettings, new()
    {
        var key = GetSettingKey(settings, keySelector);
        var value = keySelector.Compile()(settings);
        if (value != null)
            await SetSettingAsync(typeof(TPropType), key, value, storeId);
        else
            await SetSettingAsync(typeof(string), key, string.Empty, storeId);
    }

    public void SaveSetting<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0, bool clearCache = true)
        where T : ISettings, new()
    {
        var key = GetSettingKey(settings, keySelector);
        var value = keySelector.Compile()(settings);
        if (value != null)
            SetSetting(typeof(TPropType), key, value, storeId);
        else
            SetSetting(typeof(string), key, string.Empty, storeId);
    }

    public async Task SaveSettingOverridablePerStoreAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector,
        bool overrideForStore, int storeId = 0, bool clearCache = true) where T : ISettings, new()
    {
        if (overrideForStore || storeId == 0)
            await SaveSettingAsync(settings, keySelector, storeId, clearCache);
        else if (storeId > 0)
            await DeleteSettingAsync(settings, keySelector, storeId);
    }

    public async Task InsertSettingAsync(Setting setting, bool clearCache = true)
    {
        await _settingRepository.InsertAsync(setting);
        _cache.Clear();
    }

    public void InsertSetting(Setting setting, bool clearCache = true)
    {
        _settingRepository.Insert(setting);
        _cache.Clear();
    }

    public async Task UpdateSettingAsync(Setting setting, bool clearCache = true)
    {
        await _settingRepository.UpdateAsync(setting);
        _cache.Clear();
    }

    public void UpdateSetting(Setting setting, bool clearCache = true)
    {
        _settingRepository.Update(setting);
        _cache.Clear();
    }

    public async Task DeleteSettingAsync<T>() where T : ISettings, new()
    {
        var keys = GetSettingProperties(typeof(T)).Select(property => NormalizeKey(typeof(T).Name + "." + property.Name)).ToList();
        var settings = await _settingRepository.Table.Where(setting => keys.Contains(setting.Name)).ToListAsync();
        if (settings.Count > 0)
            await _settingRepository.DeleteAsync(settings);
            _cache.Clear();
    }

    public async Task DeleteSettingAsync<T, TPropType>(T settings, Expression<Func<T, TPropType>> keySelector, int storeId = 0)
        where T : ISettings, new()
    {
        var setting = await GetSettingAsync(GetSettingKey(settings, keySelector), storeId);
        if (setting != null)
            await _settingRepository.DeleteAsync(setting);
            _cache.Clear();
    }

    public Task ClearCacheAsync() => Task.CompletedTask;

    public void ClearCache()
    {
    }

    public string GetSettingKey<TSettings, T>(TSettings settings, Expression<Func<TSettings, T>> keySelector) where TSettings : ISettings, new()
    {
        if (keySelector.Body is not MemberExpression { Member: PropertyInfo property })
            throw new ArgumentException($"Expression '{keySelector}' does not refer to a property.", nameof(keySelector));

        return NormalizeKey(typeof(TSettings).Name + "." + property.Name);
    }

    private async Task SetSettingAsync(Type type, string key, object value, int storeId)
    {
        key = NormalizeKey(key);
        var valueText = TypeDescriptor.GetConverter(type).ConvertToInvariantString(value) ?? string.Empty;
        var setting = await _settingRepository.Table.FirstOrDefaultAsync(candidate => candidate.Name == key && candidate.StoreId == storeId);
        if (setting != null)
        {
            setting.Value = valueText;
            await _settingRepository.UpdateAsync(setting);
            _cache.Clear();
        }
        else
        {
            await _settingRepository.InsertAsync(new Setting(key, valueText, storeId));
            _cache.Clear();
        }
    }

    private void SetSetting(Type type, string key, object value, int storeId)
    {
        key = NormalizeKey(key);
        var valueText = TypeDescriptor.GetConverter(type).ConvertToInvariantString(value) ?? string.Empty;
        var setting = _settingRepository.Table.FirstOrDefault(candidate => candidate.Name == key && candidate.StoreId == storeId);
        if (setting != null)
        {
            setting.Value = valueText;
            _settingRepository.Update(setting);
            _cache.Clear();
        }
        else
        {
            _settingRepository.Insert(new Setting(key, valueText, storeId));
            _cache.Clear();
        }
    }

    private static object ConvertFromString(string value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
            return value;

        if (string.IsNullOrEmpty(value) && (type != target || !type.IsValueType))
            return null;

        return TypeDescriptor.GetConverter(target).ConvertFromInvariantString(value ?? string.Empty);
    }

    /// <summary>
    /// Like nopCommerce: every readable and writable property whose type converts from a string; null is stored as "".
    /// </summary>
    private static IEnumerable<(Type Type, string Key, object Value)> GetValuesToSave<T>(T settings) =>
        GetSettingProperties(typeof(T))
            .Where(property => TypeDescriptor.GetConverter(property.PropertyType).CanConvertFrom(typeof(string)))
            .Select(property => (property.GetValue(settings) is { } value
                ? (property.PropertyType, typeof(T).Name + "." + property.Name, value)
                : (typeof(string), typeof(T).Name + "." + property.Name, (object)string.Empty)));

    private static Setting PickForStore(IList<Setting> candidates, int storeId, bool loadSharedValueIfNotFound)
    {
        var setting = candidates.FirstOrDefault(candidate => candidate.StoreId == storeId);
        if (setting == null && storeId > 0 && loadSharedValueIfNotFound)
            setting = candidates.FirstOrDefault(candidate => candidate.StoreId == 0);

        return setting;
    }

    private static IEnumerable<PropertyInfo> GetSettingProperties(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(property => property.CanRead && property.CanWrite && property.GetIndexParameters().Length == 0);

    private static string NormalizeKey(string key) => key.Trim().ToLowerInvariant();
}
