using Nop.Plugin.Affiliates.Tracking.Infrastructure;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Infrastructure;

[TestFixture]
public class AttributionRequestSettingsTests
{
    [Test]
    public void From_ValidSettings_CopiesThem()
    {
        var settings = new AffiliateTrackingSettings { Enabled = false, ReferralParameterName = "partner", ShortLinkPrefix = "share", TrackCoreAffiliateLinks = false };

        var requestSettings = AttributionRequestSettings.From(settings);

        Assert.That(requestSettings, Is.EqualTo(new AttributionRequestSettings(false, "partner", "share", false)));
    }

    [Test]
    public void From_InstallDefaults_AreRefAndGo()
    {
        var requestSettings = AttributionRequestSettings.From(new AffiliateTrackingSettings());

        Assert.That(requestSettings, Is.EqualTo(new AttributionRequestSettings(true, "ref", "go", true)));
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
