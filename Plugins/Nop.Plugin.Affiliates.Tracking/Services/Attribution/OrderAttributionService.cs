using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Discounts;
using Nop.Services.Orders;

namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

public class OrderAttributionService : IOrderAttributionService
{
    private readonly IAffiliateMemberService _memberService;
    private readonly IAttributionLookupService _lookupService;
    private readonly IAttributionRecordingService _recordingService;
    private readonly ICustomerService _customerService;
    private readonly IDiscountService _discountService;
    private readonly ILifetimeReferralService _lifetimeReferralService;
    private readonly IOrderService _orderService;
    private readonly IRepository<AffiliateAttribution> _attributionRepository;
    private readonly IRepository<AffiliateClick> _clickRepository;
    private readonly IRepository<AffiliateCoupon> _couponRepository;
    private readonly ISettingService _settingService;

    public OrderAttributionService(IAffiliateMemberService memberService,
        IAttributionLookupService lookupService,
        IAttributionRecordingService recordingService,
        ICustomerService customerService,
        IDiscountService discountService,
        ILifetimeReferralService lifetimeReferralService,
        IOrderService orderService,
        IRepository<AffiliateAttribution> attributionRepository,
        IRepository<AffiliateClick> clickRepository,
        IRepository<AffiliateCoupon> couponRepository,
        ISettingService settingService)
    {
        _memberService = memberService;
        _lookupService = lookupService;
        _recordingService = recordingService;
        _customerService = customerService;
        _discountService = discountService;
        _lifetimeReferralService = lifetimeReferralService;
        _orderService = orderService;
        _attributionRepository = attributionRepository;
        _clickRepository = clickRepository;
        _couponRepository = couponRepository;
        _settingService = settingService;
    }

    /// <inheritdoc />
    public async Task<OrderAttribution> AttributeOrderAsync(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);

        // The order's store decides, not the current request: an order may be placed from a payment callback.
        var settings = await _settingService.LoadSettingAsync<AffiliateTrackingSettings>(order.StoreId);
        if (!settings.Enabled)
            return OrderAttribution.None;

        // A click may still sit in this node's buffer when the shopper checks out within the same second.
        await _recordingService.FlushBufferAsync();

        var attributions = await _attributionRepository.Table.Where(a => a.CustomerId == order.CustomerId).ToListAsync();
        var chosen = ClickAttributionRule.ChooseForOrder(
            attributions.Select(a => new ClickAttribution(a.AffiliateId, a.ClickedOnUtc, a.LinkId)),
            order.CreatedOnUtc, settings.AttributionModel, AttributionWindow.FromSetting(settings.AttributionWindowDays));

        // An affiliate's coupon in the order beats any share link: the shopper chose that affiliate's code.
        var result = await AttributeByCouponAsync(order);
        if (!result.IsCredited && chosen is not null && await IsCreditableAsync(chosen.AffiliateId, order.CustomerId))
            result = new OrderAttribution(chosen.AffiliateId, AttributionSource.Link, chosen.LinkId, ClickId: await FindClickIdAsync(attributions, chosen));

        // Third: the affiliate who first referred this customer, when lifetime commissions are on.
        if (!result.IsCredited)
        {
            var referral = await _lifetimeReferralService.GetCreditingReferralAsync(order.CustomerId, order.CreatedOnUtc, settings);
            if (referral is not null && await IsCreditableAsync(referral.AffiliateId, order.CustomerId))
                result = new OrderAttribution(referral.AffiliateId, AttributionSource.Lifetime);
        }

        // An affiliate buying through their own link (or a suspended member's link) credits nobody, core included.
        var refusedOnOrder = !result.IsCredited && order.AffiliateId > 0
            && await _memberService.CheckReferralAsync(order.AffiliateId, order.CustomerId) != ReferralVerdict.Allowed;

        // nopCommerce copied customer.AffiliateId onto the order. Overwrite it only where the plugin knows better: a
        // window it tracks, or a window of its own that has ended. An affiliate the admin assigned by hand stays.
        var fromExpiredWindow = !result.IsCredited && attributions.Any(a => a.AffiliateId == order.AffiliateId);
        if ((result.IsCredited && order.AffiliateId != result.AffiliateId) || ((fromExpiredWindow || refusedOnOrder) && order.AffiliateId != 0))
        {
            order.AffiliateId = result.AffiliateId;
            await _orderService.UpdateOrderAsync(order);
        }

        if (fromExpiredWindow)
            await ClearCustomerAffiliateAsync(order.CustomerId, attributions.Select(a => a.AffiliateId).ToHashSet());

        return result;
    }

    // nopCommerce writes the usage history of every applied discount before OrderPlacedEvent. With several affiliate
    // coupons in one order, the one applied first (lowest usage-history id) credits the order, so exactly one affiliate does.
    private async Task<OrderAttribution> AttributeByCouponAsync(Order order)
    {
        var usage = await _discountService.GetAllDiscountUsageHistoryAsync(orderId: order.Id);
        if (usage.Count == 0)
            return OrderAttribution.None;

        var discountIds = usage.Select(history => history.DiscountId).Distinct().ToList();
        var coupons = (await _couponRepository.Table.Where(c => discountIds.Contains(c.DiscountId)).ToListAsync())
            .ToDictionary(c => c.DiscountId);

        foreach (var history in usage.OrderBy(history => history.Id))
        {
            if (coupons.TryGetValue(history.DiscountId, out var coupon) && await IsCreditableAsync(coupon.AffiliateId, order.CustomerId))
                return new OrderAttribution(coupon.AffiliateId, AttributionSource.Coupon, CouponCode: coupon.CouponCode);
        }

        return OrderAttribution.None;
    }

    // The click row is written by the buffer, so its id is not on the attribution; the visitor's latest click of the
    // affiliate up to the attributed click time is the one (with the window's skew tolerance for web-farm clocks).
    private async Task<int> FindClickIdAsync(IEnumerable<AffiliateAttribution> attributions, ClickAttribution chosen)
    {
        var row = attributions.FirstOrDefault(a => a.AffiliateId == chosen.AffiliateId && a.ClickedOnUtc == chosen.ClickedOnUtc && a.LinkId == chosen.LinkId);
        if (row is null)
            return 0;

        var latest = row.ClickedOnUtc + AttributionWindow.ClockSkewTolerance;
        return await _clickRepository.Table
            .Where(c => c.VisitorId == row.VisitorId && c.AffiliateId == row.AffiliateId && c.CreatedOnUtc <= latest)
            .OrderByDescending(c => c.CreatedOnUtc)
            .Select(c => c.Id)
            .FirstOrDefaultAsync();
    }

    private async Task<bool> IsCreditableAsync(int affiliateId, int customerId) =>
        await _lookupService.ResolveAffiliateIdAsync(affiliateId) > 0
        && await _memberService.CheckReferralAsync(affiliateId, customerId) == ReferralVerdict.Allowed;

    private async Task ClearCustomerAffiliateAsync(int customerId, ISet<int> expiredAffiliateIds)
    {
        var customer = await _customerService.GetCustomerByIdAsync(customerId);
        if (customer is null || !expiredAffiliateIds.Contains(customer.AffiliateId))
            return;

        customer.AffiliateId = 0;
        await _customerService.UpdateCustomerAsync(customer);
    }
}
