namespace Nop.Services.Affiliates;

public static partial class NopAffiliateDefaults
{
    public static string AffiliateQueryParameter => "affiliate";
    public static string AffiliateIdQueryParameter => "affiliateid";
    public static int FriendlyUrlNameLength => 200;
}
