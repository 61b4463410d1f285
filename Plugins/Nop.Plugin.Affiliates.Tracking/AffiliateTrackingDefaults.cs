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
}
