using Nop.Plugin.Affiliates.Tracking.Models.Admin;
using Nop.Plugin.Affiliates.Tracking.Validators;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Validators;

[TestFixture]
public class ConfigurationModelValidatorTests
{
    private static ConfigurationModel ValidModel() => new()
    {
        Enabled = true,
        AttributionWindowDays = 30,
        AttributionModelId = 0,
        ReferralParameterName = "ref",
        ShortLinkPrefix = "go",
        CommissionTypeId = 0,
        CommissionPercentage = 10,
        HoldPeriodDays = 30,
        MinimumPayoutAmount = 50,
        LifetimeCommissionModeId = 0,
        LifetimeCommissionMonths = 12,
        LedgerReconcileDays = 365,
        AllowedExternalHosts = "blog.example.com\r\nShop.Example.org\nblog.example.com"
    };

    [Test]
    public void Validate_ValidModel_ReturnsNoErrorsAndDistinctNormalizedHosts()
    {
        var errors = ConfigurationModelValidator.Validate(ValidModel(), out var hosts);

        Assert.That(errors, Is.Empty);
        Assert.That(hosts, Is.EqualTo(new[] { "blog.example.com", "shop.example.org" }));
    }

    [Test]
    public void Validate_EmptyAllowlist_ReturnsNoHosts()
    {
        var model = ValidModel() with { AllowedExternalHosts = null };

        var errors = ConfigurationModelValidator.Validate(model, out var hosts);

        Assert.That(errors, Is.Empty);
        Assert.That(hosts, Is.Empty);
    }

    [TestCase(nameof(ConfigurationModel.AttributionWindowDays))]
    [TestCase(nameof(ConfigurationModel.AttributionModelId))]
    [TestCase(nameof(ConfigurationModel.ReferralParameterName))]
    [TestCase(nameof(ConfigurationModel.ShortLinkPrefix))]
    [TestCase(nameof(ConfigurationModel.CommissionTypeId))]
    [TestCase(nameof(ConfigurationModel.CommissionPercentage))]
    [TestCase(nameof(ConfigurationModel.CommissionFixedAmount))]
    [TestCase(nameof(ConfigurationModel.HoldPeriodDays))]
    [TestCase(nameof(ConfigurationModel.MinimumPayoutAmount))]
    [TestCase(nameof(ConfigurationModel.AllowedExternalHosts))]
    public void Validate_OneInvalidField_ReportsThatFieldOnly(string propertyName)
    {
        var model = propertyName switch
        {
            nameof(ConfigurationModel.AttributionWindowDays) => ValidModel() with { AttributionWindowDays = 366 },
            nameof(ConfigurationModel.AttributionModelId) => ValidModel() with { AttributionModelId = 5 },
            nameof(ConfigurationModel.ReferralParameterName) => ValidModel() with { ReferralParameterName = "affiliateid" },
            nameof(ConfigurationModel.ShortLinkPrefix) => ValidModel() with { ShortLinkPrefix = "admin" },
            nameof(ConfigurationModel.CommissionTypeId) => ValidModel() with { CommissionTypeId = -1 },
            nameof(ConfigurationModel.CommissionPercentage) => ValidModel() with { CommissionPercentage = 101 },
            nameof(ConfigurationModel.CommissionFixedAmount) => ValidModel() with { CommissionFixedAmount = -1 },
            nameof(ConfigurationModel.HoldPeriodDays) => ValidModel() with { HoldPeriodDays = -1 },
            nameof(ConfigurationModel.MinimumPayoutAmount) => ValidModel() with { MinimumPayoutAmount = 2_000_000 },
            _ => ValidModel() with { AllowedExternalHosts = "https://evil.example/path" }
        };

        var errors = ConfigurationModelValidator.Validate(model, out _);

        Assert.That(errors.Select(e => e.PropertyName), Is.EqualTo(new[] { propertyName }));
        Assert.That(errors[0].ResourceKey, Does.StartWith("Plugins.Affiliates.Tracking.Fields."));
    }

    [Test]
    public void Validate_InvalidHost_EchoesTruncatedEntry()
    {
        var model = ValidModel() with { AllowedExternalHosts = "javascript:" + new string('x', 200) };

        var errors = ConfigurationModelValidator.Validate(model, out var hosts);

        Assert.That(hosts, Is.Empty);
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That((string)errors[0].Arguments[0], Has.Length.EqualTo(81));
    }

    [Test]
    public void Validate_TooManyHosts_ReportsLimit()
    {
        var model = ValidModel() with { AllowedExternalHosts = string.Join('\n', Enumerable.Range(0, 101).Select(i => $"h{i}.example.com")) };

        var errors = ConfigurationModelValidator.Validate(model, out _);

        Assert.That(errors.Single().ResourceKey, Does.EndWith("AllowedExternalHosts.TooMany"));
    }

    [TestCase(null, false)]
    [TestCase("", false)]
    [TestCase("https://network.example/pb?tx={order_id}&c={commission}", false)]
    [TestCase("http://network.example/pb?tx={order_id}", true)]
    public void Validate_AcceptablePostbackUrl_ReturnsNoErrors(string template, bool allowHttp)
    {
        var model = ValidModel() with { PostbacksEnabled = true, PostbackUrlTemplate = template, PostbackAllowHttp = allowHttp };

        Assert.That(ConfigurationModelValidator.Validate(model, out _), Is.Empty);
    }

    [TestCase("https://network.example/pb?tx={order}", "Plugins.Affiliates.Tracking.Postbacks.Errors.UnknownToken", "order")]
    [TestCase("http://network.example/pb", "Plugins.Affiliates.Tracking.Postbacks.Errors.HttpNotAllowed", "")]
    [TestCase("https://a@network.example/pb", "Plugins.Affiliates.Tracking.Postbacks.Errors.UserInfo", "")]
    [TestCase("network.example/pb", "Plugins.Affiliates.Tracking.Postbacks.Errors.Malformed", "")]
    public void Validate_BadPostbackUrl_ReturnsTheRulesErrorOnTheField(string template, string resourceKey, string detail)
    {
        var model = ValidModel() with { PostbackUrlTemplate = template };

        var error = ConfigurationModelValidator.Validate(model, out _).Single();

        Assert.That(error.PropertyName, Is.EqualTo(nameof(ConfigurationModel.PostbackUrlTemplate)));
        Assert.That(error.ResourceKey, Is.EqualTo(resourceKey));
        Assert.That(error.Arguments, Is.EqualTo(new object[] { detail }));
    }

    [Test]
    public void Validate_EveryPostbackError_HasAFormattableResource()
    {
        foreach (var error in Enum.GetValues<Nop.Plugin.Affiliates.Tracking.Rules.PostbackTemplateError>().Where(e => e != Nop.Plugin.Affiliates.Tracking.Rules.PostbackTemplateError.None))
        {
            var key = AffiliateTrackingDefaults.LocalePrefix + "Postbacks.Errors." + error;
            Assert.That(AffiliateTrackingLocales.Resources.ContainsKey(key), Is.True, key);
            Assert.That(() => string.Format(AffiliateTrackingLocales.Resources[key], "x"), Throws.Nothing, key);
        }
    }

    // The ledger's settings on the settings page (issue 7)
    [TestCase(0, 12, 365)]
    [TestCase(10, 1, 1)]
    [TestCase(20, 120, 3650)]
    public void Validate_LedgerSettingsInRange_NoErrors(int modeId, int months, int reconcileDays)
    {
        var model = ValidModel() with { LifetimeCommissionModeId = modeId, LifetimeCommissionMonths = months, LedgerReconcileDays = reconcileDays };

        Assert.That(ConfigurationModelValidator.Validate(model, out _), Is.Empty);
    }

    [TestCase(5, 12, 365, "LifetimeCommissionModeId", "Plugins.Affiliates.Tracking.Fields.LifetimeCommissionMode.Hint")]
    [TestCase(-1, 12, 365, "LifetimeCommissionModeId", "Plugins.Affiliates.Tracking.Fields.LifetimeCommissionMode.Hint")]
    [TestCase(10, 0, 365, "LifetimeCommissionMonths", "Plugins.Affiliates.Tracking.Fields.LifetimeCommissionMonths.Range")]
    [TestCase(10, 121, 365, "LifetimeCommissionMonths", "Plugins.Affiliates.Tracking.Fields.LifetimeCommissionMonths.Range")]
    [TestCase(0, 12, 0, "LedgerReconcileDays", "Plugins.Affiliates.Tracking.Fields.LedgerReconcileDays.Range")]
    [TestCase(0, 12, 3651, "LedgerReconcileDays", "Plugins.Affiliates.Tracking.Fields.LedgerReconcileDays.Range")]
    public void Validate_LedgerSettingOutOfRange_OneErrorNamingTheField(int modeId, int months, int reconcileDays, string property, string resourceKey)
    {
        var model = ValidModel() with { LifetimeCommissionModeId = modeId, LifetimeCommissionMonths = months, LedgerReconcileDays = reconcileDays };

        var errors = ConfigurationModelValidator.Validate(model, out _);

        Assert.That(errors.Select(e => (e.PropertyName, e.ResourceKey)), Is.EqualTo(new[] { (property, resourceKey) }));
    }
}
