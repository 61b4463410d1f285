using Moq;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Services.Configuration;
using Nop.Services.Stores;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Infrastructure;

[TestFixture]
public class AttributionStoreSettingsTests
{
    private static readonly AttributionRequestSettings Shared = new(Enabled: true, "ref", "go", TrackCoreAffiliateLinks: false, AllowedExternalHosts: new[] { "a.example" });

    [Test]
    public void Constructor_StoreValues_ClassifyWithTheUnionOfEnabledStores()
    {
        var settings = new AttributionStoreSettings(Shared, new Dictionary<int, AttributionRequestSettings>
        {
            [2] = Shared with { ReferralParameterName = "partner", ShortLinkPrefix = "share", TrackCoreAffiliateLinks = true },
            [3] = Shared with { Enabled = false, ReferralParameterName = "off", ShortLinkPrefix = "off" },
            [4] = Shared with { ReferralParameterName = "REF", AttributionWindowDays = 7 }
        });

        Assert.Multiple(() =>
        {
            Assert.That(settings.AnyEnabled, Is.True);
            Assert.That(settings.DiffersByStore, Is.True);
            Assert.That(settings.AnyTracksCoreAffiliateLinks, Is.True);
            Assert.That(settings.ReferralParameterNames, Is.EquivalentTo(new[] { "ref", "partner" }), "disabled stores add nothing; names compare case-insensitively");
            Assert.That(settings.ShortLinkPrefixes, Is.EquivalentTo(new[] { "go", "share" }));
            Assert.That(settings.ForStore(4).AttributionWindowDays, Is.EqualTo(7));
            Assert.That(settings.ForStore(1), Is.SameAs(Shared), "a store without values of its own");
        });
    }

    [Test]
    public void Constructor_AllStoresDisabled_NothingEnabled()
    {
        var settings = new AttributionStoreSettings(Shared with { Enabled = false });

        Assert.That(settings.AnyEnabled, Is.False);
        Assert.That(settings.ReferralParameterNames, Is.Empty);
        Assert.That(settings.DiffersByStore, Is.False);
    }

    [Test]
    public async Task LoadAsync_StoresWithAndWithoutOwnValues_KeepsOnlyTheDifferentOnes()
    {
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(It.IsAny<int>()))
            .ReturnsAsync((int storeId) => new AffiliateTrackingSettings
            {
                AttributionWindowDays = storeId == 2 ? 7 : AttributionSettingsRules.DefaultWindowDays,
                AllowedExternalHosts = new List<string> { "a.example" }
            });
        var storeService = new Mock<IStoreService>();
        storeService.Setup(s => s.GetAllStoresAsync()).ReturnsAsync(new List<Store> { new() { Id = 1 }, new() { Id = 2 } });

        var settings = await AttributionStoreSettings.LoadAsync(settingService.Object, storeService.Object);

        Assert.That(settings.ForStore(2).AttributionWindowDays, Is.EqualTo(7));
        Assert.That(settings.ForStore(1), Is.SameAs(settings.Shared), "equal values (lists compared by content) are not kept twice");
        Assert.That(settings.ForStore(1).AttributionWindowDays, Is.EqualTo(AttributionSettingsRules.DefaultWindowDays));
    }

    [TestCase("a.example", "A.EXAMPLE", true)]
    [TestCase("a.example", "b.example", false)]
    public void HasSameValues_ComparesHostsByContent(string first, string second, bool same)
    {
        var one = Shared with { AllowedExternalHosts = new List<string> { first } };
        var other = Shared with { AllowedExternalHosts = new List<string> { second } };

        Assert.That(one.HasSameValues(other), Is.EqualTo(same));
        Assert.That(one.HasSameValues(one with { AttributionModel = AttributionModel.FirstClick }), Is.False);
    }
}
