namespace Nop.Plugin.Affiliates.Tracking.Services.Coupons;

/// <summary>
/// Checks a coupon generation request before a job is created for it.
/// </summary>
public interface ICouponGenerationRequestValidator
{
    /// <summary>
    /// Every problem with the request: the template (exists, requires a coupon code, is not itself a generated
    /// coupon), the pattern's parameters, the dates, the note, the selected affiliates and each typed code (format,
    /// duplicates in the request, codes already used by any discount in any letter case, a second code for the same
    /// template and affiliate). Empty when the request is fine.
    /// </summary>
    Task<IReadOnlyList<CouponProblem>> ValidateAsync(CouponGenerationRequest request);
}
