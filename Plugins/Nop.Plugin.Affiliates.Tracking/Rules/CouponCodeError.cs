namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Why a coupon code was refused or could not be generated; each value maps to one message on the page.
/// </summary>
public enum CouponCodeError
{
    None = 0,
    Empty,
    TooShort,
    TooLong,

    /// <summary>Something other than the ASCII letters A–Z and digits 0–9 (spaces, hyphens, accented or full-width characters).</summary>
    InvalidCharacters,

    /// <summary>Another discount of the store already uses the code, in any letter case.</summary>
    Taken,

    /// <summary>The requested number of random characters is outside <see cref="CouponCodeGenerator.MinRandomLength"/>–<see cref="CouponCodeGenerator.MaxRandomLength"/>.</summary>
    InvalidRandomLength,

    /// <summary>Every attempt hit a code already in use: the pattern has (nearly) run out of free codes.</summary>
    Exhausted
}
