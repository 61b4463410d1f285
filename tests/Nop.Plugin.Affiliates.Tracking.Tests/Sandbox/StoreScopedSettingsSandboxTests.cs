using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using static Nop.Plugin.Affiliates.Tracking.Tests.Sandbox.MembersTestSupport;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

/// <summary>
/// Two stores: the settings page in store 2's scope saves store 2's own values; store 2's storefront and orders use them,
/// store 1 keeps the shared ones; unticking an override removes the store's value.
/// </summary>
[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class StoreScopedSettingsSandboxTests : SandboxFixture
{
    private const string ConfigurePath = "Admin/AffiliateTracking/Configure";
    private const string SecondStoreHost = "store2.sandbox.test";

    private MembersTestSupport _support;
    private int _secondStoreId;
    private int _productId;

    public StoreScopedSettingsSandboxTests(DatabaseEngine engine) : base(engine)
    {
    }

    protected override async Task OnSandboxStartedAsync()
    {
        _support = new MembersTestSupport(Server.Host);
        _productId = await new ShareLinkTestSupport(Server.Host).GetProductIdAsync("Hoodie");
        _secondStoreId = await _support.InScopeAsync(async services =>
        {
            var store = new Store { Name = "Second store", Url = $"http://{SecondStoreHost}/", Hosts = SecondStoreHost, DefaultLanguageId = 1, DisplayOrder = 2 };
            await services.GetRequiredService<IRepository<Store>>().InsertAsync(store, false);
            return store.Id;
        });
    }

    private Task<List<Setting>> StoreRowsAsync(int storeId) => _support.InScopeAsync(async services =>
        await services.GetRequiredService<IRepository<Setting>>().Table
            .Where(s => s.StoreId == storeId && s.Name.StartsWith("affiliatetrackingsettings.")).ToListAsync());

    private async Task<HttpClient> AdminInScopeAsync(int storeId)
    {
        var admin = Server.CreateClient();
        await LoginAsync(admin, SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);
        var change = await admin.GetAsync($"Admin/Setting/ChangeStoreScopeConfiguration?storeid={storeId}&returnUrl=%2F{Uri.EscapeDataString(ConfigurePath)}");
        Assert.That(change.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return admin;
    }

    // What a browser posts in a store's scope: the disabled (not overridden) per-store inputs are missing, the
    // installation-wide ones are there.
    private static Dictionary<string, string> StoreForm(IDictionary<string, string> overrides)
    {
        var form = new Dictionary<string, string>
        {
            ["MinimumPayoutAmount"] = "50", ["LedgerReconcileDays"] = "365", ["NotifyAffiliateOfPayout"] = "true", ["PostbackUrlTemplate"] = ""
        };
        foreach (var (name, value) in overrides)
        {
            form[name] = value;
            form[name + "_OverrideForStore"] = "true";
        }

        return form;
    }

    private HttpClient Shopper(string host = null)
    {
        var client = Server.CreateClient(new CookieContainer());
        ShareLinkTestSupport.UseBrowserUserAgent(client);
        if (host is not null)
            client.DefaultRequestHeaders.Host = host;
        return client;
    }

    private static DateTimeOffset? CookieExpires(HttpResponseMessage response) =>
        ShareLinkTestSupport.ExpiresOf(ShareLinkTestSupport.SetCookieHeader(response, ShareLinkTestSupport.CookieName));

    private async Task<(SandboxOrderJson Order, decimal Commission, int StoreId)> OrderAsync(HttpClient shopper)
    {
        var order = await new SandboxApi(shopper).PlaceOrderAsync(new { Items = new[] { new { ProductId = _productId, Quantity = 1 } } });
        var ledger = await shopper.GetFromJsonAsync<JsonElement>($"sandbox/api/ledger/orders/{order.Id}");
        var storeId = await _support.InScopeAsync(async services => (await services.GetRequiredService<IRepository<Order>>().GetByIdAsync(order.Id)).StoreId);
        return (order, ledger.GetProperty("Commission").GetProperty("Amount").GetDecimal(), storeId);
    }

    private static decimal Base(SandboxOrderJson order) => order.OrderSubtotal - order.OrderSubTotalDiscount - order.OrderDiscount;

    [Test]
    public async Task StoreScopedSave_SecondStoreUsesItsWindowParameterAndRate_FirstStoreKeepsShared_UntickRemoves()
    {
        using var admin = await AdminInScopeAsync(_secondStoreId);
        var page = await admin.GetStringAsync(ConfigurePath);
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("id=\"store-scope-configuration\""), "the store-scope selector");
            Assert.That(page, Does.Contain("name=\"AttributionWindowDays_OverrideForStore\""), "a per-store setting has its checkbox");
            Assert.That(page, Does.Not.Contain("MinimumPayoutAmount_OverrideForStore"), "an installation-wide setting has none");
            Assert.That(page, Does.Contain("id=\"store-scope-hint\""));
        });

        var save = await PostFormAsync(admin, ConfigurePath, ConfigurePath, StoreForm(new Dictionary<string, string>
        {
            ["AttributionWindowDays"] = "7", ["ReferralParameterName"] = "partner", ["CommissionPercentage"] = "25"
        }));
        Assert.That(save.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await save.Content.ReadAsStringAsync());

        var storeRows = (await StoreRowsAsync(_secondStoreId)).ToDictionary(s => s.Name, s => s.Value);
        Assert.That(storeRows, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["affiliatetrackingsettings.attributionwindowdays"] = "7",
            ["affiliatetrackingsettings.referralparametername"] = "partner",
            ["affiliatetrackingsettings.commissionpercentage"] = "25"
        }), "only the ticked settings get store values");
        var shared = (await StoreRowsAsync(0)).ToDictionary(s => s.Name, s => s.Value);
        Assert.That((shared["affiliatetrackingsettings.attributionwindowdays"], shared["affiliatetrackingsettings.referralparametername"]), Is.EqualTo(("30", "ref")));
        var reloaded = await admin.GetStringAsync(ConfigurePath);
        Assert.That(reloaded, Does.Match("name=\"AttributionWindowDays_OverrideForStore\"[^>]*checked|checked[^>]*name=\"AttributionWindowDays_OverrideForStore\""));

        // Store 2: its parameter name, its 7-day window; the shared parameter is no link there.
        var now = DateTimeOffset.UtcNow;
        using var second = Shopper(SecondStoreHost);
        var secondOther = await second.GetAsync("/?ref=alice");
        Assert.That(ShareLinkTestSupport.SetCookieHeader(secondOther, ShareLinkTestSupport.CookieName), Is.Null, "?ref= on store 2");
        var secondClick = await second.GetAsync("/?partner=alice");
        Assert.That(CookieExpires(secondClick), Is.EqualTo(now.AddDays(7)).Within(TimeSpan.FromMinutes(5)), "store 2's window");

        // Store 1: the shared parameter name and 30-day window; store 2's parameter is no link here.
        using var first = Shopper();
        var firstOther = await first.GetAsync("/?partner=alice");
        Assert.That(ShareLinkTestSupport.SetCookieHeader(firstOther, ShareLinkTestSupport.CookieName), Is.Null, "?partner= on store 1");
        var firstClick = await first.GetAsync("/?ref=alice");
        Assert.That(CookieExpires(firstClick), Is.EqualTo(now.AddDays(AttributionSettingsRules.DefaultWindowDays)).Within(TimeSpan.FromMinutes(5)));

        // Orders: store 2's order earns store 2's rate, store 1's the shared one.
        var (secondOrder, secondCommission, secondOrderStore) = await OrderAsync(second);
        var (firstOrder, firstCommission, firstOrderStore) = await OrderAsync(first);
        Assert.That((secondOrderStore, firstOrderStore), Is.EqualTo((_secondStoreId, 1)));
        Assert.That(secondCommission, Is.EqualTo(CommissionCalculator.Round(Base(secondOrder) * 0.25m)));
        Assert.That(firstCommission, Is.EqualTo(CommissionCalculator.Round(Base(firstOrder) * 0.10m)));

        // Untick the rate: store 2's value is removed, the others stay.
        var untick = await PostFormAsync(admin, ConfigurePath, ConfigurePath, StoreForm(new Dictionary<string, string>
        {
            ["AttributionWindowDays"] = "7", ["ReferralParameterName"] = "partner"
        }));
        Assert.That(untick.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await untick.Content.ReadAsStringAsync());
        Assert.That((await StoreRowsAsync(_secondStoreId)).Select(s => s.Name),
            Is.EquivalentTo(new[] { "affiliatetrackingsettings.attributionwindowdays", "affiliatetrackingsettings.referralparametername" }));

        using var later = Shopper(SecondStoreHost);
        (await later.GetAsync("/?partner=alice")).EnsureSuccessStatusCode();
        var (laterOrder, laterCommission, _) = await OrderAsync(later);
        Assert.That(laterCommission, Is.EqualTo(CommissionCalculator.Round(Base(laterOrder) * 0.10m)), "store 2 is back on the shared rate");
    }

    [Test]
    public async Task AllStoresScope_NoOverrideCheckboxes_SavesSharedValues()
    {
        using var admin = await AdminInScopeAsync(0);

        var page = await admin.GetStringAsync(ConfigurePath);

        Assert.That(page, Does.Contain("id=\"store-scope-configuration\""));
        Assert.That(page, Does.Not.Contain("_OverrideForStore"));
        Assert.That(page, Does.Not.Contain("id=\"store-scope-hint\""));
    }
}
