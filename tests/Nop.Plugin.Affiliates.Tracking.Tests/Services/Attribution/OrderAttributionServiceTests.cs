using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Plugin.Affiliates.Tracking.Testing.Data;
using Nop.Plugin.Affiliates.Tracking.Tests.TestSupport;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Discounts;
using Nop.Services.Orders;

namespace Nop.Plugin.Affiliates.Tracking.Tests.Services.Attribution;

[TestFixtureSource(typeof(DatabaseEngines), nameof(DatabaseEngines.All))]
public class OrderAttributionServiceTests : DatabaseFixture
{
    private const int StoreId = 3;
    private const int CustomerId = 42;
    private const int AliceId = 7;
    private const int BobId = 8;
    private const int InactiveId = 9;

    private static readonly DateTime ClickedOnUtc = new(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc);

    private AffiliateTrackingSettings _settings;
    private Mock<ISettingService> _settingService;
    private Mock<IOrderService> _orderService;
    private Mock<IDiscountService> _discountService;
    private List<DiscountUsageHistory> _usageHistory;
    private Mock<ICustomerService> _customerService;
    private Mock<IAttributionLookupService> _lookupService;
    private Mock<IAttributionRecordingService> _recordingService;
    private Customer _customer;
    private Mock<IAffiliateMemberService> _memberService;
    private Dictionary<(int AffiliateId, int CustomerId), ReferralVerdict> _verdicts;

    public OrderAttributionServiceTests(DatabaseEngine engine) : base(engine)
    {
    }

    [SetUp]
    public async Task SetUpAsync()
    {
        await Database.ClearAllTablesAsync();

        _settings = new AffiliateTrackingSettings { AttributionWindowDays = 30, AttributionModel = AttributionModel.LastClick };
        _settingService = new Mock<ISettingService>();
        // Any other store has the plugin switched off, so reading the wrong store's settings shows up as "not credited".
        _settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(It.IsAny<int>())).ReturnsAsync(new AffiliateTrackingSettings { Enabled = false });
        _settingService.Setup(s => s.LoadSettingAsync<AffiliateTrackingSettings>(StoreId)).ReturnsAsync(() => _settings);

        _orderService = new Mock<IOrderService>();
        _usageHistory = [];
        _discountService = new Mock<IDiscountService>();
        _discountService.Setup(s => s.GetAllDiscountUsageHistoryAsync(null, null, It.IsAny<int?>(), true, 0, int.MaxValue))
            .ReturnsAsync((int? _, int? _, int? orderId, bool _, int _, int _) =>
                new PagedList<DiscountUsageHistory>(_usageHistory.Where(h => h.OrderId == orderId).ToList(), 0, int.MaxValue));
        _customer = new Customer { Id = CustomerId };
        _customerService = new Mock<ICustomerService>();
        _customerService.Setup(s => s.GetCustomerByIdAsync(CustomerId)).ReturnsAsync(_customer);

        _lookupService = new Mock<IAttributionLookupService>();
        _lookupService.Setup(s => s.ResolveAffiliateIdAsync(It.IsAny<int>())).ReturnsAsync((int id) => id == InactiveId ? 0 : id);
        _recordingService = new Mock<IAttributionRecordingService>();

        // Every referral is allowed unless a test says otherwise; the verdicts themselves are tested in Rules and Members.
        _verdicts = new();
        _memberService = new Mock<IAffiliateMemberService>();
        _memberService.Setup(s => s.CheckReferralAsync(It.IsAny<int>(), It.IsAny<int>()))
            .ReturnsAsync((int affiliateId, int customerId) => _verdicts.GetValueOrDefault((affiliateId, customerId), ReferralVerdict.Allowed));
    }

    private OrderAttributionService CreateService() => new(_memberService.Object, _lookupService.Object, _recordingService.Object, _customerService.Object,
        _discountService.Object, new LifetimeReferralService(Database.CreateRepository<AffiliateLifetimeReferral>()), _orderService.Object,
        Database.CreateRepository<AffiliateAttribution>(), Database.CreateRepository<AffiliateClick>(),
        Database.CreateRepository<AffiliateCoupon>(), _settingService.Object);

    private async Task InsertAttributionAsync(int affiliateId, DateTime clickedOnUtc, int customerId = CustomerId, int linkId = 5)
    {
        await Database.CreateRepository<AffiliateAttribution>().InsertAsync(new AffiliateAttribution
        {
            VisitorId = Guid.NewGuid(),
            CustomerId = customerId,
            AffiliateId = affiliateId,
            LinkId = linkId,
            ClickedOnUtc = clickedOnUtc,
            UpdatedOnUtc = clickedOnUtc
        });
    }

    private static Order NewOrder(DateTime createdOnUtc, int affiliateId = 0, int storeId = StoreId) =>
        new() { Id = 1000, StoreId = storeId, CustomerId = CustomerId, AffiliateId = affiliateId, CreatedOnUtc = createdOnUtc };

    [Test]
    public async Task AttributeOrderAsync_Day29AfterClick_CreditsAffiliateAndUpdatesOrderOnce()
    {
        await InsertAttributionAsync(AliceId, ClickedOnUtc, linkId: 5);
        var order = NewOrder(ClickedOnUtc.AddDays(29));

        var result = await CreateService().AttributeOrderAsync(order);

        Assert.That(result, Is.EqualTo(new OrderAttribution(AliceId, AttributionSource.Link, 5)));
        Assert.That(order.AffiliateId, Is.EqualTo(AliceId));
        _orderService.Verify(s => s.UpdateOrderAsync(It.Is<Order>(o => o.Id == 1000 && o.AffiliateId == AliceId)), Times.Once);
    }

    [Test]
    public async Task AttributeOrderAsync_OrderAlreadyCarriesTheAffiliate_DoesNotUpdateOrder()
    {
        await InsertAttributionAsync(AliceId, ClickedOnUtc);
        var order = NewOrder(ClickedOnUtc.AddDays(1), affiliateId: AliceId);

        var result = await CreateService().AttributeOrderAsync(order);

        Assert.That(result.AffiliateId, Is.EqualTo(AliceId));
        _orderService.Verify(s => s.UpdateOrderAsync(It.IsAny<Order>()), Times.Never);
    }

    [TestCase(30)]
    [TestCase(31)]
    public async Task AttributeOrderAsync_AtOrAfterWindowEnd_DoesNotCredit(int days)
    {
        await InsertAttributionAsync(AliceId, ClickedOnUtc);
        var order = NewOrder(ClickedOnUtc.AddDays(days));

        var result = await CreateService().AttributeOrderAsync(order);

        Assert.That(result.IsCredited, Is.False);
        Assert.That(order.AffiliateId, Is.Zero);
        _orderService.Verify(s => s.UpdateOrderAsync(It.IsAny<Order>()), Times.Never);
    }

    [Test]
    public async Task AttributeOrderAsync_JustBeforeWindowEnd_Credits()
    {
        await InsertAttributionAsync(AliceId, ClickedOnUtc);
        var order = NewOrder(ClickedOnUtc.AddDays(30).AddSeconds(-1));

        var result = await CreateService().AttributeOrderAsync(order);

        Assert.That(result.AffiliateId, Is.EqualTo(AliceId));
    }

    [Test]
    public async Task AttributeOrderAsync_ShorterWindowSetForStore_UsesIt()
    {
        _settings.AttributionWindowDays = 7;
        await InsertAttributionAsync(AliceId, ClickedOnUtc);

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddDays(8)));

        Assert.That(result.IsCredited, Is.False);
    }

    [Test]
    public async Task AttributeOrderAsync_OrderAnHourBeforeClick_DoesNotCredit()
    {
        await InsertAttributionAsync(AliceId, ClickedOnUtc);

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddHours(-1)));

        Assert.That(result.IsCredited, Is.False);
    }

    [Test]
    public async Task AttributeOrderAsync_OrderClockOneMinuteBehindClickNode_Credits()
    {
        // Web-farm nodes' clocks differ a little; that is not an order placed before the click.
        await InsertAttributionAsync(AliceId, ClickedOnUtc);

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddMinutes(-1)));

        Assert.That(result.AffiliateId, Is.EqualTo(AliceId));
    }

    [TestCase(AttributionModel.LastClick, BobId, 6)]
    [TestCase(AttributionModel.FirstClick, AliceId, 5)]
    public async Task AttributeOrderAsync_TwoDevicesOfOneCustomer_ModelPicksClick(AttributionModel model, int expectedAffiliateId, int expectedLinkId)
    {
        _settings.AttributionModel = model;
        await InsertAttributionAsync(AliceId, ClickedOnUtc, linkId: 5);
        await InsertAttributionAsync(BobId, ClickedOnUtc.AddDays(5), linkId: 6);
        var order = NewOrder(ClickedOnUtc.AddDays(10));

        var result = await CreateService().AttributeOrderAsync(order);

        Assert.That(result, Is.EqualTo(new OrderAttribution(expectedAffiliateId, AttributionSource.Link, expectedLinkId)));
        Assert.That(order.AffiliateId, Is.EqualTo(expectedAffiliateId));
    }

    [Test]
    public async Task AttributeOrderAsync_FirstClickExpiredSecondInside_CreditsSecond()
    {
        _settings.AttributionModel = AttributionModel.FirstClick;
        await InsertAttributionAsync(AliceId, ClickedOnUtc);
        await InsertAttributionAsync(BobId, ClickedOnUtc.AddDays(20));

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddDays(35)));

        Assert.That(result.AffiliateId, Is.EqualTo(BobId));
    }

    [Test]
    public async Task AttributeOrderAsync_OtherCustomersAttribution_IsIgnored()
    {
        await InsertAttributionAsync(AliceId, ClickedOnUtc, customerId: 99);

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddDays(1)));

        Assert.That(result.IsCredited, Is.False);
        _orderService.Verify(s => s.UpdateOrderAsync(It.IsAny<Order>()), Times.Never);
    }

    [Test]
    public async Task AttributeOrderAsync_OrderAffiliateFromExpiredPluginAttribution_ResetsOrderAndCustomer()
    {
        await InsertAttributionAsync(AliceId, ClickedOnUtc);
        _customer.AffiliateId = AliceId;
        var order = NewOrder(ClickedOnUtc.AddDays(31), affiliateId: AliceId);

        var result = await CreateService().AttributeOrderAsync(order);

        Assert.That(result.IsCredited, Is.False);
        Assert.That(order.AffiliateId, Is.Zero);
        _orderService.Verify(s => s.UpdateOrderAsync(It.Is<Order>(o => o.Id == 1000 && o.AffiliateId == 0)), Times.Once);
        Assert.That(_customer.AffiliateId, Is.Zero);
        _customerService.Verify(s => s.UpdateCustomerAsync(It.Is<Customer>(c => c.Id == CustomerId && c.AffiliateId == 0)), Times.Once);
    }

    [Test]
    public async Task AttributeOrderAsync_AffiliateAssignedByHandWithoutAttribution_IsLeftAlone()
    {
        _customer.AffiliateId = BobId;
        var order = NewOrder(ClickedOnUtc.AddDays(1), affiliateId: BobId);

        var result = await CreateService().AttributeOrderAsync(order);

        Assert.That(result.IsCredited, Is.False);
        Assert.That(order.AffiliateId, Is.EqualTo(BobId));
        Assert.That(_customer.AffiliateId, Is.EqualTo(BobId));
        _orderService.Verify(s => s.UpdateOrderAsync(It.IsAny<Order>()), Times.Never);
        _customerService.Verify(s => s.UpdateCustomerAsync(It.IsAny<Customer>()), Times.Never);
    }

    [Test]
    public async Task AttributeOrderAsync_AffiliateAssignedByHandAndExpiredAttributionOfAnother_KeepsHandAssignment()
    {
        await InsertAttributionAsync(AliceId, ClickedOnUtc);
        _customer.AffiliateId = BobId;
        var order = NewOrder(ClickedOnUtc.AddDays(40), affiliateId: BobId);

        await CreateService().AttributeOrderAsync(order);

        Assert.That(order.AffiliateId, Is.EqualTo(BobId));
        _orderService.Verify(s => s.UpdateOrderAsync(It.IsAny<Order>()), Times.Never);
        _customerService.Verify(s => s.UpdateCustomerAsync(It.IsAny<Customer>()), Times.Never);
    }

    [Test]
    public async Task AttributeOrderAsync_PluginDisabledForOrderStore_DoesNothing()
    {
        _settings.Enabled = false;
        await InsertAttributionAsync(AliceId, ClickedOnUtc);
        var order = NewOrder(ClickedOnUtc.AddDays(1));

        var result = await CreateService().AttributeOrderAsync(order);

        Assert.That(result, Is.SameAs(OrderAttribution.None));
        Assert.That(order.AffiliateId, Is.Zero);
        _recordingService.Verify(s => s.FlushBufferAsync(), Times.Never);
        _orderService.VerifyNoOtherCalls();
        _customerService.VerifyNoOtherCalls();
    }

    [Test]
    public async Task AttributeOrderAsync_InactiveAffiliate_IsNotCredited()
    {
        await InsertAttributionAsync(InactiveId, ClickedOnUtc);
        var order = NewOrder(ClickedOnUtc.AddDays(1));

        var result = await CreateService().AttributeOrderAsync(order);

        Assert.That(result.IsCredited, Is.False);
        Assert.That(order.AffiliateId, Is.Zero);
        _lookupService.Verify(s => s.ResolveAffiliateIdAsync(InactiveId), Times.Once);
        _orderService.Verify(s => s.UpdateOrderAsync(It.IsAny<Order>()), Times.Never);
    }

    [Test]
    public async Task AttributeOrderAsync_InactiveAffiliateCopiedOntoOrder_ResetsOrder()
    {
        await InsertAttributionAsync(InactiveId, ClickedOnUtc);
        var order = NewOrder(ClickedOnUtc.AddDays(1), affiliateId: InactiveId);

        await CreateService().AttributeOrderAsync(order);

        Assert.That(order.AffiliateId, Is.Zero);
        _orderService.Verify(s => s.UpdateOrderAsync(order), Times.Once);
    }

    [Test]
    public async Task AttributeOrderAsync_ClickStillInBuffer_FlushesBeforeReading()
    {
        // The click reaches the database only when the buffer is flushed; crediting it proves the flush came first.
        _recordingService.Setup(s => s.FlushBufferAsync()).Returns(() => InsertAttributionAsync(AliceId, ClickedOnUtc));
        var order = NewOrder(ClickedOnUtc.AddSeconds(1));

        var result = await CreateService().AttributeOrderAsync(order);

        Assert.That(result.AffiliateId, Is.EqualTo(AliceId));
        _recordingService.Verify(s => s.FlushBufferAsync(), Times.Once);
    }

    [Test]
    public async Task AttributeOrderAsync_LoadsSettingsForOrderStore()
    {
        await InsertAttributionAsync(AliceId, ClickedOnUtc);

        var credited = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddDays(1)));
        var otherStore = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddDays(1), storeId: 4));

        Assert.That(credited.AffiliateId, Is.EqualTo(AliceId));
        Assert.That(otherStore.IsCredited, Is.False);
        _settingService.Verify(s => s.LoadSettingAsync<AffiliateTrackingSettings>(StoreId), Times.Once);
        _settingService.Verify(s => s.LoadSettingAsync<AffiliateTrackingSettings>(4), Times.Once);
        _settingService.Verify(s => s.LoadSettingAsync<AffiliateTrackingSettings>(0), Times.Never);
    }

    [Test]
    public void AttributeOrderAsync_NullOrder_Throws()
    {
        Assert.ThrowsAsync<ArgumentNullException>(() => CreateService().AttributeOrderAsync(null));
    }
    private async Task InsertCouponAsync(int affiliateId, int discountId, string code)
    {
        await Database.CreateRepository<AffiliateCoupon>().InsertAsync(new AffiliateCoupon
        {
            AffiliateId = affiliateId,
            DiscountId = discountId,
            TemplateDiscountId = 1,
            CouponCode = code,
            TemplateAffiliateKey = $"1:{affiliateId}:{discountId}",
            Active = true,
            CreatedOnUtc = ClickedOnUtc
        });
    }

    private void AddUsage(int id, int discountId, int orderId = 1000) =>
        _usageHistory.Add(new DiscountUsageHistory { Id = id, DiscountId = discountId, OrderId = orderId, CreatedOnUtc = ClickedOnUtc });

    [Test]
    public async Task AttributeOrderAsync_AffiliateCouponInOrder_CreditsCouponOwnerOverAnotherAffiliatesLink()
    {
        await InsertAttributionAsync(AliceId, ClickedOnUtc, linkId: 5);
        await InsertCouponAsync(BobId, discountId: 50, "BOB1234");
        AddUsage(1, discountId: 50);
        var order = NewOrder(ClickedOnUtc.AddDays(1), affiliateId: AliceId);

        var result = await CreateService().AttributeOrderAsync(order);

        Assert.That(result, Is.EqualTo(new OrderAttribution(BobId, AttributionSource.Coupon, 0, "BOB1234")));
        Assert.That(order.AffiliateId, Is.EqualTo(BobId));
        _orderService.Verify(s => s.UpdateOrderAsync(It.Is<Order>(o => o.AffiliateId == BobId)), Times.Once);
    }

    [Test]
    public async Task AttributeOrderAsync_TwoAffiliateCoupons_CreditsOnlyTheFirstApplied()
    {
        await InsertCouponAsync(AliceId, discountId: 50, "ALICE123");
        await InsertCouponAsync(BobId, discountId: 51, "BOB1234");
        AddUsage(8, discountId: 51);
        AddUsage(9, discountId: 50);
        var order = NewOrder(ClickedOnUtc);

        var result = await CreateService().AttributeOrderAsync(order);
        var again = await CreateService().AttributeOrderAsync(order);

        Assert.That(result.AffiliateId, Is.EqualTo(BobId));
        Assert.That(result.CouponCode, Is.EqualTo("BOB1234"));
        Assert.That(again, Is.EqualTo(result));
        Assert.That(order.AffiliateId, Is.EqualTo(BobId));
        _orderService.Verify(s => s.UpdateOrderAsync(It.IsAny<Order>()), Times.Once);
    }

    [Test]
    public async Task AttributeOrderAsync_AffiliatesOwnLink_CreditsNobodyAndClearsOrder()
    {
        // The shopper is Alice's member account; core copied Alice onto the order from the customer record.
        _verdicts[(AliceId, CustomerId)] = ReferralVerdict.SelfReferral;
        await InsertAttributionAsync(AliceId, ClickedOnUtc, linkId: 5);
        var order = NewOrder(ClickedOnUtc.AddDays(1), affiliateId: AliceId);

        var result = await CreateService().AttributeOrderAsync(order);

        Assert.That(result, Is.EqualTo(OrderAttribution.None));
        Assert.That(order.AffiliateId, Is.Zero);
        _orderService.Verify(s => s.UpdateOrderAsync(It.Is<Order>(o => o.AffiliateId == 0)), Times.Once);
    }

    [Test]
    public async Task AttributeOrderAsync_OwnCouponRefused_AnotherAffiliatesLinkStillCredits()
    {
        _verdicts[(BobId, CustomerId)] = ReferralVerdict.SelfReferral;
        await InsertAttributionAsync(AliceId, ClickedOnUtc, linkId: 5);
        await InsertCouponAsync(BobId, discountId: 50, "BOB1234");
        AddUsage(1, discountId: 50);

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddDays(1)));

        Assert.That(result, Is.EqualTo(new OrderAttribution(AliceId, AttributionSource.Link, 5)));
    }

    [Test]
    public async Task AttributeOrderAsync_SuspendedMembersLink_CreditsNobody()
    {
        _verdicts[(AliceId, CustomerId)] = ReferralVerdict.OwnerNotInGoodStanding;
        await InsertAttributionAsync(AliceId, ClickedOnUtc, linkId: 5);
        var order = NewOrder(ClickedOnUtc.AddDays(1));

        var result = await CreateService().AttributeOrderAsync(order);

        Assert.That(result.IsCredited, Is.False);
        Assert.That(order.AffiliateId, Is.Zero);
        _orderService.Verify(s => s.UpdateOrderAsync(It.IsAny<Order>()), Times.Never);
    }

    [Test]
    public async Task AttributeOrderAsync_OtherShopperOfSameAffiliate_StillCredited()
    {
        // Alice's own orders are refused; another customer's are not.
        _verdicts[(AliceId, 4242)] = ReferralVerdict.SelfReferral;
        await InsertAttributionAsync(AliceId, ClickedOnUtc, linkId: 5);

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddDays(1)));

        Assert.That(result.AffiliateId, Is.EqualTo(AliceId));
        _memberService.Verify(s => s.CheckReferralAsync(AliceId, CustomerId), Times.AtLeastOnce);
    }

    [Test]
    public async Task AttributeOrderAsync_CouponOfSuspendedAffiliate_FallsBackToLink()
    {
        await InsertAttributionAsync(AliceId, ClickedOnUtc, linkId: 5);
        await InsertCouponAsync(InactiveId, discountId: 50, "SLEEPY12");
        AddUsage(1, discountId: 50);

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddDays(1)));

        Assert.That(result, Is.EqualTo(new OrderAttribution(AliceId, AttributionSource.Link, 5)));
    }

    [Test]
    public async Task AttributeOrderAsync_OnlyOrdinaryDiscountsOrCouponsOfOtherOrders_KeepsLinkAttribution()
    {
        await InsertAttributionAsync(AliceId, ClickedOnUtc, linkId: 5);
        await InsertCouponAsync(BobId, discountId: 50, "BOB1234");
        AddUsage(1, discountId: 77);
        AddUsage(2, discountId: 50, orderId: 999);

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddDays(1)));

        Assert.That(result, Is.EqualTo(new OrderAttribution(AliceId, AttributionSource.Link, 5)));
    }

    [Test]
    public async Task AttributeOrderAsync_NoCouponAndNoLink_LeavesOrderUnchanged()
    {
        AddUsage(1, discountId: 77);
        var order = NewOrder(ClickedOnUtc);

        var result = await CreateService().AttributeOrderAsync(order);

        Assert.That(result.IsCredited, Is.False);
        Assert.That(order.AffiliateId, Is.Zero);
        _orderService.Verify(s => s.UpdateOrderAsync(It.IsAny<Order>()), Times.Never);
    }

    [Test]
    public async Task AttributeOrderAsync_PluginDisabled_IgnoresCoupons()
    {
        _settings.Enabled = false;
        await InsertCouponAsync(BobId, discountId: 50, "BOB1234");
        AddUsage(1, discountId: 50);

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc));

        Assert.That(result.IsCredited, Is.False);
    }

    // Lifetime referrals and click ids (issue 6)

    private async Task InsertReferralAsync(int affiliateId, DateTime referredOnUtc, int customerId = CustomerId) =>
        await Database.CreateRepository<AffiliateLifetimeReferral>().InsertAsync(new AffiliateLifetimeReferral
        {
            CustomerId = customerId,
            AffiliateId = affiliateId,
            FirstOrderId = 1,
            CreatedOnUtc = referredOnUtc
        });

    [Test]
    public async Task AttributeOrderAsync_LifetimeOffWithReferral_DoesNotCredit()
    {
        await InsertReferralAsync(BobId, ClickedOnUtc);

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddDays(60)));

        Assert.That(result.IsCredited, Is.False);
    }

    [Test]
    public async Task AttributeOrderAsync_LifetimeForeverNoCouponNoLink_CreditsReferrerAsLifetime()
    {
        _settings.LifetimeCommissionMode = LifetimeCommissionMode.Forever;
        await InsertReferralAsync(BobId, ClickedOnUtc);
        var order = NewOrder(ClickedOnUtc.AddYears(3));

        var result = await CreateService().AttributeOrderAsync(order);

        Assert.That(result, Is.EqualTo(new OrderAttribution(BobId, AttributionSource.Lifetime)));
        Assert.That(order.AffiliateId, Is.EqualTo(BobId));
    }

    [TestCase(5, true)]
    [TestCase(7, false)]
    public async Task AttributeOrderAsync_LifetimeForSixMonths_CreditsOnlyInsideThePeriod(int months, bool credited)
    {
        _settings.LifetimeCommissionMode = LifetimeCommissionMode.ForMonths;
        _settings.LifetimeCommissionMonths = 6;
        await InsertReferralAsync(BobId, ClickedOnUtc);

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddMonths(months)));

        Assert.That(result.IsCredited, Is.EqualTo(credited));
    }

    [Test]
    public async Task AttributeOrderAsync_LinkAndLifetime_LinkWins()
    {
        _settings.LifetimeCommissionMode = LifetimeCommissionMode.Forever;
        await InsertReferralAsync(BobId, ClickedOnUtc.AddDays(-100));
        await InsertAttributionAsync(AliceId, ClickedOnUtc, linkId: 5);

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddDays(1)));

        Assert.That(result.AffiliateId, Is.EqualTo(AliceId));
        Assert.That(result.Source, Is.EqualTo(AttributionSource.Link));
    }

    [Test]
    public async Task AttributeOrderAsync_CouponAndLifetime_CouponWins()
    {
        _settings.LifetimeCommissionMode = LifetimeCommissionMode.Forever;
        await InsertReferralAsync(AliceId, ClickedOnUtc.AddDays(-100));
        await InsertCouponAsync(BobId, discountId: 50, "BOB1234");
        AddUsage(1, discountId: 50);

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc));

        Assert.That(result.AffiliateId, Is.EqualTo(BobId));
        Assert.That(result.Source, Is.EqualTo(AttributionSource.Coupon));
    }

    [Test]
    public async Task AttributeOrderAsync_LifetimeReferrerInactive_DoesNotCredit()
    {
        _settings.LifetimeCommissionMode = LifetimeCommissionMode.Forever;
        await InsertReferralAsync(InactiveId, ClickedOnUtc);

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddDays(1)));

        Assert.That(result.IsCredited, Is.False);
    }

    [Test]
    public async Task AttributeOrderAsync_LinkWithRecordedClicks_RecordsTheVisitorsLatestClickUpToTheAttribution()
    {
        var visitorId = Guid.NewGuid();
        await Database.CreateRepository<AffiliateAttribution>().InsertAsync(new AffiliateAttribution
        {
            VisitorId = visitorId, CustomerId = CustomerId, AffiliateId = AliceId, LinkId = 5, ClickedOnUtc = ClickedOnUtc, UpdatedOnUtc = ClickedOnUtc
        });
        var clicks = Database.CreateRepository<AffiliateClick>();
        AffiliateClick Click(Guid visitor, DateTime on) => new() { AffiliateId = AliceId, LinkId = 5, VisitorId = visitor, LandingUrl = "/", CreatedOnUtc = on };
        var earlier = Click(visitorId, ClickedOnUtc.AddDays(-2));
        var matching = Click(visitorId, ClickedOnUtc);
        var otherVisitor = Click(Guid.NewGuid(), ClickedOnUtc);
        var later = Click(visitorId, ClickedOnUtc.AddDays(1));
        foreach (var click in new[] { earlier, matching, otherVisitor, later })
            await clicks.InsertAsync(click);

        var result = await CreateService().AttributeOrderAsync(NewOrder(ClickedOnUtc.AddDays(2)));

        Assert.That(result.ClickId, Is.EqualTo(matching.Id));
    }
}
