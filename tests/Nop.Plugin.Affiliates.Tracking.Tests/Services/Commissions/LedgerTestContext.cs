using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Events;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Services.Events;
using Nop.Plugin.Affiliates.Tracking.Services.Messages;
using Nop.Plugin.Affiliates.Tracking.Services.Payouts;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Affiliates;
using Nop.Services.Catalog;
using Nop.Services.Common;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.Discounts;
using Nop.Services.Logging;
using Nop.Services.Orders;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Commissions;

/// <summary>
/// The ledger's services wired as nopCommerce wires them, scoped, with every scope's repositories over a DbContext of
/// its own (as separate requests or web-farm nodes have), on a real database. The nopCommerce services around the
/// ledger are Moq doubles over in-memory orders, affiliates and customers; published CommissionChangedEvents and log
/// lines are recorded.
/// </summary>
public sealed class LedgerTestContext : IAsyncDisposable
{
    public const int StoreId = 1;
    public const int AliceId = 7;
    public const int BobId = 8;
    public const int ShopperId = 42;
    public const int AliceAsCustomerId = 43;
    public const string AliceEmail = "alice@example.com";

    private readonly ServiceProvider _provider;

    public LedgerTestContext(TestDatabase database, DateTime utcNow)
    {
        Database = database;
        Clock = new ManualTimeProvider(utcNow);

        var settings = new Mock<ISettingService>();
        settings.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(It.IsAny<int>())).ReturnsAsync(() => Settings);

        var orderService = new Mock<IOrderService>();
        orderService.Setup(s => s.GetOrderByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => Orders.GetValueOrDefault(id));
        orderService.Setup(s => s.GetOrdersByIdsAsync(It.IsAny<int[]>()))
            .ReturnsAsync((int[] ids) => ids.Select(id => Orders.GetValueOrDefault(id)).Where(o => o is { Deleted: false }).ToList());
        orderService.Setup(s => s.GetOrderItemsAsync(It.IsAny<int>(), null, null, 0))
            .ReturnsAsync((int id, bool? _, bool? _, int _) => OrderItems.GetValueOrDefault(id) ?? []);

        var categoryService = new Mock<ICategoryService>();
        categoryService.Setup(s => s.GetProductCategoryIdsAsync(It.IsAny<int[]>()))
            .ReturnsAsync((int[] ids) => (IDictionary<int, int[]>)ids.Where(ProductCategories.ContainsKey).ToDictionary(id => id, id => ProductCategories[id]));

        var currencyService = new Mock<ICurrencyService>();
        currencyService.Setup(s => s.GetCurrencyByIdAsync(3)).ReturnsAsync(new Currency { Id = 3, CurrencyCode = "USD" });

        var affiliates = new Dictionary<int, Affiliate>
        {
            [AliceId] = new() { Id = AliceId, AddressId = 70, Active = true },
            [BobId] = new() { Id = BobId, AddressId = 80, Active = true }
        };
        var addresses = new Dictionary<int, Address> { [70] = new() { Id = 70, Email = AliceEmail }, [80] = new() { Id = 80, Email = " bob@example.com " } };
        var customers = new Dictionary<int, Customer>
        {
            [ShopperId] = new() { Id = ShopperId, Email = "shopper@example.com" },
            [AliceAsCustomerId] = new() { Id = AliceAsCustomerId, Email = "ALICE@example.com" }
        };
        var affiliateService = new Mock<IAffiliateService>();
        affiliateService.Setup(s => s.GetAffiliateByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => affiliates.GetValueOrDefault(id));
        var addressService = new Mock<IAddressService>();
        addressService.Setup(s => s.GetAddressByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => addresses.GetValueOrDefault(id));
        var customerService = new Mock<ICustomerService>();
        customerService.Setup(s => s.GetCustomerByIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => customers.GetValueOrDefault(id));

        var logger = new Mock<ILogger>();
        logger.Setup(l => l.InformationAsync(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Customer>()))
            .Callback((string message, Exception _, Customer _) => Log.Enqueue("information: " + message)).Returns(Task.CompletedTask);
        logger.Setup(l => l.WarningAsync(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Customer>()))
            .Callback((string message, Exception _, Customer _) => Log.Enqueue("warning: " + message)).Returns(Task.CompletedTask);
        logger.Setup(l => l.ErrorAsync(It.IsAny<string>(), It.IsAny<Exception>(), It.IsAny<Customer>()))
            .Callback((string message, Exception exception, Customer _) => Log.Enqueue("error: " + message + " " + exception)).Returns(Task.CompletedTask);

        var eventPublisher = new Mock<IEventPublisher>();
        eventPublisher.Setup(p => p.PublishAsync(It.IsAny<CommissionChangedEvent>()))
            .Callback((CommissionChangedEvent e) => Published.Enqueue(e)).Returns(Task.CompletedTask);

        var discountService = new Mock<IDiscountService>();
        discountService.Setup(s => s.GetAllDiscountUsageHistoryAsync(null, null, It.IsAny<int?>(), true, 0, int.MaxValue))
            .ReturnsAsync(new PagedList<DiscountUsageHistory>(new List<DiscountUsageHistory>(), 0, int.MaxValue));
        // Alice's customer account is her program membership: her own orders are self-referrals.
        var memberService = new Mock<IAffiliateMemberService>();
        memberService.Setup(s => s.CheckReferralAsync(It.IsAny<int>(), It.IsAny<int>()))
            .ReturnsAsync((int affiliateId, int customerId) => affiliateId == AliceId && customerId == AliceAsCustomerId ? ReferralVerdict.SelfReferral : ReferralVerdict.Allowed);
        var lookupService = new Mock<IAttributionLookupService>();
        lookupService.Setup(s => s.ResolveAffiliateIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => affiliates.ContainsKey(id) ? id : 0);

        // Payout-sent e-mails are recorded, so tests can count them (mark paid must send each once).
        var messageService = new Mock<IAffiliateTrackingMessageService>();
        messageService.Setup(m => m.SendPayoutSentAsync(It.IsAny<int>(), It.IsAny<decimal>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<DateTime>()))
            .Callback((int affiliateId, decimal amount, string _, string reference, DateTime _) => PayoutEmails.Enqueue((affiliateId, amount, reference)))
            .ReturnsAsync(new List<int> { 1 });

        var services = new ServiceCollection();
        services.AddSingleton(messageService.Object);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(settings.Object);
        services.AddSingleton(orderService.Object);
        services.AddSingleton(categoryService.Object);
        services.AddSingleton(currencyService.Object);
        services.AddSingleton(new CurrencySettings { PrimaryStoreCurrencyId = 3 });
        services.AddSingleton(affiliateService.Object);
        services.AddSingleton(addressService.Object);
        services.AddSingleton(customerService.Object);
        services.AddSingleton(logger.Object);
        services.AddSingleton(eventPublisher.Object);
        services.AddSingleton(discountService.Object);
        services.AddSingleton(lookupService.Object);
        services.AddSingleton(memberService.Object);
        services.AddSingleton(Mock.Of<IAttributionRecordingService>());
        AddRepository<AffiliateCommission>(services);
        AddRepository<AffiliateCommissionEntry>(services);
        AddRepository<AffiliateCommissionRate>(services);
        AddRepository<AffiliateLifetimeReferral>(services);
        AddRepository<AffiliatePayout>(services);
        AddRepository<AffiliatePayoutLine>(services);
        AddRepository<AffiliateAttribution>(services);
        AddRepository<AffiliateClick>(services);
        AddRepository<AffiliateCoupon>(services);

        services.AddScoped<ILifetimeReferralService, LifetimeReferralService>();
        services.AddScoped<ISelfReferralService, SelfReferralService>();
        services.AddScoped<IPrimaryCurrencyCodeProvider, PrimaryCurrencyCodeProvider>();
        services.AddScoped<ICommissionCalculationService, CommissionCalculationService>();
        services.AddScoped<ICommissionLedgerStore, CommissionLedgerStore>();
        services.AddScoped<IAffiliateCommissionService, AffiliateCommissionService>();
        services.AddScoped<IPayoutEmailProvider, AffiliateAddressPayoutEmailProvider>();
        services.AddScoped<IAffiliatePayoutService, AffiliatePayoutService>();
        services.AddScoped<IOrderAttributionService, OrderAttributionService>();
        services.AddScoped<OrderPlacedEventConsumer>();
        services.AddScoped<OrderLifecycleEventConsumer>();
        services.AddScoped<CommissionLedgerTask>();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public TestDatabase Database { get; }

    public ManualTimeProvider Clock { get; }

    public AffiliateTrackingSettings Settings { get; set; } = new() { HoldPeriodDays = 30, MinimumPayoutAmount = 50m };

    public ConcurrentDictionary<int, Order> Orders { get; } = new();

    public ConcurrentDictionary<int, IList<OrderItem>> OrderItems { get; } = new();

    public ConcurrentDictionary<int, int[]> ProductCategories { get; } = new();

    public ConcurrentQueue<CommissionChangedEvent> Published { get; } = new();

    public ConcurrentQueue<string> Log { get; } = new();

    public ConcurrentQueue<(int AffiliateId, decimal Amount, string Reference)> PayoutEmails { get; } = new();

    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// An order of the shopper: subtotal 100 (excl. tax), tax 10, shipping 5, total 115, pending, placed now.
    /// </summary>
    public Order AddOrder(int id, int affiliateId = AliceId, decimal subtotal = 100m, decimal total = 115m, int customerId = ShopperId,
        PaymentStatus paymentStatus = PaymentStatus.Pending)
    {
        var order = new Order
        {
            Id = id,
            StoreId = StoreId,
            CustomerId = customerId,
            AffiliateId = affiliateId,
            OrderSubtotalExclTax = subtotal,
            OrderSubtotalInclTax = subtotal * 1.1m,
            OrderShippingExclTax = 5m,
            OrderTax = 10m,
            OrderTotal = total,
            CustomerCurrencyCode = "EUR",
            CurrencyRate = 0.9m,
            OrderStatus = OrderStatus.Pending,
            PaymentStatus = paymentStatus,
            PaidDateUtc = paymentStatus == PaymentStatus.Paid ? UtcNow : null,
            CreatedOnUtc = UtcNow
        };
        Orders[id] = order;
        return order;
    }

    /// <summary>
    /// The same order as another node would load it: a separate object with the same values.
    /// </summary>
    public static Order Copy(Order order)
    {
        var copy = new Order();
        foreach (var property in typeof(Order).GetProperties().Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0))
            property.SetValue(copy, property.GetValue(order));

        return copy;
    }

    /// <summary>
    /// Runs <paramref name="deliveries"/> calls at once, each on its own thread and scope, released together.
    /// </summary>
    public async Task InParallelAsync(int deliveries, Func<IServiceProvider, int, Task> action)
    {
        using var start = new ManualResetEventSlim(false);
        var tasks = Enumerable.Range(0, deliveries).Select(i => Task.Run(async () =>
        {
            start.Wait();
            await InScopeAsync(provider => action(provider, i));
        })).ToList();
        start.Set();
        await Task.WhenAll(tasks);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task InScopeAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = _provider.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public Task<T> CommissionsAsync<T>(Func<IAffiliateCommissionService, Task<T>> action) =>
        InScopeAsync(provider => action(provider.GetRequiredService<IAffiliateCommissionService>()));

    public Task<AffiliateCommission> CreditAsync(Order order, AttributionSource source = AttributionSource.Link, int affiliateId = AliceId) =>
        CommissionsAsync(s => s.CreditOrderAsync(order, new OrderAttribution(affiliateId, source, source == AttributionSource.Link ? 5 : 0,
            source == AttributionSource.Coupon ? "ALICE10" : null, source == AttributionSource.Link ? 99 : 0)));

    public Task<AffiliateCommission> ReloadAsync(int orderId) => CommissionsAsync(s => s.GetCommissionByOrderIdAsync(orderId));

    public Task<IList<AffiliateCommissionEntry>> EntriesAsync(int commissionId) => CommissionsAsync(s => s.GetEntriesAsync(commissionId));

    public Task LifecycleAsync(Func<OrderLifecycleEventConsumer, Task> handle) =>
        InScopeAsync(provider => handle(provider.GetRequiredService<OrderLifecycleEventConsumer>()));

    public async Task<IList<TEntity>> AllAsync<TEntity>() where TEntity : BaseEntity =>
        await Database.CreateRepository<TEntity>().GetAllAsync(query => query.OrderBy(e => e.Id));

    public string[] PublishedStatuses(int orderId) => Published.Where(e => e.OrderId == orderId).Select(e => e.Status).ToArray();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    private void AddRepository<TEntity>(IServiceCollection services) where TEntity : BaseEntity =>
        services.AddScoped<IRepository<TEntity>>(_ => Database.CreateRepository<TEntity>());
}
