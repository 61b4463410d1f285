using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Configuration;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Localization;
using Nop.Core.Infrastructure;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Data;
using Nop.Plugin.Affiliates.Tracking.Sandbox.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Services.Customers;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Sandbox;

[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class SandboxHostTests : SandboxFixture
{
    private const string Hoodie = "Hoodie";
    private const string EBook = "E-book: Affiliate marketing";

    public SandboxHostTests(DatabaseEngine engine) : base(engine)
    {
    }

    [Test]
    public async Task HomePage_Get_ListsSeededProducts()
    {
        using var client = Server.CreateClient();

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        foreach (var product in SandboxDemoData.Products)
            Assert.That(html, Does.Contain(WebUtility.HtmlEncode(product.Name)));
        Assert.That(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], Has.None.Contains(".Nop.Customer"),
            "the home page does not need the current customer, so no guest is created");
    }

    [Test]
    public async Task Startup_PluginStartups_RunInOrderAndTheirServicesResolve()
    {
        var pluginStartupTypes = SandboxPluginTypes.FindClassesOfType<INopStartup>();
        Assert.That(pluginStartupTypes, Is.Not.Empty);
        Assert.That(Server.Host.Startups.Select(startup => startup.GetType()), Is.SupersetOf(pluginStartupTypes));
        Assert.That(Server.Host.Startups.Select(startup => startup.Order), Is.Ordered);

        // Every service the plugin's startups register resolves from a request-like scope.
        var registrations = new ServiceCollection();
        foreach (var type in pluginStartupTypes)
            ((INopStartup)Activator.CreateInstance(type)).ConfigureServices(registrations, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());

        await using var scope = Server.Host.Services.CreateAsyncScope();
        foreach (var descriptor in registrations.Where(descriptor => !descriptor.ServiceType.IsGenericTypeDefinition && descriptor.ServiceType.Namespace?.StartsWith("Nop.Plugin.Affiliates.Tracking") == true))
            Assert.That(scope.ServiceProvider.GetService(descriptor.ServiceType), Is.Not.Null, descriptor.ServiceType.FullName);
    }

    [Test]
    public async Task Install_OnFirstStart_PluginSettingsAndResourcesExist()
    {
        var (settings, resources) = await Server.Host.InScopeAsync(async services =>
        {
            var settingCount = (await services.GetRequiredService<IRepository<Setting>>().GetAllAsync(query => query.Where(setting => setting.Name.StartsWith("affiliatetrackingsettings.")))).Count;
            var resourceCount = (await services.GetRequiredService<IRepository<LocaleStringResource>>().GetAllAsync(query => query.Where(resource => resource.ResourceName.StartsWith("plugins.affiliates.tracking.")))).Count;
            return (settingCount, resourceCount);
        });

        Assert.That(settings, Is.GreaterThan(0), "InstallAsync saved AffiliateTrackingSettings");
        Assert.That(resources, Is.GreaterThan(0), "InstallAsync added the plugin's locale resources");
    }

    [Test]
    public async Task SettingService_SaveThenLoad_UsesNopKeysAndConverters()
    {
        var (loaded, keys) = await Server.Host.InScopeAsync(async services =>
        {
            var settingService = services.GetRequiredService<Nop.Services.Configuration.ISettingService>();
            await settingService.SaveSettingAsync(new SandboxProbeSettings { Hosts = ["a.example", "b.example"], Days = 45, Rate = 2.25m, Day = DayOfWeek.Friday }, 1);
            var settings = await settingService.LoadSettingAsync<SandboxProbeSettings>(1);
            var names = (await settingService.GetAllSettingsAsync()).Where(setting => setting.Name.StartsWith("sandboxprobesettings.")).Select(setting => $"{setting.Name}={setting.Value}@{setting.StoreId}").ToList();
            await settingService.DeleteSettingAsync<SandboxProbeSettings>();
            return (settings, names);
        });

        Assert.That(loaded.Hosts, Is.EqualTo(new[] { "a.example", "b.example" }));
        Assert.That((loaded.Days, loaded.Rate, loaded.Day), Is.EqualTo((45, 2.25m, DayOfWeek.Friday)));
        Assert.That(keys, Is.EquivalentTo(new[]
        {
            "sandboxprobesettings.hosts=a.example,b.example@1", "sandboxprobesettings.days=45@1", "sandboxprobesettings.rate=2.25@1", "sandboxprobesettings.day=Friday@1"
        }));
    }

    [Test]
    public async Task PlaceOrder_WithTemplateCouponInAnyCase_AppliesTenPercentAndWritesUsageHistory()
    {
        using var client = Server.CreateClient();
        var api = new SandboxApi(client);
        var hoodieId = await GetProductIdAsync(Hoodie);

        var order = await api.PlaceOrderAsync(new { Items = new[] { new { ProductId = hoodieId, Quantity = 2 } }, CouponCodes = new[] { "template10" } });

        Assert.That(order.OrderSubtotal, Is.EqualTo(119.98m));
        Assert.That(order.OrderSubTotalDiscount, Is.EqualTo(12.00m));
        Assert.That(order.OrderTotal, Is.EqualTo(107.98m));
        Assert.That(order.OrderStatus, Is.EqualTo("Pending"));
        Assert.That(order.PaymentStatus, Is.EqualTo("Pending"));
        Assert.That(order.DiscountUsageHistory.Select(usage => usage.DiscountName), Is.EqualTo(new[] { SandboxDemoData.TemplateDiscountName }));
        Assert.That(Server.Recorder.NamesForOrder(order.Id),
            Is.EqualTo(new[] { "EntityInsertedEvent<Order>", "EntityUpdatedEvent<Order>", "OrderPlacedEvent" }));

        var codesLeft = await Server.Host.InScopeAsync(async services =>
        {
            var customers = services.GetRequiredService<ICustomerService>();
            return await customers.ParseAppliedDiscountCouponCodesAsync(await customers.GetCustomerByIdAsync(order.CustomerId));
        });
        Assert.That(codesLeft, Is.Empty, "placing an order clears the customer's coupon codes, before OrderPlacedEvent");
    }

    [Test]
    public async Task PlaceOrder_UnknownCoupon_Returns400()
    {
        using var client = Server.CreateClient();

        var response = await client.PostAsJsonAsync("sandbox/api/orders",
            new { Items = new[] { new { ProductId = await GetProductIdAsync(Hoodie), Quantity = 1 } }, CouponCodes = new[] { "NO-SUCH-CODE" } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("NO-SUCH-CODE"));
    }

    [Test]
    public async Task PlaceOrder_AfterAffiliateLink_CopiesCustomerAffiliateToOrder()
    {
        using var client = Server.CreateClient();
        var bob = await GetAffiliateIdAsync("bob");

        var visit = await client.GetAsync("/?affiliate=bob");
        var order = await new SandboxApi(client).PlaceOrderAsync(new { Items = new[] { new { ProductId = await GetProductIdAsync(Hoodie), Quantity = 1 } } });

        Assert.That(visit.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(order.AffiliateId, Is.EqualTo(bob));
        Assert.That(Server.Recorder.ForOrder(order.Id).Single(recorded => recorded.Name == "OrderPlacedEvent").AffiliateId, Is.EqualTo(bob));
    }

    [Test]
    public async Task PayThenRefundInParts_ShippableOrder_FollowsNopCommerceStatesAndEvents()
    {
        using var client = Server.CreateClient();
        var api = new SandboxApi(client);
        var order = await api.PlaceOrderAsync(new { Items = new[] { new { ProductId = await GetProductIdAsync(Hoodie), Quantity = 1 } } });

        var paid = await api.ChangeAsync(order.Id, "pay");
        var partly = await api.ChangeAsync(order.Id, "partial-refund", new { Amount = 10m });
        var rest = await api.ChangeAsync(order.Id, "partial-refund", new { Amount = 49.99m });
        var again = await api.PostAsync(order.Id, "refund");

        Assert.That((paid.PaymentStatus, paid.OrderStatus, paid.PaidDateUtc.HasValue), Is.EqualTo(("Paid", "Processing", true)));
        Assert.That((partly.PaymentStatus, partly.RefundedAmount), Is.EqualTo(("PartiallyRefunded", 10m)));
        Assert.That((rest.PaymentStatus, rest.RefundedAmount), Is.EqualTo(("Refunded", 59.99m)));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));

        var orderEvents = Server.Recorder.ForOrder(order.Id).Where(recorded => recorded.Name.StartsWith("Order")).ToList();
        Assert.That(orderEvents.Select(recorded => recorded.ToString()), Is.EqualTo(new[]
        {
            "OrderPlacedEvent(order " + order.Id + ", Pending/Pending)",
            "OrderStatusChangedEvent(order " + order.Id + ", Processing/Paid, from Pending)",
            "OrderPaidEvent(order " + order.Id + ", Processing/Paid)",
            "OrderRefundedEvent(order " + order.Id + ", Processing/PartiallyRefunded, amount 10)",
            "OrderRefundedEvent(order " + order.Id + ", Processing/Refunded, amount 49.99)"
        }));
    }

    [Test]
    public async Task PlaceOrder_PaidDigitalOrder_CompletesAndPublishesPaidLast()
    {
        using var client = Server.CreateClient();
        var api = new SandboxApi(client);

        var order = await api.PlaceOrderAsync(new { Items = new[] { new { ProductId = await GetProductIdAsync(EBook), Quantity = 1 } }, PaymentStatus = "Paid" });
        var refunded = await api.ChangeAsync(order.Id, "refund");

        Assert.That((order.OrderStatus, order.PaymentStatus, order.ShippingStatus), Is.EqualTo(("Complete", "Paid", "ShippingNotRequired")));
        Assert.That((refunded.PaymentStatus, refunded.RefundedAmount), Is.EqualTo(("Refunded", 19.00m)));
        Assert.That(Server.Recorder.NamesForOrder(order.Id).Where(name => name.StartsWith("Order")), Is.EqualTo(new[]
        {
            "OrderPlacedEvent", "OrderStatusChangedEvent", "OrderStatusChangedEvent", "OrderPaidEvent", "OrderRefundedEvent"
        }));
    }

    [Test]
    public async Task Void_AuthorizedOrder_PublishesOrderVoidedEvent()
    {
        using var client = Server.CreateClient();
        var api = new SandboxApi(client);
        var pending = await api.PlaceOrderAsync(new { Items = new[] { new { ProductId = await GetProductIdAsync(Hoodie), Quantity = 1 } } });
        var authorized = await api.PlaceOrderAsync(new { Items = new[] { new { ProductId = await GetProductIdAsync(Hoodie), Quantity = 1 } }, PaymentStatus = "Authorized" });

        var refusal = await api.PostAsync(pending.Id, "void");
        var voided = await api.ChangeAsync(authorized.Id, "void");

        Assert.That(refusal.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((voided.PaymentStatus, voided.OrderStatus), Is.EqualTo(("Voided", "Processing")));
        Assert.That(Server.Recorder.NamesForOrder(authorized.Id), Does.Contain("OrderVoidedEvent"));
    }

    [Test]
    public async Task CancelThenDelete_PublishStatusChangedAndEntityDeleted()
    {
        using var client = Server.CreateClient();
        var api = new SandboxApi(client);
        var order = await api.PlaceOrderAsync(new { Items = new[] { new { ProductId = await GetProductIdAsync(Hoodie), Quantity = 1 } }, CouponCodes = new[] { SandboxDemoData.TemplateCouponCode } });

        var cancelled = await api.ChangeAsync(order.Id, "cancel");
        var deleteResponse = await client.DeleteAsync($"sandbox/api/orders/{order.Id}");
        var deleted = await api.GetOrderAsync(order.Id);
        var afterDelete = await api.PostAsync(order.Id, "pay");
        var unknown = await client.GetAsync("sandbox/api/orders/987654");

        Assert.That((cancelled.OrderStatus, cancelled.PaymentStatus), Is.EqualTo(("Cancelled", "Pending")));
        Assert.That(cancelled.DiscountUsageHistory, Has.Count.EqualTo(1), "cancelling keeps the discount usage history");
        Assert.That(deleteResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(deleted.Deleted, Is.True);
        Assert.That(afterDelete.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var events = Server.Recorder.ForOrder(order.Id);
        var statusChange = events.Single(recorded => recorded.Name == "OrderStatusChangedEvent");
        Assert.That((statusChange.PreviousOrderStatus, statusChange.OrderStatus), Is.EqualTo((Nop.Core.Domain.Orders.OrderStatus.Pending, Nop.Core.Domain.Orders.OrderStatus.Cancelled)));
        Assert.That(events.Last().Name, Is.EqualTo("EntityDeletedEvent<Order>"));
    }

    [Test]
    public async Task ChangeStatusAndDirectPayment_BypassOrderProcessingEvents()
    {
        using var client = Server.CreateClient();
        var api = new SandboxApi(client);
        var direct = await api.PlaceOrderAsync(new { Items = new[] { new { ProductId = await GetProductIdAsync(Hoodie), Quantity = 1 } } });
        var adminChanged = await api.PlaceOrderAsync(new { Items = new[] { new { ProductId = await GetProductIdAsync(Hoodie), Quantity = 1 } } });
        var directMark = Server.Recorder.ForOrder(direct.Id).Count;
        var adminMark = Server.Recorder.ForOrder(adminChanged.Id).Count;

        var paidDirectly = await api.ChangeAsync(direct.Id, "mark-paid-direct");
        var completed = await api.ChangeAsync(adminChanged.Id, "status", new { Status = "Complete" });
        var badStatus = await api.PostAsync(adminChanged.Id, "status", new { Status = "Shipped" });

        Assert.That((paidDirectly.PaymentStatus, paidDirectly.OrderStatus, paidDirectly.PaidDateUtc), Is.EqualTo(("Paid", "Processing", (DateTime?)null)));
        Assert.That(Server.Recorder.NamesForOrder(direct.Id, directMark), Is.EqualTo(new[] { "EntityUpdatedEvent<Order>" }));
        Assert.That(completed.OrderStatus, Is.EqualTo("Complete"));
        Assert.That(Server.Recorder.NamesForOrder(adminChanged.Id, adminMark), Is.EqualTo(new[] { "EntityUpdatedEvent<Order>", "OrderStatusChangedEvent" }));
        Assert.That(badStatus.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task OrderFlow_PluginConsumers_ThrowNothing()
    {
        using var client = Server.CreateClient();
        var api = new SandboxApi(client);
        await client.GetAsync("/?affiliate=alice");
        var order = await api.PlaceOrderAsync(new { Items = new[] { new { ProductId = await GetProductIdAsync(Hoodie), Quantity = 1 } }, CouponCodes = new[] { SandboxDemoData.TemplateCouponCode } });
        await api.ChangeAsync(order.Id, "pay");
        await api.ChangeAsync(order.Id, "partial-refund", new { Amount = 5m });
        await api.ChangeAsync(order.Id, "cancel");
        await client.DeleteAsync($"sandbox/api/orders/{order.Id}");

        var failures = Server.Host.EventLog.Failures.Where(failure => !failure.Consumer.Contains(nameof(RecordingConsumer<object>))).ToList();
        Assert.That(failures, Is.Empty, string.Join(Environment.NewLine, failures.Select(failure => $"{failure.Consumer} on {failure.EventName}: {failure.Exception}")));
    }

    [Test]
    public async Task ConfigurePage_Anonymous_RedirectsToSandboxLogin()
    {
        using var client = Server.CreateClient();

        var response = await client.GetAsync("Admin/AffiliateTracking/Configure");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Does.Contain("/sandbox/login"));
    }

    [Test]
    public async Task ConfigurePage_Admin_RendersPluginViewInSandboxLayout()
    {
        using var client = Server.CreateClient();
        await LoginAsync(client, SandboxDemoData.AdminEmail, SandboxDemoData.AdminPassword);

        var response = await client.GetAsync("Admin/AffiliateTracking/Configure");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(html, Does.Contain("Sandbox admin layout (stands in for nopCommerce's)"));
        Assert.That(html, Does.Contain("id=\"configure-plugin-title\""));
        Assert.That(html, Does.Contain("<form"));
        Assert.That(html, Does.Contain("name=\"__RequestVerificationToken\""));
        Assert.That(html, Does.Not.Contain("Plugins.Affiliates.Tracking.Fields.Enabled<"), "labels are localized through the installed resources");
    }

    [Test]
    public async Task ConfigurePage_Shopper_IsChallenged()
    {
        using var client = Server.CreateClient();
        await LoginAsync(client, SandboxDemoData.ShopperEmail, SandboxDemoData.ShopperPassword);

        var response = await client.GetAsync("Admin/AffiliateTracking/Configure");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.ToString(), Does.Contain("/sandbox/login"));
    }

    [Test]
    public async Task Clock_AdvanceDays_MovesSandboxTime()
    {
        using var client = Server.CreateClient();
        var before = Server.Host.Clock.UtcNow;

        var response = await client.PostAsJsonAsync("sandbox/api/clock", new { AdvanceDays = 31 });
        var bad = await client.PostAsJsonAsync("sandbox/api/clock", new { });
        var after = Server.Host.Clock.UtcNow;
        Server.Host.Clock.Advance(TimeSpan.FromDays(-31));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(after - before, Is.GreaterThanOrEqualTo(TimeSpan.FromDays(31)));
    }

    private static async Task LoginAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostAsync("sandbox/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"login as {email}");
    }

    private Task<int> GetProductIdAsync(string name) =>
        Server.Host.InScopeAsync(async services =>
            (await services.GetRequiredService<IRepository<Product>>().GetAllAsync(query => query.Where(product => product.Name == name))).Single().Id);

    private Task<int> GetAffiliateIdAsync(string friendlyUrlName) =>
        Server.Host.InScopeAsync(async services =>
            (await services.GetRequiredService<IRepository<Affiliate>>().GetAllAsync(query => query.Where(affiliate => affiliate.FriendlyUrlName == friendlyUrlName))).Single().Id);
}
