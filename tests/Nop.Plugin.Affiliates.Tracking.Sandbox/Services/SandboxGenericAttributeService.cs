using System.ComponentModel;
using Nop.Core;
using Nop.Core.Domain.Common;
using Nop.Data;
using Nop.Services.Common;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's GenericAttributeService: key group = entity type name, values converted with the
/// invariant TypeConverter, saving null or empty deletes the attribute. No cache.
/// </summary>
public class SandboxGenericAttributeService : IGenericAttributeService
{
    private readonly IRepository<GenericAttribute> _attributeRepository;
    private readonly TimeProvider _timeProvider;

    public SandboxGenericAttributeService(IRepository<GenericAttribute> attributeRepository, TimeProvider timeProvider)
    {
        _attributeRepository = attributeRepository;
        _timeProvider = timeProvider;
    }

    public async Task DeleteAttributeAsync(GenericAttribute attribute) => await _attributeRepository.DeleteAsync(attribute);

    public async Task DeleteAttributesAsync(IList<GenericAttribute> attributes) => await _attributeRepository.DeleteAsync(attributes);

    public async Task DeleteAttributesAsync<TEntity>(string key)
    {
        var keyGroup = typeof(TEntity).Name;
        await _attributeRepository.DeleteAsync(attribute => attribute.KeyGroup == keyGroup && attribute.Key == key);
    }

    public async Task InsertAttributeAsync(GenericAttribute attribute)
    {
        attribute.CreatedOrUpdatedDateUTC = _timeProvider.GetUtcNow().UtcDateTime;
        await _attributeRepository.InsertAsync(attribute);
    }

    public async Task UpdateAttributeAsync(GenericAttribute attribute)
    {
        attribute.CreatedOrUpdatedDateUTC = _timeProvider.GetUtcNow().UtcDateTime;
        await _attributeRepository.UpdateAsync(attribute);
    }

    public async Task<IList<GenericAttribute>> GetAttributesForEntityAsync(int entityId, string keyGroup) =>
        await _attributeRepository.Table.Where(attribute => attribute.EntityId == entityId && attribute.KeyGroup == keyGroup).ToListAsync();

    public async Task SaveAttributeAsync<TPropType>(BaseEntity entity, string key, TPropType value, int storeId = 0)
    {
        ArgumentNullException.ThrowIfNull(entity);

        var keyGroup = entity.GetType().Name;
        var attribute = (await GetAttributesForEntityAsync(entity.Id, keyGroup))
            .FirstOrDefault(candidate => candidate.StoreId == storeId && candidate.Key.Equals(key, StringComparison.InvariantCultureIgnoreCase));
        var valueText = value == null ? null : TypeDescriptor.GetConverter(typeof(TPropType)).ConvertToInvariantString(value);

        if (attribute != null)
        {
            if (string.IsNullOrWhiteSpace(valueText))
                await DeleteAttributeAsync(attribute);
            else
            {
                attribute.Value = valueText;
                await UpdateAttributeAsync(attribute);
            }
        }
        else if (!string.IsNullOrWhiteSpace(valueText))
        {
            await InsertAttributeAsync(new GenericAttribute { EntityId = entity.Id, Key = key, KeyGroup = keyGroup, Value = valueText, StoreId = storeId });
        }
    }

    public async Task<TPropType> GetAttributeAsync<TPropType>(BaseEntity entity, string key, int storeId = 0, TPropType defaultValue = default)
    {
        ArgumentNullException.ThrowIfNull(entity);

        return await GetAttributeAsync(entity.Id, entity.GetType().Name, key, storeId, defaultValue);
    }

    public Task<TPropType> GetAttributeAsync<TEntity, TPropType>(int entityId, string key, int storeId = 0, TPropType defaultValue = default)
        where TEntity : BaseEntity => GetAttributeAsync(entityId, typeof(TEntity).Name, key, storeId, defaultValue);

    private async Task<TPropType> GetAttributeAsync<TPropType>(int entityId, string keyGroup, string key, int storeId, TPropType defaultValue)
    {
        var attribute = (await GetAttributesForEntityAsync(entityId, keyGroup))
            .FirstOrDefault(candidate => candidate.StoreId == storeId && candidate.Key.Equals(key, StringComparison.InvariantCultureIgnoreCase));
        if (attribute == null || string.IsNullOrEmpty(attribute.Value))
            return defaultValue;

        var type = Nullable.GetUnderlyingType(typeof(TPropType)) ?? typeof(TPropType);
        return type == typeof(string)
            ? (TPropType)(object)attribute.Value
            : (TPropType)TypeDescriptor.GetConverter(type).ConvertFromInvariantString(attribute.Value);
    }
}
