using Nop.Core.Domain.Customers;
using Nop.Services.Security;

namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

/// <summary>
/// Declares the plugin's own permission; nopCommerce inserts it at startup and maps it to administrators.
/// Everything else reuses the core Promotions affiliate permissions.
/// </summary>
public class AffiliateTrackingPermissionConfigManager : IPermissionConfigManager
{
    public const string ManagePayouts = "Affiliates.Tracking.ManagePayouts";

    public IList<PermissionConfig> AllConfigs => new List<PermissionConfig>
    {
        new("Admin area. Affiliate program. Manage payouts", ManagePayouts, nameof(StandardPermission.Promotions), NopCustomerDefaults.AdministratorsRoleName)
    };
}
