using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Affiliates.Tracking.Factories;
using Nop.Plugin.Affiliates.Tracking.Services.Attribution;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Plugin.Affiliates.Tracking.Services.Coupons;
using Nop.Plugin.Affiliates.Tracking.Services.Links;
using Nop.Plugin.Affiliates.Tracking.Services.Payouts;
using Nop.Plugin.Affiliates.Tracking.Services.Reports;
using Nop.Plugin.Affiliates.Tracking.Services.Members;
using Nop.Plugin.Affiliates.Tracking.Services.Messages;
using Nop.Plugin.Affiliates.Tracking.Services.Postbacks;

namespace Nop.Plugin.Affiliates.Tracking.Infrastructure;

/// <summary>
/// Registers the plugin's services. Runs after the core registrations (Order 2000), so nothing here is overridden by core.
/// </summary>
public class NopStartup : INopStartup
{
    public int Order => 3000;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // One clock for every time decision, so tests and the sandbox can move it.
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<AttributionSettingsSnapshot>();
        services.AddSingleton<AttributionLookupCache>();
        services.AddSingleton<AttributionCookie>();
        services.AddSingleton<AttributionBuffer>();
        services.AddHostedService<AttributionBufferWriter>();

        services.AddScoped<IAffiliateLinkService, AffiliateLinkService>();
        services.AddScoped<IAttributionLookupService, AttributionLookupService>();
        services.AddSingleton<IAttributionRequestHandler, AttributionRequestHandler>();
        services.AddScoped<IAttributionRecordingService, AttributionRecordingService>();
        services.AddScoped<IOrderAttributionService, OrderAttributionService>();
        services.AddScoped<IAffiliateCouponService, AffiliateCouponService>();
        services.AddScoped<ICouponGenerationRequestValidator, CouponGenerationRequestValidator>();
        services.AddScoped<IDiscountTemplateCopier, DiscountTemplateCopier>();

        services.AddScoped<IAffiliateTrackingSettingsModelFactory, AffiliateTrackingSettingsModelFactory>();

        // Affiliate coupons admin page (issue 5)
        services.AddScoped<IAffiliateCouponModelFactory, AffiliateCouponModelFactory>();
        // Commission ledger and payouts (issue 6)
        services.AddScoped<ILifetimeReferralService, LifetimeReferralService>();
        services.AddScoped<ISelfReferralService, SelfReferralService>();
        services.AddScoped<IPrimaryCurrencyCodeProvider, PrimaryCurrencyCodeProvider>();
        services.AddScoped<ICommissionCalculationService, CommissionCalculationService>();
        services.AddScoped<ICommissionLedgerStore, CommissionLedgerStore>();
        services.AddScoped<IAffiliateCommissionService, AffiliateCommissionService>();
        // Payouts: the member's payout e-mail first, the affiliate's address e-mail as the fallback
        services.AddScoped<AffiliateAddressPayoutEmailProvider>();
        services.AddScoped<IPayoutEmailProvider, MemberPayoutEmailProvider>();
        services.AddScoped<IAffiliatePayoutService, AffiliatePayoutService>();
        services.AddScoped<CommissionLedgerTask>();
        // Reports: conversions report and dashboard statistics
        services.AddScoped<IConversionReportService, ConversionReportService>();
        services.AddScoped<IAffiliateStatisticsService, AffiliateStatisticsService>();
        // Dashboard click roll-up (issue 7)
        services.AddScoped<IClickRollupService, ClickRollupService>();
        services.AddScoped<IConversionReportModelFactory, ConversionReportModelFactory>();
        // Program membership, the affiliate area and the program's e-mails (issue 7)
        services.AddScoped<IAffiliateMemberService, AffiliateMemberService>();
        services.AddScoped<IAffiliateTrackingMessageService, AffiliateTrackingMessageService>();
        services.AddScoped<IShareLinkQrCodeService, ShareLinkQrCodeService>();
        services.AddScoped<IAffiliateAccountModelFactory, AffiliateAccountModelFactory>();
        services.AddScoped<IAffiliateMemberModelFactory, AffiliateMemberModelFactory>();
        // Postbacks (issue 6): redirects are not followed, the configured URL is the receiver.
        services.AddHttpClient(AffiliateTrackingDefaults.PostbackHttpClientName, client => client.Timeout = TimeSpan.FromSeconds(AffiliateTrackingDefaults.PostbackTimeoutSeconds))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddScoped<IAffiliatePostbackService, AffiliatePostbackService>();
        services.AddScoped<IPostbackDeliveryService, PostbackDeliveryService>();

        // Admin links page (issues 4/7)
        services.AddScoped<IAffiliateLinkModelFactory, AffiliateLinkModelFactory>();

        // Per-affiliate commission overrides (issue 7)
        services.AddScoped<ICommissionRateService, CommissionRateService>();
        services.AddScoped<ICommissionRateModelFactory, CommissionRateModelFactory>();
        // Payouts admin page
        services.AddScoped<IAffiliatePayoutModelFactory, AffiliatePayoutModelFactory>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }
}
