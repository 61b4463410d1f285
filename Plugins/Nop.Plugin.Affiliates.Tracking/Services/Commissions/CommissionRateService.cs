using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Services.Affiliates;
using Nop.Services.Catalog;

namespace Nop.Plugin.Affiliates.Tracking.Services.Commissions;

public class CommissionRateService : ICommissionRateService
{
    private readonly IAffiliateService _affiliateService;
    private readonly ICategoryService _categoryService;
    private readonly IRepository<AffiliateCommissionRate> _rateRepository;
    private readonly TimeProvider _timeProvider;

    public CommissionRateService(IAffiliateService affiliateService,
        ICategoryService categoryService,
        IRepository<AffiliateCommissionRate> rateRepository,
        TimeProvider timeProvider)
    {
        _affiliateService = affiliateService;
        _categoryService = categoryService;
        _rateRepository = rateRepository;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public async Task<IList<AffiliateCommissionRate>> GetRatesByAffiliateIdAsync(int affiliateId)
    {
        if (affiliateId <= 0)
            return new List<AffiliateCommissionRate>();

        var rates = await _rateRepository.Table.Where(rate => rate.AffiliateId == affiliateId).ToListAsync();
        return rates.OrderBy(rate => rate.CategoryId.HasValue).ThenBy(rate => rate.CategoryId).ToList();
    }

    /// <inheritdoc />
    public async Task<CommissionRateResult> SaveRateAsync(CommissionRateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        var errors = CommissionRateRule.Validate(input.AffiliateId, input.CategoryId, input.CommissionTypeId, input.Value).ToList();
        if (!errors.Contains(CommissionRateError.AffiliateNotFound) && await _affiliateService.GetAffiliateByIdAsync(input.AffiliateId) is not { Deleted: false })
            errors.Add(CommissionRateError.AffiliateNotFound);
        if (input.CategoryId is > 0 && await _categoryService.GetCategoryByIdAsync(input.CategoryId.Value) is not { Deleted: false })
            errors.Add(CommissionRateError.CategoryNotFound);
        if (errors.Count > 0)
            return CommissionRateResult.Failed(errors);

        var key = CommissionRateRule.Key(input.AffiliateId, input.CategoryId);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var rate = await _rateRepository.Table.FirstOrDefaultAsync(r => r.RateKey == key);
        var isNew = rate is null;
        rate ??= new AffiliateCommissionRate { AffiliateId = input.AffiliateId, CategoryId = input.CategoryId, RateKey = key, CreatedOnUtc = now };

        // The ledger reads the column that matches the type; clearing the other keeps a stale value from looking live.
        rate.CommissionType = (CommissionType)input.CommissionTypeId;
        rate.Percentage = rate.CommissionType == CommissionType.PercentageOfSubtotal ? input.Value : 0m;
        rate.Amount = rate.CommissionType == CommissionType.FixedAmountPerOrder ? input.Value : 0m;
        rate.UpdatedOnUtc = now;

        if (isNew)
            await _rateRepository.InsertAsync(rate, false);
        else
            await _rateRepository.UpdateAsync(rate, false);

        return CommissionRateResult.Saved(rate);
    }

    /// <inheritdoc />
    public async Task<CommissionRateResult> DeleteRateAsync(int affiliateId, int rateId)
    {
        var rate = rateId > 0 ? await _rateRepository.GetByIdAsync(rateId) : null;
        if (rate is null || rate.AffiliateId != affiliateId || affiliateId <= 0)
            return CommissionRateResult.Failed([CommissionRateError.RateNotFound]);

        await _rateRepository.DeleteAsync(rate, false);

        return CommissionRateResult.Saved(rate);
    }
}
