namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// One line of the typed-codes box: the affiliate (friendly URL name or id, as typed) and the code.
/// </summary>
public sealed record TypedCodeLine(int LineNumber, string AffiliateKey, string Code);
