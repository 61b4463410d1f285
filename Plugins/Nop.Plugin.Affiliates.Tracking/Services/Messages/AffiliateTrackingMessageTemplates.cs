namespace Nop.Plugin.Affiliates.Tracking.Services.Messages;

/// <summary>
/// The templates installed with the plugin and the tokens they may use. Every template can use %Store.Name% and
/// %Store.URL%; the others are listed per template in the README ("E-mails").
/// </summary>
public static class AffiliateTrackingMessageTemplates
{
    public static AffiliateTrackingMessageTemplate ApplicationReceivedStoreOwner { get; } = new(
        AffiliateTrackingDefaults.ApplicationReceivedStoreOwnerTemplate,
        "%Store.Name%. New affiliate program application from %Customer.FullName%",
        "<p><a href=\"%Store.URL%\">%Store.Name%</a></p>"
        + "<p>%Customer.FullName% (%Customer.Email%) applied to the affiliate program (status: %AffiliateProgram.Status%).</p>"
        + "<p>Message: %AffiliateProgram.ApplicationMessage%</p>"
        + "<p>Review the application: <a href=\"%AffiliateProgram.AdminUrl%\">%AffiliateProgram.AdminUrl%</a></p>");

    public static AffiliateTrackingMessageTemplate ApplicationReceivedApplicant { get; } = new(
        AffiliateTrackingDefaults.ApplicationReceivedApplicantTemplate,
        "%Store.Name%. We received your affiliate program application",
        "<p><a href=\"%Store.URL%\">%Store.Name%</a></p>"
        + "<p>Hello %Customer.FullName%,</p>"
        + "<p>thank you for applying to our affiliate program. We will let you know as soon as your application has been reviewed.</p>"
        + "<p>You can check its status at any time: <a href=\"%AffiliateProgram.AccountUrl%\">%AffiliateProgram.AccountUrl%</a></p>");

    public static AffiliateTrackingMessageTemplate ApplicationApproved { get; } = new(
        AffiliateTrackingDefaults.ApplicationApprovedTemplate,
        "%Store.Name%. Welcome to our affiliate program",
        "<p><a href=\"%Store.URL%\">%Store.Name%</a></p>"
        + "<p>Hello %Customer.FullName%,</p>"
        + "<p>your affiliate program application has been approved. Your coupon codes, share links and QR codes are in your affiliate area:</p>"
        + "<p><a href=\"%AffiliateProgram.AccountUrl%\">%AffiliateProgram.AccountUrl%</a></p>");

    public static AffiliateTrackingMessageTemplate PayoutSent { get; } = new(
        AffiliateTrackingDefaults.PayoutSentTemplate,
        "%Store.Name%. Your affiliate payout of %Payout.Amount% %Payout.CurrencyCode% is on its way",
        "<p><a href=\"%Store.URL%\">%Store.Name%</a></p>"
        + "<p>Hello %Affiliate.FullName%,</p>"
        + "<p>we sent you a payout of %Payout.Amount% %Payout.CurrencyCode% on %Payout.PaidOn% (reference %Payout.Reference%) to %Payout.Email%.</p>"
        + "<p>Your affiliate area: <a href=\"%AffiliateProgram.AccountUrl%\">%AffiliateProgram.AccountUrl%</a></p>");

    public static IReadOnlyList<AffiliateTrackingMessageTemplate> All { get; } =
        [ApplicationReceivedStoreOwner, ApplicationReceivedApplicant, ApplicationApproved, PayoutSent];
}
