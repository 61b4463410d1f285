namespace Nop.Plugin.Affiliates.Tracking;

/// <summary>
/// Every English string the plugin shows. Install and later upgrades both read this one dictionary.
/// </summary>
public static class AffiliateTrackingLocales
{
    private const string P = AffiliateTrackingDefaults.LocalePrefix;

    public static IReadOnlyDictionary<string, string> Resources { get; } = new Dictionary<string, string>
    {
        [P + "Admin.Menu.Program"] = "Affiliate program",
        [P + "Admin.Menu.Settings"] = "Settings",
        [P + "Admin.Configure.Title"] = "Affiliate program settings",
        [P + "Admin.Configure.Attribution"] = "Attribution",
        [P + "Admin.Configure.Commissions"] = "Commissions and payouts",
        [P + "Admin.Configure.Data"] = "Data",

        [P + "Fields.Enabled"] = "Enabled",
        [P + "Fields.Enabled.Hint"] = "Track share links, credit orders and record commissions. When off, links still lead to their pages but nothing is recorded.",
        [P + "Fields.AttributionWindowDays"] = "Attribution window (days)",
        [P + "Fields.AttributionWindowDays.Hint"] = "How many days after a click an order still credits the affiliate.",
        [P + "Fields.AttributionWindowDays.Range"] = "The attribution window must be between 1 and 365 days.",
        [P + "Fields.AttributionModel"] = "Attribution model",
        [P + "Fields.AttributionModel.Hint"] = "Which affiliate an order credits when a shopper clicked links of several affiliates inside the window.",
        [P + "Fields.ReferralParameterName"] = "Referral parameter",
        [P + "Fields.ReferralParameterName.Hint"] = "Query-string parameter that carries an affiliate's code on any store URL, as in ?ref=CODE.",
        [P + "Fields.ReferralParameterName.Invalid"] = "Use 1 to 32 lower-case letters, digits, '-' or '_', starting with a letter, and not a name nopCommerce already uses (affiliate, affiliateid, discountcoupon, …).",
        [P + "Fields.ShortLinkPrefix"] = "Short link prefix",
        [P + "Fields.ShortLinkPrefix.Hint"] = "First path segment of short share links, as in /go/summer-sale.",
        [P + "Fields.ShortLinkPrefix.Invalid"] = "Use 1 to 32 lower-case letters, digits or '-', and not a path nopCommerce already uses (admin, cart, login, plugins, …).",
        [P + "Fields.TrackCoreAffiliateLinks"] = "Track nopCommerce affiliate links",
        [P + "Fields.TrackCoreAffiliateLinks.Hint"] = "Also start an attribution window for nopCommerce's own ?affiliateid= and ?affiliate= links.",
        [P + "Fields.AllowedExternalHosts"] = "Allowed external sites",
        [P + "Fields.AllowedExternalHosts.Hint"] = "Host names outside the store that share links may lead to, one per line (for example blog.example.com).",
        [P + "Fields.AllowedExternalHosts.Invalid"] = "'{0}' is not a host name. Enter host names only, such as blog.example.com, without http://, paths or ports.",
        [P + "Fields.AllowedExternalHosts.TooMany"] = "Enter at most {0} host names.",
        [P + "Fields.CommissionType"] = "Commission type",
        [P + "Fields.CommissionType.Hint"] = "A percentage of the order subtotal after discounts (tax and shipping excluded), or a fixed amount per order.",
        [P + "Fields.CommissionPercentage"] = "Commission percentage",
        [P + "Fields.CommissionPercentage.Hint"] = "Share of the order subtotal after discounts an affiliate earns.",
        [P + "Fields.CommissionPercentage.Range"] = "The commission percentage must be between 0 and 100.",
        [P + "Fields.CommissionFixedAmount"] = "Commission per order",
        [P + "Fields.CommissionFixedAmount.Hint"] = "Fixed amount in the primary store currency an affiliate earns per order.",
        [P + "Fields.CommissionFixedAmount.Range"] = "The commission per order must be between 0 and 1,000,000.",
        [P + "Fields.HoldPeriodDays"] = "Hold period (days)",
        [P + "Fields.HoldPeriodDays.Hint"] = "Days a paid order must stay unrefunded before its commission is approved for payout.",
        [P + "Fields.HoldPeriodDays.Range"] = "The hold period must be between 0 and 365 days.",
        [P + "Fields.MinimumPayoutAmount"] = "Minimum payout",
        [P + "Fields.MinimumPayoutAmount.Hint"] = "Approved balance an affiliate needs before a payout includes them.",
        [P + "Fields.MinimumPayoutAmount.Range"] = "The minimum payout must be between 0 and 1,000,000.",
        [P + "Fields.DeleteDataOnUninstall"] = "Delete affiliate data on uninstall",
        [P + "Fields.DeleteDataOnUninstall.Hint"] = "When checked, uninstalling the plugin drops its tables: links, clicks, coupons and the commission ledger. Leave unchecked to keep the data for a later reinstall.",

        [P + "Enums.AttributionModel.LastClick"] = "Last click wins",
        [P + "Enums.AttributionModel.FirstClick"] = "First click wins",
        [P + "Enums.CommissionType.PercentageOfSubtotal"] = "Percentage of subtotal",
        [P + "Enums.CommissionType.FixedAmountPerOrder"] = "Fixed amount per order",

        [P + "Links.Errors.AffiliateNotFound"] = "The affiliate was not found.",
        [P + "Links.Errors.AffiliateInactive"] = "The affiliate is not active, so their links cannot be changed.",
        [P + "Links.Errors.SlugInvalid"] = "Use 3 to 64 lower-case letters and digits, with single hyphens between words (for example summer-sale).",
        [P + "Links.Errors.SlugTaken"] = "This short link name is already used. Choose another one.",
        [P + "Links.Errors.DestinationEmpty"] = "Enter the page the link leads to.",
        [P + "Links.Errors.DestinationTooLong"] = "The destination address is longer than 2,048 characters.",
        [P + "Links.Errors.DestinationMalformed"] = "Enter a store path starting with / (for example /summer-sale) or a full address starting with https://.",
        [P + "Links.Errors.DestinationSchemeNotAllowed"] = "Only http and https addresses can be share link destinations.",
        [P + "Links.Errors.DestinationUserInfo"] = "Addresses with a user name or password in them are not allowed.",
        [P + "Links.Errors.DestinationHostNotAllowed"] = "This site is not on the store's list of allowed external sites.",
        [P + "Links.Errors.LinkNotFound"] = "The link was not found.",

        [P + "Coupons.Errors.Empty"] = "Enter a coupon code.",
        [P + "Coupons.Errors.TooShort"] = "A coupon code needs at least 4 characters.",
        [P + "Coupons.Errors.TooLong"] = "A coupon code can have at most 20 characters (prefix and random part together).",
        [P + "Coupons.Errors.InvalidCharacters"] = "Use only the letters A–Z and digits 0–9, without spaces, hyphens or accents.",
        [P + "Coupons.Errors.Taken"] = "Another discount of the store already uses this code (codes are compared without regard to letter case).",
        [P + "Coupons.Errors.InvalidRandomLength"] = "The random part must have between 4 and 12 characters.",
        [P + "Coupons.Errors.Exhausted"] = "No free code could be found with this pattern. Use a longer random part or another prefix.",
        [P + "Coupons.Errors.TemplateNotFound"] = "The template discount was not found.",
        [P + "Coupons.Errors.TemplateWithoutCouponCode"] = "The template discount must have \"Requires coupon code\" checked.",
        [P + "Coupons.Errors.TemplateIsGeneratedCoupon"] = "This discount is an affiliate's coupon code. Choose the template it was generated from.",
        [P + "Coupons.Errors.EndBeforeStart"] = "The end date must be after the start date.",
        [P + "Coupons.Errors.NoteTooLong"] = "The note can have at most 400 characters.",
        [P + "Coupons.Errors.TypedCodeMissing"] = "Enter a code for at least one affiliate.",
        [P + "Coupons.Errors.DuplicateTypedCode"] = "The same code was entered for more than one affiliate.",
        [P + "Coupons.Errors.AffiliateNotFound"] = "The affiliate was not found.",
        [P + "Coupons.Errors.AffiliateInactive"] = "The affiliate is not active, so no code can be generated for them.",
        [P + "Coupons.Errors.AffiliateAlreadyHasCode"] = "The affiliate already has a code for this template. Regenerate it instead.",
        [P + "Coupons.Errors.NoAffiliates"] = "There are no active affiliates to generate codes for.",
        [P + "Coupons.Errors.JobNotFound"] = "The code generation run was not found.",
        [P + "Coupons.Errors.CouponNotFound"] = "The affiliate coupon was not found.",
        [P + "Coupons.Errors.DiscountNotFound"] = "The discount of this coupon no longer exists.",
        [P + "Coupons.Requirement.NoLongerValid"] = "This coupon code is no longer valid.",
        [P + "Coupons.Requirement.SelfReferral"] = "You cannot use your own affiliate coupon code.",

        [P + "Notifications.SettingsSaved"] = "The affiliate program settings have been saved."
    };
}
