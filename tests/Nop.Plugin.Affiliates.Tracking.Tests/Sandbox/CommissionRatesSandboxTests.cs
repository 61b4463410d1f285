using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Services;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Configuration;
using static Nop.Plugin.Affiliates.Tracking.Tests.Sandbox.MembersTestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// Per-affiliate commission overrides through the members page's rates form, read by the ledger for the next order;
/// and the ledger's settings through the settings page.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class CommissionRatesSandboxTests : SandboxFixture
{
    private MembersTestSupport _support;
    private int _alice;
    private int _productId;

    public CommissionRatesSandboxTests(DatabaseEngine engine) : base(engine)
    {
    }

    private string RatesPath => $"Admin/AffiliateTrackingMember/Rates?affiliateId={_alice}";

    protected override async Task OnSandboxStartedAsync()
    {
        _support = new MembersTestSupport(Server.Host);
        var shareLinks = new ShareLinkTestSupport(Server.Host);
        _alice = await shareLinks.GetAffiliateIdAsync("alice");
        _productId = await shareLinks.GetProductIdAsync("Hoodie");
    }

    [TearDown]
    public Task RemoveRatesAsync() => _support.InScopeAsync(async services =>
        await services.GetRequiredService<IRepository<AffiliateCommissionRate>>().DeleteAsync(rate => true));

    private async Task<HttpClient> AdminAsync()
    {
        var client = Server.CreateClient();
        await LoginAsync(client, SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        return client;
    }

    private Task<List<AffiliateCommissionRate>> RatesAsync() => _support.InScopeAsync(async services =>
        await services.GetRequiredService<IRepository<AffiliateCommissionRate>>().Table.OrderBy(r => r.Id).ToListAsync());

    private async Task<(SandboxOrderJson Order, decimal Commission)> AliceOrderAsync()
    {
        var client = Server.CreateClient(new CookieContainer());
        ShareLinkTestSupport.UseBrowserUserAgent(client);
        (await client.GetAsync("/?affiliate=alice")).EnsureSuccessStatusCode();
        var order = await new SandboxApi(client).PlaceOrderAsync(new { Items = new[] { new { ProductId = _productId, Quantity = 1 } } });
        Assert.That(order.AffiliateId, Is.EqualTo(_alice));
        var ledger = await client.GetFromJsonAsync<JsonElement>($"sandbox/api/ledger/orders/{order.Id}");
        return (order, ledger.GetProperty("Commission").GetProperty("Amount").GetDecimal());
    }

    private static decimal Base(SandboxOrderJson order) => order.OrderSubtotal - order.OrderSubTotalDiscount - order.OrderDiscount;

    [Test]
    public async Task SaveRateThroughAdminForm_NextOrderUsesIt_DeleteRestoresProgramRate()
    {
        using var admin = await AdminAsync();
        var (before, beforeCommission) = await AliceOrderAsync();

        var save = await PostFormAsync(admin, RatesPath, "Admin/AffiliateTrackingMember/SaveRate", new Dictionary<string, string>
        {
            ["AffiliateId"] = _alice.ToString(), ["CategoryId"] = "", ["CommissionTypeId"] = ((int)CommissionType.PercentageOfSubtotal).ToString(), ["Value"] = "25"
        });
        var page = await admin.GetStringAsync(RatesPath);
        var (after, afterCommission) = await AliceOrderAsync();

        Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await save.Content.ReadAsStringAsync());
        Assert.That(page, Does.Contain("class=\"rate-row\""));
        Assert.That(beforeCommission, Is.EqualTo(CommissionCalculator.Round(Base(before) * 0.10m)), "program rate before the override");
        Assert.That(afterCommission, Is.EqualTo(CommissionCalculator.Round(Base(after) * 0.25m)), "the override for the next order");

        var rate = (await RatesAsync()).Single();
        var delete = await PostFormAsync(admin, RatesPath, "Admin/AffiliateTrackingMember/DeleteRate", new Dictionary<string, string>
        {
            ["affiliateId"] = _alice.ToString(), ["id"] = rate.Id.ToString()
        });
        var (last, lastCommission) = await AliceOrderAsync();

        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await RatesAsync(), Is.Empty);
        Assert.That(lastCommission, Is.EqualTo(CommissionCalculator.Round(Base(last) * 0.10m)));
    }

    [Test]
    public async Task SaveRate_UnknownCategoryOrBadValue_ClearErrorAndNothingStored()
    {
        using var admin = await AdminAsync();

        var unknown = await PostFormAsync(admin, RatesPath, "Admin/AffiliateTrackingMember/SaveRate", new Dictionary<string, string>
        {
            ["AffiliateId"] = _alice.ToString(), ["CategoryId"] = "9999", ["CommissionTypeId"] = "0", ["Value"] = "5"
        });
        var unknownBody = await unknown.Content.ReadAsStringAsync();
        var tooHigh = await PostFormAsync(admin, RatesPath, "Admin/AffiliateTrackingMember/SaveRate", new Dictionary<string, string>
        {
            ["AffiliateId"] = _alice.ToString(), ["CommissionTypeId"] = "0", ["Value"] = "150"
        });
        var tooHighBody = await tooHigh.Content.ReadAsStringAsync();
        var text = await PostFormAsync(admin, RatesPath, "Admin/AffiliateTrackingMember/SaveRate", new Dictionary<string, string>
        {
            ["AffiliateId"] = _alice.ToString(), ["CommissionTypeId"] = "0", ["Value"] = "ten"
        });
        var deletedCategory = await PostFormAsync(admin, RatesPath, "Admin/AffiliateTrackingMember/SaveRate", new Dictionary<string, string>
        {
            ["AffiliateId"] = _alice.ToString(), ["CategoryId"] = SandboxCategoryService.DeletedCategoryId.ToString(), ["CommissionTypeId"] = "0", ["Value"] = "5"
        });

        Assert.Multiple(() =>
        {
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(unknownBody, Does.Contain("No category has this ID"));
            Assert.That(unknownBody, Does.Contain("value=\"9999\""), "the form keeps what was typed");
            Assert.That(tooHighBody, Does.Contain("The percentage must be between 0 and 100."));
            Assert.That(text.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(deletedCategory.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
        Assert.That(await RatesAsync(), Is.Empty);
    }

    [Test]
    public async Task SaveRate_CategoryRate_ListedWithCategoryName()
    {
        using var admin = await AdminAsync();

        await PostFormAsync(admin, RatesPath, "Admin/AffiliateTrackingMember/SaveRate", new Dictionary<string, string>
        {
            ["AffiliateId"] = _alice.ToString(), ["CategoryId"] = SandboxCategoryService.BooksCategoryId.ToString(),
            ["CommissionTypeId"] = ((int)CommissionType.FixedAmountPerOrder).ToString(), ["Value"] = "1.5"
        });
        var page = await admin.GetStringAsync(RatesPath);

        var rate = (await RatesAsync()).Single();
        Assert.That((rate.CategoryId, rate.CommissionType, rate.Amount), Is.EqualTo(((int?)SandboxCategoryService.BooksCategoryId, CommissionType.FixedAmountPerOrder, 1.5m)));
        Assert.That(page, Does.Contain($"Books (#{SandboxCategoryService.BooksCategoryId})"));
    }

    [Test]
    public async Task RatesEndpoints_GuestShopperClerkAndMissingToken_NoDataAndNoChanges()
    {
        using var guest = Server.CreateClient();
        using var shopper = Server.CreateClient();
        await LoginAsync(shopper, SandboxDemoData.ShopperEmail, SandboxDemoData.ShopperPassword);
        using var clerk = Server.CreateClient();
        await _support.CreateAdminWithoutAffiliatePermissionAsync(clerk);
        var form = new Dictionary<string, string> { ["AffiliateId"] = _alice.ToString(), ["CommissionTypeId"] = "0", ["Value"] = "50" };

        foreach (var (name, client) in new[] { ("guest", guest), ("shopper", shopper), ("clerk", clerk) })
        {
            var page = await client.GetAsync(RatesPath);
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), name);
            Assert.That(await page.Content.ReadAsStringAsync(), Does.Not.Contain("rates-grid"), name);
            var save = await client.PostAsync("Admin/AffiliateTrackingMember/SaveRate", new FormUrlEncodedContent(form));
            Assert.That(save.IsSuccessStatusCode, Is.False, name);
        }

        using var admin = await AdminAsync();
        var seeded = await PostFormAsync(admin, RatesPath, "Admin/AffiliateTrackingMember/SaveRate", new Dictionary<string, string>(form) { ["Value"] = "7" });
        Assert.That(seeded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var rateId = (await RatesAsync()).Single().Id.ToString();
        var noToken = await admin.PostAsync("Admin/AffiliateTrackingMember/SaveRate", new FormUrlEncodedContent(form));
        var noTokenDelete = await admin.PostAsync("Admin/AffiliateTrackingMember/DeleteRate", new FormUrlEncodedContent(new Dictionary<string, string> { ["affiliateId"] = _alice.ToString(), ["id"] = rateId }));
        var clerkDelete = await clerk.PostAsync("Admin/AffiliateTrackingMember/DeleteRate", new FormUrlEncodedContent(new Dictionary<string, string> { ["affiliateId"] = _alice.ToString(), ["id"] = rateId }));

        Assert.That(noToken.IsSuccessStatusCode, Is.False);
        Assert.That(noTokenDelete.IsSuccessStatusCode, Is.False);
        Assert.That(clerkDelete.IsSuccessStatusCode, Is.False);
        Assert.That((await RatesAsync()).Single().Percentage, Is.EqualTo(7m), "only the administrator's tokened form changed anything");
        Assert.That(await clerk.GetAsync(RatesPath) is { Headers.Location: var location } && location.OriginalString.Contains("AccessDenied"), Is.True);
    }

    [Test]
    public async Task ConfigurePost_LedgerSettings_RoundTripAndOutOfRangeRefused()
    {
        using var admin = await AdminAsync();
        var settings = await _support.InScopeAsync(services => services.GetRequiredService<ISettingService>().LoadSettingAsync<AffiliateTrackingSettings>());
        Dictionary<string, string> Form(int mode, int months, int days) => new()
        {
            ["Enabled"] = "true", ["AttributionWindowDays"] = settings.AttributionWindowDays.ToString(), ["AttributionModelId"] = ((int)settings.AttributionModel).ToString(),
            ["ReferralParameterName"] = settings.ReferralParameterName, ["ShortLinkPrefix"] = settings.ShortLinkPrefix, ["TrackCoreAffiliateLinks"] = settings.TrackCoreAffiliateLinks.ToString().ToLowerInvariant(),
            ["AllowedExternalHosts"] = string.Join("\n", settings.AllowedExternalHosts), ["CommissionTypeId"] = ((int)settings.CommissionType).ToString(),
            ["CommissionPercentage"] = settings.CommissionPercentage.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CommissionFixedAmount"] = settings.CommissionFixedAmount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["HoldPeriodDays"] = settings.HoldPeriodDays.ToString(), ["MinimumPayoutAmount"] = settings.MinimumPayoutAmount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LifetimeCommissionModeId"] = mode.ToString(), ["LifetimeCommissionMonths"] = months.ToString(), ["LedgerReconcileDays"] = days.ToString()
        };

        var page = await admin.GetStringAsync("Admin/AffiliateTracking/Configure");
        var bad = await PostFormAsync(admin, "Admin/AffiliateTracking/Configure", "Admin/AffiliateTracking/Configure", Form((int)LifetimeCommissionMode.ForMonths, 0, 4000));
        var badBody = await bad.Content.ReadAsStringAsync();
        var afterBad = await _support.InScopeAsync(services => services.GetRequiredService<ISettingService>().LoadSettingAsync<AffiliateTrackingSettings>());
        var good = await PostFormAsync(admin, "Admin/AffiliateTracking/Configure", "Admin/AffiliateTracking/Configure", Form((int)LifetimeCommissionMode.ForMonths, 6, 90));
        var saved = await _support.InScopeAsync(services => services.GetRequiredService<ISettingService>().LoadSettingAsync<AffiliateTrackingSettings>());
        var shown = await admin.GetStringAsync("Admin/AffiliateTracking/Configure");
        await _support.UpdateSettingsAsync(s => (s.LifetimeCommissionMode, s.LifetimeCommissionMonths, s.LedgerReconcileDays) = (settings.LifetimeCommissionMode, settings.LifetimeCommissionMonths, settings.LedgerReconcileDays));

        var goodBody = await good.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("name=\"LifetimeCommissionModeId\""));
            Assert.That(page, Does.Contain("name=\"LifetimeCommissionMonths\""));
            Assert.That(page, Does.Contain("name=\"LedgerReconcileDays\""));
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(badBody, Does.Contain("The lifetime commission months must be between 1 and 120."));
            Assert.That(badBody, Does.Contain("The reconcile period must be between 1 and 3650 days."));
            Assert.That((afterBad.LifetimeCommissionMonths, afterBad.LedgerReconcileDays), Is.EqualTo((settings.LifetimeCommissionMonths, settings.LedgerReconcileDays)));
            Assert.That(good.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), goodBody);
            Assert.That((saved.LifetimeCommissionMode, saved.LifetimeCommissionMonths, saved.LedgerReconcileDays), Is.EqualTo((LifetimeCommissionMode.ForMonths, 6, 90)));
            Assert.That(shown, Does.Contain("value=\"90\""));
        });
    }
}
