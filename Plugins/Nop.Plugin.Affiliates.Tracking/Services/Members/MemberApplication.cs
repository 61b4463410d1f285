namespace Nop.Plugin.Affiliates.Tracking.Services.Members;

/// <summary>
/// What a customer sends when they apply to the affiliate program.
/// </summary>
public sealed record MemberApplication(bool TermsAccepted, string Message, string PayoutEmail);
