using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Services.Coupons;

/// <summary>
/// The job created for a generation request, or every reason the request was refused.
/// </summary>
public sealed record CouponGenerationStartResult(AffiliateCouponGenerationJob Job, IReadOnlyList<CouponProblem> Problems)
{
    public bool Success => Problems.Count == 0;

    public static CouponGenerationStartResult Started(AffiliateCouponGenerationJob job) => new(job, []);

    public static CouponGenerationStartResult Refused(IReadOnlyList<CouponProblem> problems) => new(null, problems);

    public static CouponGenerationStartResult Refused(CouponError error) => new(null, [new CouponProblem(error)]);
}
