using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Models.Customer;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Coupons;
using Nop.Plugin.Affiliates.Tracking.Services.Links;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Services.Affiliates;
using Nop.Services.Discounts;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public class AffiliateAccountModelFactory : IAffiliateAccountModelFactory
{
    private readonly AffiliateTrackingSettings _settings;
    private readonly IAffiliateCouponService _couponService;
    private readonly IAffiliateLinkService _linkService;
    private readonly IAffiliateMemberService _memberService;
    private readonly IAffiliateService _affiliateService;
    private readonly IDiscountService _discountService;
    private readonly INopUrlHelper _nopUrlHelper;
    private readonly IWebHelper _webHelper;

    public AffiliateAccountModelFactory(AffiliateTrackingSettings settings,
        IAffiliateCouponService couponService,
        IAffiliateLinkService linkService,
        IAffiliateMemberService memberService,
        IAffiliateService affiliateService,
        IDiscountService discountService,
        INopUrlHelper nopUrlHelper,
        IWebHelper webHelper)
    {
        _settings = settings;
        _couponService = couponService;
        _linkService = linkService;
        _memberService = memberService;
        _affiliateService = affiliateService;
        _discountService = discountService;
        _nopUrlHelper = nopUrlHelper;
        _webHelper = webHelper;
    }

    /// <inheritdoc />
    public async Task<AffiliateAccountModel> PrepareAccountModelAsync(Customer customer, AffiliateAccountModel posted = null)
    {
        ArgumentNullException.ThrowIfNull(customer);

        var member = await _memberService.GetMemberByCustomerIdAsync(customer.Id);
        var model = new AffiliateAccountModel
        {
            State = member?.Status switch
            {
                null => AffiliateAccountState.Apply,
                MemberStatus.Applied => AffiliateAccountState.Pending,
                MemberStatus.Rejected => AffiliateAccountState.Rejected,
                MemberStatus.Suspended => AffiliateAccountState.Suspended,
                _ => AffiliateAccountState.Dashboard
            }
        };

        if (model.State == AffiliateAccountState.Apply)
            model.Application = posted?.Application ?? new AffiliateApplicationModel();

        // Only an affiliate in good standing gets any of their data: what they did not see can not leak.
        if (model.State != AffiliateAccountState.Dashboard)
            return model;

        var affiliate = await _affiliateService.GetAffiliateByIdAsync(member.AffiliateId);
        var storeUrl = _webHelper.GetStoreLocation();
        if (affiliate is not null)
        {
            foreach (var coupon in (await _couponService.GetCouponsAsync(affiliateId: affiliate.Id)).Where(c => c.Active))
            {
                var discount = await _discountService.GetDiscountByIdAsync(coupon.DiscountId);
                if (discount is not { IsActive: true })
                    continue;

                model.Coupons.Add(new AffiliateCouponItemModel
                {
                    Code = coupon.CouponCode,
                    DiscountName = discount.Name,
                    ShareUrl = _couponService.GetCouponTrackingUrl(coupon, affiliate, storeUrl)
                });
            }
        }

        foreach (var link in await _linkService.GetLinksAsync(affiliateId: member.AffiliateId))
        {
            model.Links.Add(new AffiliateLinkItemModel
            {
                Id = link.Id,
                Slug = link.Slug,
                Url = GetShareLinkUrl(link),
                DestinationUrl = link.DestinationUrl,
                Active = link.Active,
                QrPngUrl = _nopUrlHelper.RouteUrl(AffiliateTrackingDefaults.AccountLinkQrRouteName, new { linkId = link.Id, format = "png" }),
                QrSvgUrl = _nopUrlHelper.RouteUrl(AffiliateTrackingDefaults.AccountLinkQrRouteName, new { linkId = link.Id, format = "svg" })
            });
        }

        model.LinkBuilder = posted?.LinkBuilder ?? new AffiliateLinkBuilderModel();
        model.PayoutEmail = posted?.PayoutEmail ?? new AffiliatePayoutEmailModel { PayoutEmail = member.PayoutEmail };

        return model;
    }

    /// <inheritdoc />
    public string GetShareLinkUrl(AffiliateLink link)
    {
        ArgumentNullException.ThrowIfNull(link);

        var prefix = AttributionSettingsRules.IsValidPathPrefix(_settings.ShortLinkPrefix)
            ? _settings.ShortLinkPrefix
            : AttributionSettingsRules.DefaultShortLinkPrefix;

        return _webHelper.GetStoreLocation().TrimEnd('/') + "/" + prefix + "/" + Uri.EscapeDataString(link.Slug);
    }
}
