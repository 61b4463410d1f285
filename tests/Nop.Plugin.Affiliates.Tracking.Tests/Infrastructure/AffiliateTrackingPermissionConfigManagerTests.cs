using Nop.Plugin.Affiliates.Tracking.Infrastructure;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Infrastructure;

[TestFixture]
public class AffiliateTrackingPermissionConfigManagerTests
{
    [Test]
    public void AllConfigs_ManagePayouts_IsAPromotionsPermissionOfAdministrators()
    {
        var config = new AffiliateTrackingPermissionConfigManager().AllConfigs.Single();

        Assert.Multiple(() =>
        {
            Assert.That(config.SystemName, Is.EqualTo("Affiliates.Tracking.ManagePayouts"));
            Assert.That(config.Category, Is.EqualTo("Promotions"));
            Assert.That(config.DefaultCustomerRoles, Is.EqualTo(new[] { "Administrators" }));
            Assert.That(config.Name, Is.Not.Empty);
        });
    }

    [Test]
    public void AllConfigs_EverySystemName_SharesThePluginPrefix()
    {
        // nopCommerce maps permissions by system name once; a rename would leave an orphan behind in every store.
        Assert.That(new AffiliateTrackingPermissionConfigManager().AllConfigs.Select(c => c.SystemName),
            Has.All.StartWith(AffiliateTrackingDefaults.SystemName + "."));
    }
}
