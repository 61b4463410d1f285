using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Infrastructure;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Infrastructure;

[TestFixture]
public class AttributionRequestSettingsTests
{
    [Test]
    public void From_ValidSettings_CopiesThem()
    {
        var settings = new AffiliateTrackingSettings
        {
            Enabled = false, ReferralParameterName = "partner", ShortLinkPrefix = "share", TrackCoreAffiliateLinks = false,
            AttributionWindowDays = 45, AttributionModel = AttributionModel.FirstClick, AllowedExternalHosts = new List<string> { "blog.example.com" },
            IpHashSalt = "salt"
        };

        var requestSettings = AttributionRequestSettings.From(settings);

        Assert.That(requestSettings with { AllowedExternalHosts = null },
            Is.EqualTo(new AttributionRequestSettings(false, "partner", "share", false, 45, AttributionModel.FirstClick, null, "salt")));
        Assert.That(requestSettings.AllowedExternalHosts, Is.EqualTo(new[] { "blog.example.com" }));
        Assert.That(requestSettings.Window.Days, Is.EqualTo(45));
    }

    [Test]
    public void From_InstallDefaults_AreRefAndGo()
    {
        var requestSettings = AttributionRequestSettings.From(new AffiliateTrackingSettings());

        Assert.That(requestSettings with { AllowedExternalHosts = null }, Is.EqualTo(new AttributionRequestSettings(true, "ref", "go", true)));
        Assert.That(requestSettings.AllowedExternalHosts, Is.Empty);
    }

    [TestCase(0)]
    [TestCase(366)]
    public void Window_InvalidStoredDays_FallsBackToDefault(int days)
    {
        var requestSettings = AttributionRequestSettings.From(new AffiliateTrackingSettings { AttributionWindowDays = days });

        Assert.That(requestSettings.Window.Days, Is.EqualTo(30));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("affiliateid")]
    [TestCase("affiliate")]
    [TestCase("returnUrl")]
    [TestCase("Ref")]
    [TestCase("1ref")]
    [TestCase("re f")]
    [TestCase("ref=x")]
    [TestCase("a-parameter-name-far-longer-than-32")]
    public void From_InvalidParameterName_FallsBackToDefault(string name)
    {
        var requestSettings = AttributionRequestSettings.From(new AffiliateTrackingSettings { ReferralParameterName = name, ShortLinkPrefix = "share" });

        Assert.That(requestSettings.ReferralParameterName, Is.EqualTo("ref"));
        Assert.That(requestSettings.ShortLinkPrefix, Is.EqualTo("share"), "a bad parameter name does not reset the prefix");
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("admin")]
    [TestCase("Admin")]
    [TestCase("checkout")]
    [TestCase("go/x")]
    [TestCase("/go")]
    [TestCase("-go")]
    [TestCase("g o")]
    public void From_InvalidPathPrefix_FallsBackToDefault(string prefix)
    {
        var requestSettings = AttributionRequestSettings.From(new AffiliateTrackingSettings { ShortLinkPrefix = prefix, ReferralParameterName = "partner" });

        Assert.That(requestSettings.ShortLinkPrefix, Is.EqualTo("go"));
        Assert.That(requestSettings.ReferralParameterName, Is.EqualTo("partner"));
    }
}
