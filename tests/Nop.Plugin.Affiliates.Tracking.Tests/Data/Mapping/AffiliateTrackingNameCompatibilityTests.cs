using Nop.Plugin.Affiliates.Tracking.Data.Mapping;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Data.Mapping;

public class AffiliateTrackingNameCompatibilityTests
{
    [Test]
    public void TableNames_PluginEntities_HaveOnePrefixedNameEach()
    {
        var tableNames = new AffiliateTrackingNameCompatibility().TableNames;

        Assert.That(tableNames.Keys, Is.EquivalentTo(NopTestDbContext.PluginEntityTypes));
        Assert.That(tableNames.Values, Is.All.StartsWith(AffiliateTrackingDefaults.TablePrefix));
        Assert.That(tableNames.Values, Is.Unique);
    }

    [Test]
    public void ColumnName_Always_IsEmpty()
    {
        // The drift tests and the test model assume column name = property name.
        Assert.That(new AffiliateTrackingNameCompatibility().ColumnName, Is.Empty);
    }
}
