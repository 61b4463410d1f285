namespace Nop.Plugin.Affiliates.Tracking;

/// <summary>
/// Names and limits the plugin uses in more than one place.
/// </summary>
public static class AffiliateTrackingDefaults
{
    public const string SystemName = "Affiliates.Tracking";

    public const string PluginFolderName = "Affiliates.Tracking";

    public const string ViewRoot = "~/Plugins/" + PluginFolderName + "/Views/";

    public const string LocalePrefix = "Plugins.Affiliates.Tracking.";

    public const string TablePrefix = "AffiliateTracking";

    public const string ConfigurationRouteName = "Plugin.Affiliates.Tracking.Configure";

    /// <summary>
    /// Controller name without the suffix, as routes and menu URLs use it.
    /// </summary>
    public const string AdminControllerName = "AffiliateTrackingAdmin";

    public const string AdminMenuSystemName = "Affiliates.Tracking";

    /// <summary>
    /// The core admin menu item the plugin's entry follows (Promotions → Affiliates).
    /// </summary>
    public const string CoreAffiliatesMenuSystemName = "Affiliates";

    public const string CorePromotionsMenuSystemName = "Promotions";

    /// <summary>
    /// Set by UninstallAsync when the owner chose to drop the plugin's tables; read by the schema migration's Down.
    /// </summary>
    public const string DropTablesOnUninstallSettingKey = "affiliatetracking.droptablesonuninstall";

    /// <summary>
    /// Appended to nopCommerce's cookie prefix: the attribution cookie is ".Nop.AffiliateTracking".
    /// </summary>
    public const string CookieNameSuffix = ".AffiliateTracking";

    public const string CoreAffiliateIdQueryParameter = "affiliateid";

    public const string CoreAffiliateQueryParameter = "affiliate";

    /// <summary>
    /// nopCommerce's scheduled tasks post here; such requests are never attributed.
    /// </summary>
    public const string ScheduleTaskPath = "/scheduletask/runtask";

    public const string AdminPathPrefix = "admin";

    public const int SlugMaxLength = 64;

    public const int UrlMaxLength = 2048;

    public const int CouponCodeMaxLength = 40;

    public const int HostMaxLength = 255;

    /// <summary>
    /// Two int ids and a colon: "{templateId}:{affiliateId}".
    /// </summary>
    public const int TemplateAffiliateKeyMaxLength = 25;

    /// <summary>
    /// nopCommerce's Discount.Name column is nvarchar(200).
    /// </summary>
    public const int DiscountNameMaxLength = 200;

    public const int CouponJobNoteMaxLength = 400;

    public const int CouponJobPrefixMaxLength = 20;

    /// <summary>
    /// A requirement group nopCommerce's admin creates when the first requirement is added ("Default requirement group");
    /// generated discounts get one so the plugin's requirement is always evaluated.
    /// </summary>
    public const string DefaultRequirementGroupName = "Default requirement group";

    public const int DefaultCouponBatchSize = 250;

    /// <summary>
    /// Random characters after the affiliate's name when a code is made or regenerated from the name.
    /// </summary>
    public const int DefaultCouponSuffixLength = 4;

    public const int UtmValueMaxLength = 200;

    public const int IpHashLength = 64;

    public const int CurrencyCodeMaxLength = 5;

    // Affiliate coupons admin page (issue 5)
    public const string CouponControllerName = "AffiliateTrackingCoupon";

    public const string CouponsRouteName = "Plugin.Affiliates.Tracking.Admin.Coupons";

    public const string CouponsGenerateRouteName = "Plugin.Affiliates.Tracking.Admin.Coupons.Generate";

    public const string CouponsProcessBatchRouteName = "Plugin.Affiliates.Tracking.Admin.Coupons.ProcessBatch";

    public const string CouponsSyncRouteName = "Plugin.Affiliates.Tracking.Admin.Coupons.Sync";

    public const string CouponsDeactivateRouteName = "Plugin.Affiliates.Tracking.Admin.Coupons.Deactivate";

    public const string CouponsRegenerateRouteName = "Plugin.Affiliates.Tracking.Admin.Coupons.Regenerate";

    public const string CouponsMenuSystemName = AdminMenuSystemName + ".Coupons";

    public const int CouponListPageSize = 50;

    /// <summary>
    /// The largest batch the progress page may ask for in one request.
    /// </summary>
    public const int MaxCouponBatchSize = 1000;

    /// <summary>
    /// nopCommerce's admin discount edit page, relative to the store location (Admin/{controller}/{action}/{id}).
    /// </summary>
    public const string CoreDiscountEditPath = "Admin/Discount/Edit/";
    // Commission ledger (issue 6)

    public const int LedgerEntryKeyMaxLength = 100;

    public const int LedgerNoteMaxLength = 20;

    /// <summary>
    /// "{affiliateId}:{categoryId}".
    /// </summary>
    public const int CommissionRateKeyMaxLength = 25;

    public const int PayoutReferenceMaxLength = 100;

    /// <summary>
    /// nopCommerce's Address.Email length; payout lines copy the address e-mail of affiliates without a membership.
    /// </summary>
    public const int AddressEmailMaxLength = 255;

    /// <summary>
    /// Type name stored in nopCommerce's ScheduleTask table for the ledger task (type name and assembly, as core's tasks).
    /// </summary>
    public const string CommissionLedgerTaskType = "Nop.Plugin.Affiliates.Tracking.Services.Commissions.CommissionLedgerTask, Nop.Plugin.Affiliates.Tracking";

    public const string CommissionLedgerTaskName = "Affiliate commissions: reconcile with orders and approve";

    /// <summary>
    /// One hour: refunds and status edits that raised no event are caught within the hour, approvals are due by the day.
    /// </summary>
    public const int CommissionLedgerTaskSeconds = 3600;

    /// <summary>
    /// Commissions the reconciliation reads per query.
    /// </summary>
    public const int LedgerReconcileBatchSize = 500;
    // Reports: conversions report routes
    public const string ConversionControllerName = "AffiliateTrackingConversion";

    public const string ConversionsRouteName = "Plugin.Affiliates.Tracking.Admin.Conversions";

    public const string ConversionListRouteName = "Plugin.Affiliates.Tracking.Admin.ConversionList";

    public const string ConversionExportRouteName = "Plugin.Affiliates.Tracking.Admin.ConversionExport";
    // Program membership and the affiliate area (issue 7)
    public const int EmailMaxLength = 254;

    public const int MemberMessageMaxLength = 1000;

    public const string AccountRouteName = "Plugin.Affiliates.Tracking.Account";

    /// <summary>
    /// The affiliate area's path after the language segment, beside nopCommerce's customer/info, customer/orders, ….
    /// </summary>
    public const string AccountPath = "customer/affiliate";

    public const string MembersAdminPath = "Admin/AffiliateTracking/Members";

    public const string MembersAdminRouteName = "Plugin.Affiliates.Tracking.Admin.Members";

    public const string AccountApplyRouteName = "Plugin.Affiliates.Tracking.Account.Apply";

    public const string AccountPayoutEmailRouteName = "Plugin.Affiliates.Tracking.Account.PayoutEmail";

    public const string AccountCreateLinkRouteName = "Plugin.Affiliates.Tracking.Account.CreateLink";

    public const string AccountLinkQrRouteName = "Plugin.Affiliates.Tracking.Account.LinkQr";

    public const string AccountControllerName = "AffiliateTrackingAccount";

    public const string MemberAdminControllerName = "AffiliateTrackingMember";

    public const string MembersMenuSystemName = "Affiliates.Tracking.Members";

    /// <summary>
    /// The "My account" tab of the affiliate area, outside core's 0–150 range.
    /// </summary>
    public const int AccountNavigationTabId = 200;

    /// <summary>
    /// nopCommerce's "My account" navigation view component (Nop.Web.Components.CustomerNavigationViewComponent).
    /// </summary>
    public const string CustomerNavigationComponentName = "CustomerNavigation";

    public const string ApplicationReceivedStoreOwnerTemplate = "AffiliateTracking.ApplicationReceived.StoreOwnerNotification";

    public const string ApplicationReceivedApplicantTemplate = "AffiliateTracking.ApplicationReceived.ApplicantNotification";

    public const string ApplicationApprovedTemplate = "AffiliateTracking.ApplicationApproved.AffiliateNotification";

    public const string PayoutSentTemplate = "AffiliateTracking.PayoutSent.AffiliateNotification";

    /// <summary>
    /// Largest QR code image edge in modules per pixel; links are short, so this stays small.
    /// </summary>
    public const int QrPixelsPerModule = 8;
    // Postbacks (issue 6)
    public const int PostbackUrlMaxLength = 4000;

    public const int PostbackEventKeyMaxLength = 80;

    public const int PostbackErrorMaxLength = 1000;

    public const int PostbackClaimOwnerMaxLength = 36;

    public const string PostbackHttpClientName = "Affiliates.Tracking.Postbacks";

    public const string PostbackTaskName = "Affiliate program: send postbacks";

    public const string PostbackTaskType = "Nop.Plugin.Affiliates.Tracking.Services.Postbacks.PostbackDeliveryTask";

    public const int PostbackTaskSeconds = 60;

    public const int PostbackBatchSize = 50;

    /// <summary>
    /// A receiver gets this long to answer; the task must finish well within its period.
    /// </summary>
    public const int PostbackTimeoutSeconds = 10;

    /// <summary>
    /// How long a node's claim on a postback lasts before another node may take it over (the node is assumed dead).
    /// </summary>
    public const int PostbackClaimSeconds = 120;

    // Admin links page (issues 4/7)
    public const string LinksRouteName = "Plugin.Affiliates.Tracking.Admin.Links";

    public const string LinkControllerName = "AffiliateTrackingLink";
    // Payouts admin page (issue 6/7)
    public const string PayoutControllerName = "AffiliateTrackingPayout";

    public const string PayoutsAdminPath = "Admin/AffiliateTracking/Payouts";

    public const string PayoutsRouteName = "Plugin.Affiliates.Tracking.Admin.Payouts";

    public const string PayoutsCreateBatchRouteName = "Plugin.Affiliates.Tracking.Admin.Payouts.CreateBatch";

    public const string PayoutsExportRouteName = "Plugin.Affiliates.Tracking.Admin.Payouts.ExportCsv";

    public const string PayoutsMarkPaidRouteName = "Plugin.Affiliates.Tracking.Admin.Payouts.MarkPaid";

    public const string PayoutsMenuSystemName = "Affiliates.Tracking.Payouts";

    // Store-scoped settings (issue 7)
    /// <summary>
    /// nopCommerce's admin store-scope selector (Nop.Web.Areas.Admin.Components.StoreScopeConfigurationViewComponent).
    /// </summary>
    public const string StoreScopeConfigurationComponentName = "StoreScopeConfiguration";

    // Program members grid (issue 7): the DataTables list endpoint and the grid's paging bounds.
    public const string MembersListRouteName = "Plugin.Affiliates.Tracking.Admin.Members.List";

    public const int MembersGridDefaultPageSize = 15;

    public const int MembersGridMaxPageSize = 100;

    // Generated-codes grid on the coupons page (issue 7): the DataTables list endpoint and its largest page.
    public const string CouponsListRouteName = "Plugin.Affiliates.Tracking.Admin.Coupons.List";

    public const int CouponsGridMaxPageSize = 200;

    // Payout batches grid (issue 7): the DataTables list endpoint and the grid's paging bounds.
    public const string PayoutsListRouteName = "Plugin.Affiliates.Tracking.Admin.Payouts.List";

    public const int PayoutsGridDefaultPageSize = 15;

    public const int PayoutsGridMaxPageSize = 100;
}
