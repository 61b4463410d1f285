namespace Nop.Core.Domain.Customers;

// static get-only properties upstream (not consts)
public static partial class NopCustomerDefaults
{
    public static string AdministratorsRoleName => "Administrators";
    public static string ForumModeratorsRoleName => "ForumModerators";
    public static string RegisteredRoleName => "Registered";
    public static string GuestsRoleName => "Guests";
    public static string VendorsRoleName => "Vendors";

    public static string SearchEngineCustomerName => "SearchEngine";
    public static string BackgroundTaskCustomerName => "BackgroundTask";

    public static string DiscountCouponCodeAttribute => "DiscountCouponCode";
    public static string GiftCardCouponCodesAttribute => "GiftCardCouponCodes";
    public static string LastVisitedPageAttribute => "LastVisitedPage";
    public static string ImpersonatedCustomerIdAttribute => "ImpersonatedCustomerId";
    public static string AdminAreaStoreScopeConfigurationAttribute => "AdminAreaStoreScopeConfiguration";
    public static string CheckoutAttributes => "CheckoutAttributes";
    public static string EuCookieLawAcceptedAttribute => "EuCookieLaw.Accepted";
}
