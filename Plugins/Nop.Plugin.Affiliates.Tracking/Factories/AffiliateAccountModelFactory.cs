using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Models.Customer;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Services.Coupons;
using Nop.Plugin.Affiliates.Tracking.Services.Links;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Plugin.Affiliates.Tracking.Services.Payouts;
using Nop.Plugin.Affiliates.Tracking.Services.Reports;
using Nop.Services.Affiliates;
using Nop.Services.Discounts;
using Nop.Services.Localization;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Affiliates.Tracking.Factories;

public class AffiliateAccountModelFactory : IAffiliateAccountModelFactory
{
    private readonly AffiliateTrackingSettings _settings;
    private readonly IAffiliateCommissionService _commissionService;
    private readonly IAffiliateCouponService _couponService;
    private readonly IAffiliateLinkService _linkService;
    private readonly IAffiliateMemberService _memberService;
    private readonly IAffiliatePayoutService _payoutService;
    private readonly IAffiliateService _affiliateService;
    private readonly IAffiliateStatisticsService _statisticsService;
    private readonly IDiscountService _discountService;
    private readonly ILocalizationService _localizationService;
    private readonly INopUrlHelper _nopUrlHelper;
    private readonly IPrimaryCurrencyCodeProvider _currencyCodeProvider;
    private readonly IWebHelper _webHelper;
    private readonly TimeProvider _timeProvider;

    public AffiliateAccountModelFactory(AffiliateTrackingSettings settings,
        IAffiliateCommissionService commissionService,
        IAffiliateCouponService couponService,
        IAffiliateLinkService linkService,
        IAffiliateMemberService memberService,
        IAffiliatePayoutService payoutService,
        IAffiliateService affiliateService,
        IAffiliateStatisticsService statisticsService,
        IDiscountService discountService,
        ILocalizationService localizationService,
        INopUrlHelper nopUrlHelper,
        IPrimaryCurrencyCodeProvider currencyCodeProvider,
        IWebHelper webHelper,
        TimeProvider timeProvider)
    {
        _settings = settings;
        _commissionService = commissionService;
        _couponService = couponService;
        _linkService = linkService;
        _memberService = memberService;
        _payoutService = payoutService;
        _affiliateService = affiliateService;
        _statisticsService = statisticsService;
        _discountService = discountService;
        _localizationService = localizationService;
        _nopUrlHelper = nopUrlHelper;
        _currencyCodeProvider = currencyCodeProvider;
        _webHelper = webHelper;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public async Task<AffiliateAccountModel> PrepareAccountModelAsync(Customer customer, AffiliateAccountModel posted = null, AffiliateDashboardQueryModel query = null)
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
        model.Statistics = await PrepareStatisticsModelAsync(member.AffiliateId, query ?? new AffiliateDashboardQueryModel());

        return model;
    }

    // Everything here is read by the member's own affiliate id; nothing in the query names an affiliate.
    private async Task<AffiliateStatisticsModel> PrepareStatisticsModelAsync(int affiliateId, AffiliateDashboardQueryModel query)
    {
        var today = DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime);
        var period = DashboardPeriodRule.Resolve(query.Days, query.From, query.To, today);
        var statistics = await _statisticsService.GetAffiliateStatisticsAsync(affiliateId, period.Period);
        var clicksLabel = await ResourceAsync("Account.Statistics.Clicks");
        var conversionsLabel = await ResourceAsync("Account.Statistics.Conversions");
        var model = new AffiliateStatisticsModel
        {
            From = period.Period.From,
            To = period.Period.To,
            SelectedDays = period.PresetDays,
            PresetDays = DashboardPeriodRule.PresetDays.ToList(),
            PeriodErrorResourceKey = period.Error == DashboardPeriodError.None ? null : AffiliateTrackingDefaults.LocalePrefix + "Account.Statistics.Errors." + period.Error,
            Clicks = statistics.Clicks,
            Conversions = statistics.Conversions,
            ConversionRatePercent = statistics.ConversionRatePercent,
            PendingEarnings = statistics.PendingEarnings,
            ApprovedEarnings = statistics.ApprovedEarnings,
            PaidEarnings = statistics.PaidEarnings,
            CurrencyCode = await _currencyCodeProvider.GetPrimaryCurrencyCodeAsync(),
            ChartSvg = DailyChartSvg.Write(statistics.Daily, clicksLabel, conversionsLabel)
        };

        var page = DashboardPeriodRule.ParsePage(query.Page);
        var commissions = await _commissionService.GetCommissionsByAffiliateIdAsync(affiliateId, pageIndex: page, pageSize: AffiliateStatisticsModel.CommissionPageSize);
        if (commissions.Count == 0 && commissions.TotalPages > 0 && page >= commissions.TotalPages)
            commissions = await _commissionService.GetCommissionsByAffiliateIdAsync(affiliateId, pageIndex: commissions.TotalPages - 1, pageSize: AffiliateStatisticsModel.CommissionPageSize);
        model.CommissionPage = commissions.PageIndex;
        model.CommissionTotalPages = commissions.TotalPages;
        foreach (var commission in commissions)
        {
            model.Commissions.Add(new AffiliateCommissionItemModel
            {
                OrderId = commission.OrderId,
                CreatedOnUtc = commission.CreatedOnUtc,
                SourceName = await ResourceAsync("Admin.Conversions.Source." + commission.Source),
                CouponCode = commission.CouponCode,
                Amount = commission.Amount,
                Status = commission.Status.ToString(),
                StatusName = await ResourceAsync("Commissions.Status." + commission.Status)
            });
        }

        foreach (var line in await _payoutService.GetPayoutsByAffiliateAsync(affiliateId))
        {
            model.Payouts.Add(new AffiliatePayoutItemModel
            {
                Reference = line.Reference,
                Amount = line.Amount,
                CurrencyCode = line.CurrencyCode,
                Status = line.Status.ToString(),
                StatusName = await ResourceAsync("Payouts.Status." + line.Status),
                CreatedOnUtc = line.CreatedOnUtc,
                PaidOnUtc = line.PaidOnUtc
            });
        }

        return model;
    }

    private Task<string> ResourceAsync(string key) => _localizationService.GetResourceAsync(AffiliateTrackingDefaults.LocalePrefix + key);

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
