using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Discounts;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Services.Discounts;

namespace Nop.Plugin.Affiliates.Tracking.Services.Coupons;

public class CouponGenerationRequestValidator : ICouponGenerationRequestValidator
{
    private readonly IDiscountService _discountService;
    private readonly IRepository<Affiliate> _affiliateRepository;
    private readonly IRepository<AffiliateCoupon> _couponRepository;
    private readonly IRepository<Discount> _discountRepository;

    public CouponGenerationRequestValidator(IDiscountService discountService,
        IRepository<Affiliate> affiliateRepository,
        IRepository<AffiliateCoupon> couponRepository,
        IRepository<Discount> discountRepository)
    {
        _discountService = discountService;
        _affiliateRepository = affiliateRepository;
        _couponRepository = couponRepository;
        _discountRepository = discountRepository;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CouponProblem>> ValidateAsync(CouponGenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var template = await _discountService.GetDiscountByIdAsync(request.TemplateDiscountId);
        if (template is null)
            return [new CouponProblem(CouponError.TemplateNotFound)];

        var problems = new List<CouponProblem>();
        if (!template.RequiresCouponCode)
            problems.Add(new CouponProblem(CouponError.TemplateWithoutCouponCode));
        if (await _couponRepository.Table.AnyAsync(c => c.DiscountId == template.Id))
            problems.Add(new CouponProblem(CouponError.TemplateIsGeneratedCoupon));
        if (request.StartDateUtc.HasValue && request.EndDateUtc.HasValue && request.EndDateUtc.Value <= request.StartDateUtc.Value)
            problems.Add(new CouponProblem(CouponError.EndBeforeStart));
        if (request.Note?.Trim().Length > AffiliateTrackingDefaults.CouponJobNoteMaxLength)
            problems.Add(new CouponProblem(CouponError.NoteTooLong));

        problems.AddRange(CheckPattern(request));

        if (request.Pattern == CouponCodePattern.Typed)
            problems.AddRange(await CheckTypedCodesAsync(template.Id, request.TypedCodes ?? new Dictionary<int, string>()));
        else
            problems.AddRange(await CheckSelectedAffiliatesAsync(request.AffiliateIds ?? []));

        return problems;
    }

    private static IEnumerable<CouponProblem> CheckPattern(CouponGenerationRequest request)
    {
        if (request.Pattern == CouponCodePattern.Typed)
            yield break;

        if (!CouponCodeGenerator.IsValidRandomLength(request.RandomLength))
            yield return new CouponProblem(CouponError.InvalidRandomLength);

        if (request.Pattern != CouponCodePattern.PrefixRandom)
            yield break;

        var prefix = CouponCodeRules.Normalize(request.Prefix);
        if (!CouponCodeRules.ContainsOnlyCodeCharacters(prefix))
            yield return new CouponProblem(CouponError.InvalidCharacters);
        else if (prefix.Length + request.RandomLength > CouponCodeRules.MaxLength)
            yield return new CouponProblem(CouponError.TooLong);
    }

    private async Task<IEnumerable<CouponProblem>> CheckSelectedAffiliatesAsync(IList<int> affiliateIds)
    {
        var ids = affiliateIds.Distinct().ToList();
        if (ids.Count == 0)
            return await _affiliateRepository.Table.AnyAsync(a => a.Active && !a.Deleted) ? [] : [new CouponProblem(CouponError.NoAffiliates)];

        var affiliates = (await _affiliateRepository.Table.Where(a => ids.Contains(a.Id)).ToListAsync()).ToDictionary(a => a.Id);

        return ids.Select(id => new CouponProblem(AffiliateError(affiliates.GetValueOrDefault(id)), id))
            .Where(problem => problem.Error != CouponError.None)
            .ToList();
    }

    private async Task<IEnumerable<CouponProblem>> CheckTypedCodesAsync(int templateId, IDictionary<int, string> typedCodes)
    {
        if (typedCodes.Count == 0)
            return [new CouponProblem(CouponError.TypedCodeMissing)];

        var ids = typedCodes.Keys.ToList();
        var affiliates = (await _affiliateRepository.Table.Where(a => ids.Contains(a.Id)).ToListAsync()).ToDictionary(a => a.Id);
        var withCode = (await _couponRepository.Table.Where(c => c.TemplateDiscountId == templateId && ids.Contains(c.AffiliateId))
            .Select(c => c.AffiliateId).ToListAsync()).ToHashSet();

        var discountCodes = await _discountRepository.Table.Where(d => d.CouponCode != null && d.CouponCode != "").Select(d => d.CouponCode).ToListAsync();
        var couponCodes = await _couponRepository.Table.Select(c => c.CouponCode).ToListAsync();
        var taken = CouponCodeRules.CreateTakenSet(discountCodes.Concat(couponCodes));
        var duplicates = typedCodes.Values
            .Where(code => CouponCodeRules.Validate(code) == CouponCodeError.None)
            .GroupBy(CouponCodeRules.Normalize, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var problems = new List<CouponProblem>();
        foreach (var (affiliateId, code) in typedCodes.OrderBy(pair => pair.Key))
        {
            var affiliateError = AffiliateError(affiliates.GetValueOrDefault(affiliateId));
            if (affiliateError != CouponError.None)
                problems.Add(new CouponProblem(affiliateError, affiliateId));
            else if (withCode.Contains(affiliateId))
                problems.Add(new CouponProblem(CouponError.AffiliateAlreadyHasCode, affiliateId));

            var format = CouponCodeRules.Validate(code);
            if (format != CouponCodeError.None)
                problems.Add(new CouponProblem(CouponErrors.FromCodeError(format), affiliateId));
            else if (duplicates.Contains(CouponCodeRules.Normalize(code)))
                problems.Add(new CouponProblem(CouponError.DuplicateTypedCode, affiliateId));
            else if (taken.Contains(CouponCodeRules.Normalize(code)))
                problems.Add(new CouponProblem(CouponError.Taken, affiliateId));
        }

        return problems;
    }

    private static CouponError AffiliateError(Affiliate affiliate) => affiliate switch
    {
        null or { Deleted: true } => CouponError.AffiliateNotFound,
        { Active: false } => CouponError.AffiliateInactive,
        _ => CouponError.None
    };
}
