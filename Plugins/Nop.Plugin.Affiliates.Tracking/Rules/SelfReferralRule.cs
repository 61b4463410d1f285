namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Whether a shopper is the affiliate who owns a coupon code. Affiliates have no customer account in nopCommerce, so
/// until the affiliate program membership links the two (a later issue, which replaces this heuristic), the shopper is
/// taken to be the affiliate when the e-mail of the affiliate's address equals the customer's e-mail.
/// </summary>
public static class SelfReferralRule
{
    public static bool IsSelfReferral(string affiliateEmail, string customerEmail)
    {
        var affiliate = affiliateEmail?.Trim();
        var customer = customerEmail?.Trim();

        // Guests have no e-mail; an empty value must never match another empty value.
        return !string.IsNullOrEmpty(affiliate) && !string.IsNullOrEmpty(customer)
            && string.Equals(affiliate, customer, StringComparison.OrdinalIgnoreCase);
    }
}
