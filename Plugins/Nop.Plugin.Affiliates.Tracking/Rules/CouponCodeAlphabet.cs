namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// The characters random parts of coupon codes are drawn from: upper-case letters and digits without the ones
/// people misread when copying a code from print or a screen (0/O, 1/I/L).
/// </summary>
public static class CouponCodeAlphabet
{
    public const string Characters = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static bool Contains(char c) => Characters.Contains(c);
}
