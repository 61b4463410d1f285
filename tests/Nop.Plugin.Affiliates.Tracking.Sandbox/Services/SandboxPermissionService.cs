using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Security;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Security;

namespace Nop.Plugin.Affiliates.Tracking.Sandbox.Services;

/// <summary>
/// Sandbox double of nopCommerce's PermissionService. Administrators are granted everything; other customers only what
/// a PermissionRecord maps to one of their roles (the plugin's IPermissionConfigManager defaults, inserted at startup).
/// </summary>
public class SandboxPermissionService : IPermissionService
{
    private readonly ICustomerService _customerService;
    private readonly ILocalizationService _localizationService;
    private readonly IRepository<PermissionRecordCustomerRoleMapping> _mappingRepository;
    private readonly IRepository<PermissionRecord> _permissionRepository;
    private readonly IWorkContext _workContext;

    public SandboxPermissionService(ICustomerService customerService,
        ILocalizationService localizationService,
        IRepository<PermissionRecordCustomerRoleMapping> mappingRepository,
        IRepository<PermissionRecord> permissionRepository,
        IWorkContext workContext)
    {
        _customerService = customerService;
        _localizationService = localizationService;
        _mappingRepository = mappingRepository;
        _permissionRepository = permissionRepository;
        _workContext = workContext;
    }

    public async Task<IList<PermissionRecord>> GetAllPermissionRecordsAsync() =>
        await _permissionRepository.Table.OrderBy(permission => permission.Id).ToListAsync();

    public async Task InsertPermissionRecordAsync(PermissionRecord permission) => await _permissionRepository.InsertAsync(permission);

    public async Task<PermissionRecord> GetPermissionRecordByIdAsync(int permissionId) => await _permissionRepository.GetByIdAsync(permissionId);

    public async Task UpdatePermissionRecordAsync(PermissionRecord permission) => await _permissionRepository.UpdateAsync(permission);

    public async Task DeletePermissionRecordAsync(PermissionRecord permission)
    {
        await _mappingRepository.DeleteAsync(mapping => mapping.PermissionRecordId == permission.Id);
        await _permissionRepository.DeleteAsync(permission);
    }

    public async Task DeletePermissionAsync(string permissionSystemName)
    {
        var permission = await _permissionRepository.Table.FirstOrDefaultAsync(record => record.SystemName == permissionSystemName);
        if (permission == null)
            return;

        await _localizationService.DeleteLocalizedPermissionNameAsync(permission);
        await DeletePermissionRecordAsync(permission);
    }

    public Task<bool> AuthorizeAsync(PermissionRecord permission) => AuthorizeAsync(permission?.SystemName);

    public Task<bool> AuthorizeAsync(PermissionRecord permission, Customer customer) => AuthorizeAsync(permission?.SystemName, customer);

    public async Task<bool> AuthorizeAsync(string permissionRecordSystemName) =>
        await AuthorizeAsync(permissionRecordSystemName, await _workContext.GetCurrentCustomerAsync());

    public async Task<bool> AuthorizeAsync(string permissionRecordSystemName, Customer customer)
    {
        if (string.IsNullOrEmpty(permissionRecordSystemName) || customer == null)
            return false;

        foreach (var roleId in await _customerService.GetCustomerRoleIdsAsync(customer))
            if (await AuthorizeAsync(permissionRecordSystemName, roleId))
                return true;

        return false;
    }

    public async Task<bool> AuthorizeAsync(string permissionRecordSystemName, int customerRoleId)
    {
        if (string.IsNullOrEmpty(permissionRecordSystemName))
            return false;

        var role = await _customerService.GetCustomerRoleByIdAsync(customerRoleId);
        if (role is { Active: true } && role.SystemName == NopCustomerDefaults.AdministratorsRoleName)
            return true;

        var name = permissionRecordSystemName.ToLowerInvariant();
        return await (from permission in _permissionRepository.Table
                      join mapping in _mappingRepository.Table on permission.Id equals mapping.PermissionRecordId
                      where mapping.CustomerRoleId == customerRoleId && permission.SystemName.ToLower() == name
                      select mapping.Id).AnyAsync();
    }

    public async Task<IList<PermissionRecordCustomerRoleMapping>> GetMappingByPermissionRecordIdAsync(int permissionId) =>
        await _mappingRepository.Table.Where(mapping => mapping.PermissionRecordId == permissionId).ToListAsync();

    public async Task DeletePermissionRecordCustomerRoleMappingAsync(int permissionId, int customerRoleId) =>
        await _mappingRepository.DeleteAsync(mapping => mapping.PermissionRecordId == permissionId && mapping.CustomerRoleId == customerRoleId);

    public async Task InsertPermissionRecordCustomerRoleMappingAsync(PermissionRecordCustomerRoleMapping permissionRecordCustomerRoleMapping) =>
        await _mappingRepository.InsertAsync(permissionRecordCustomerRoleMapping);

    /// <summary>
    /// Inserts the permissions every IPermissionConfigManager of the plugin declares and maps them to their default roles
    /// by system name, as nopCommerce does at each startup (missing roles are not created here).
    /// </summary>
    public async Task InsertPermissionsAsync()
    {
        foreach (var managerType in SandboxPluginTypes.FindClassesOfType<IPermissionConfigManager>())
        {
            var manager = (IPermissionConfigManager)Activator.CreateInstance(managerType);
            foreach (var config in manager.AllConfigs)
            {
                if (await _permissionRepository.Table.AnyAsync(permission => permission.SystemName == config.SystemName))
                    continue;

                var permission = new PermissionRecord { Name = config.Name, SystemName = config.SystemName, Category = config.Category };
                await _permissionRepository.InsertAsync(permission);

                foreach (var roleName in config.DefaultCustomerRoles ?? [])
                {
                    var role = await _customerService.GetCustomerRoleBySystemNameAsync(roleName);
                    if (role != null)
                        await _mappingRepository.InsertAsync(new PermissionRecordCustomerRoleMapping { PermissionRecordId = permission.Id, CustomerRoleId = role.Id });
                }

                await _localizationService.SaveLocalizedPermissionNameAsync(permission);
            }
        }
    }

    public async Task InsertPermissionMappingAsync(int customerRoleId, params string[] permissions)
    {
        foreach (var systemName in permissions)
        {
            var permission = await _permissionRepository.Table.FirstOrDefaultAsync(record => record.SystemName == systemName);
            if (permission != null && !await _mappingRepository.Table.AnyAsync(mapping => mapping.PermissionRecordId == permission.Id && mapping.CustomerRoleId == customerRoleId))
                await _mappingRepository.InsertAsync(new PermissionRecordCustomerRoleMapping { PermissionRecordId = permission.Id, CustomerRoleId = customerRoleId });
        }
    }
}
