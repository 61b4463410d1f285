using Nop.Core;
using Nop.Core.Domain.Affiliates;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Discounts;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Services.Affiliates;
using Nop.Services.Discounts;

namespace Nop.Plugin.Affiliates.Tracking.Services.Coupons;

public class AffiliateCouponService : IAffiliateCouponService
{
    // A lost race on a code (another run took it in the meantime) is retried with a fresh code this many times.
    private const int MaxInsertAttempts = 3;

    private readonly AffiliateTrackingSettings _settings;
    private readonly IAffiliateService _affiliateService;
    private readonly ICouponGenerationRequestValidator _requestValidator;
    private readonly IDiscountService _discountService;
    private readonly IDiscountTemplateCopier _templateCopier;
    private readonly IRepository<Address> _addressRepository;
    private readonly IRepository<Affiliate> _affiliateRepository;
    private readonly IRepository<AffiliateCoupon> _couponRepository;
    private readonly IRepository<AffiliateCouponGenerationJob> _jobRepository;
    private readonly IRepository<Discount> _discountRepository;
    private readonly TimeProvider _timeProvider;
    private readonly CouponCodeGenerator _generator = CouponCodeGenerator.CreateSecure();

    public AffiliateCouponService(AffiliateTrackingSettings settings,
        IAffiliateService affiliateService,
        ICouponGenerationRequestValidator requestValidator,
        IDiscountService discountService,
        IDiscountTemplateCopier templateCopier,
        IRepository<Address> addressRepository,
        IRepository<Affiliate> affiliateRepository,
        IRepository<AffiliateCoupon> couponRepository,
        IRepository<AffiliateCouponGenerationJob> jobRepository,
        IRepository<Discount> discountRepository,
        TimeProvider timeProvider)
    {
        _settings = settings;
        _affiliateService = affiliateService;
        _requestValidator = requestValidator;
        _discountService = discountService;
        _templateCopier = templateCopier;
        _addressRepository = addressRepository;
        _affiliateRepository = affiliateRepository;
        _couponRepository = couponRepository;
        _jobRepository = jobRepository;
        _discountRepository = discountRepository;
        _timeProvider = timeProvider;
    }

    private DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;

    /// <inheritdoc />
    public async Task<CouponGenerationStartResult> StartGenerationAsync(CouponGenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var problems = await _requestValidator.ValidateAsync(request);
        if (problems.Count > 0)
            return CouponGenerationStartResult.Refused(problems);

        var typed = request.Pattern == CouponCodePattern.Typed;
        var affiliateIds = typed ? request.TypedCodes.Keys.ToList() : request.AffiliateIds?.Distinct().ToList() ?? [];
        var now = UtcNow;
        var job = new AffiliateCouponGenerationJob
        {
            TemplateDiscountId = request.TemplateDiscountId,
            Pattern = request.Pattern,
            Prefix = request.Pattern == CouponCodePattern.PrefixRandom ? CouponCodeRules.Normalize(request.Prefix) : null,
            RandomLength = request.RandomLength,
            StartDateUtc = request.StartDateUtc,
            EndDateUtc = request.EndDateUtc,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            AffiliateIds = CouponJobValues.FormatIds(affiliateIds),
            TypedCodes = typed ? CouponJobValues.FormatCodes(request.TypedCodes.Select(pair => KeyValuePair.Create(pair.Key, CouponCodeRules.Normalize(pair.Value)))) : null,
            Status = CouponGenerationJobStatus.Pending,
            TotalCount = await EligibleAffiliates(affiliateIds, 0).CountAsync(),
            CreatedOnUtc = now,
            UpdatedOnUtc = now
        };
        await _jobRepository.InsertAsync(job);

        return CouponGenerationStartResult.Started(job);
    }

    /// <inheritdoc />
    public async Task<AffiliateCouponGenerationJob> ProcessNextBatchAsync(int jobId, int batchSize = AffiliateTrackingDefaults.DefaultCouponBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        var job = await _jobRepository.GetByIdAsync(jobId);
        if (job is null || job.Status == CouponGenerationJobStatus.Completed)
            return job;

        var template = await _discountService.GetDiscountByIdAsync(job.TemplateDiscountId);
        var selectedIds = CouponJobValues.ParseIds(job.AffiliateIds);
        var affiliates = template is null
            ? []
            : await EligibleAffiliates(selectedIds, job.LastAffiliateId).OrderBy(a => a.Id).Take(batchSize).ToListAsync();

        int created = 0, skipped = 0;
        if (affiliates.Count > 0)
        {
            var batchIds = affiliates.Select(a => a.Id).ToList();
            var withCode = (await _couponRepository.Table
                .Where(c => c.TemplateDiscountId == template.Id && batchIds.Contains(c.AffiliateId))
                .Select(c => c.AffiliateId)
                .ToListAsync()).ToHashSet();
            var taken = await LoadTakenCodesAsync();
            var snapshot = await _templateCopier.LoadAsync(template);
            var typedCodes = CouponJobValues.ParseCodes(job.TypedCodes);

            var pending = affiliates.Where(a => !withCode.Contains(a.Id)).ToList();
            var names = await LoadNamesAsync(pending);
            created = await CreateCouponsInBulkAsync(job, snapshot, pending, names, typedCodes, taken);
            if (created < 0)
            {
                // The bulk insert lost a race with another run (or a code was taken meanwhile): go one by one, where the
                // unique keys decide per affiliate.
                created = 0;
                taken = await LoadTakenCodesAsync();
                foreach (var affiliate in pending)
                    if (await TryCreateCouponAsync(job, snapshot, affiliate, names, typedCodes, taken))
                        created++;
            }
            skipped = affiliates.Count - created;
        }

        // Re-read just before writing, so a second scope working on the same job loses as few counts as possible;
        // uniqueness never depends on these counters, only on the coupon table's unique keys.
        var current = await _jobRepository.GetByIdAsync(job.Id) ?? job;
        current.ProcessedCount += affiliates.Count;
        current.CreatedCount += created;
        current.SkippedCount += skipped;
        current.LastAffiliateId = Math.Max(current.LastAffiliateId, affiliates.Count > 0 ? affiliates[^1].Id : 0);
        var anyLeft = template is not null && await EligibleAffiliates(selectedIds, current.LastAffiliateId).AnyAsync();
        current.Status = anyLeft ? CouponGenerationJobStatus.Running : CouponGenerationJobStatus.Completed;
        current.UpdatedOnUtc = UtcNow;
        await _jobRepository.UpdateAsync(current);

        return current;
    }

    /// <inheritdoc />
    public Task<AffiliateCouponGenerationJob> GetJobByIdAsync(int jobId) => _jobRepository.GetByIdAsync(jobId);

    /// <inheritdoc />
    public async Task<IList<AffiliateCouponGenerationJob>> GetUnfinishedJobsAsync()
    {
        var completed = (int)CouponGenerationJobStatus.Completed;
        return await _jobRepository.Table.Where(j => j.StatusId != completed).OrderByDescending(j => j.Id).ToListAsync();
    }

    /// <inheritdoc />
    public async Task<int> SyncFromTemplateAsync(int templateDiscountId)
    {
        var template = await _discountService.GetDiscountByIdAsync(templateDiscountId);
        if (template is null)
            return 0;

        var snapshot = await _templateCopier.LoadAsync(template);
        var coupons = await _couponRepository.Table.Where(c => c.TemplateDiscountId == templateDiscountId).OrderBy(c => c.Id).ToListAsync();

        var updated = 0;
        foreach (var coupon in coupons)
        {
            var discount = await _discountService.GetDiscountByIdAsync(coupon.DiscountId);
            if (discount is null)
                continue;

            _templateCopier.CopySettings(template, discount);
            await _discountService.UpdateDiscountAsync(discount);
            await _templateCopier.ApplyAsync(snapshot, discount, replaceExisting: true);
            updated++;
        }

        return updated;
    }

    /// <inheritdoc />
    public async Task<CouponResult> DeactivateAsync(int couponId)
    {
        var coupon = await _couponRepository.GetByIdAsync(couponId);
        if (coupon is null)
            return CouponResult.Failed(CouponError.CouponNotFound);

        var discount = await _discountService.GetDiscountByIdAsync(coupon.DiscountId);
        if (discount is { IsActive: true })
        {
            discount.IsActive = false;
            await _discountService.UpdateDiscountAsync(discount);
        }

        if (coupon.Active)
        {
            coupon.Active = false;
            await _couponRepository.UpdateAsync(coupon);
        }

        return CouponResult.Saved(coupon);
    }

    /// <inheritdoc />
    public async Task<CouponResult> RegenerateAsync(int couponId)
    {
        var coupon = await _couponRepository.GetByIdAsync(couponId);
        if (coupon is null)
            return CouponResult.Failed(CouponError.CouponNotFound);

        var discount = await _discountService.GetDiscountByIdAsync(coupon.DiscountId);
        if (discount is null)
            return CouponResult.Failed(CouponError.DiscountNotFound);

        var affiliate = await _affiliateService.GetAffiliateByIdAsync(coupon.AffiliateId);
        var name = await CodeStemSourceAsync(affiliate);
        var taken = await LoadTakenCodesAsync();
        var oldCode = coupon.CouponCode;

        for (var attempt = 0; attempt < MaxInsertAttempts; attempt++)
        {
            var code = _generator.FromName(name, AffiliateTrackingDefaults.DefaultCouponSuffixLength, taken);
            if (!code.IsSuccess)
                return CouponResult.Failed(CouponErrors.FromCodeError(code.Error));

            // The coupon row is saved first: its unique index decides if another save took the code meanwhile.
            coupon.CouponCode = code.Code;
            try
            {
                await _couponRepository.UpdateAsync(coupon);
            }
            catch (Exception) when (attempt < MaxInsertAttempts - 1)
            {
                coupon.CouponCode = oldCode;
                continue;
            }

            var oldSuffix = $" ({oldCode})";
            discount.Name = discount.Name?.EndsWith(oldSuffix, StringComparison.Ordinal) == true
                ? discount.Name[..^oldSuffix.Length] + $" ({code.Code})"
                : discount.Name;
            discount.CouponCode = code.Code;
            await _discountService.UpdateDiscountAsync(discount);

            return CouponResult.Saved(coupon);
        }

        return CouponResult.Failed(CouponError.Exhausted);
    }

    /// <inheritdoc />
    public Task<AffiliateCoupon> GetCouponByIdAsync(int couponId) => _couponRepository.GetByIdAsync(couponId);

    /// <inheritdoc />
    public Task<AffiliateCoupon> GetCouponByDiscountIdAsync(int discountId) =>
        _couponRepository.Table.FirstOrDefaultAsync(c => c.DiscountId == discountId);

    /// <inheritdoc />
    public Task<IPagedList<AffiliateCoupon>> GetCouponsAsync(int templateDiscountId = 0, int affiliateId = 0, int pageIndex = 0, int pageSize = int.MaxValue) =>
        _couponRepository.GetAllPagedAsync(query =>
        {
            if (templateDiscountId > 0)
                query = query.Where(c => c.TemplateDiscountId == templateDiscountId);
            if (affiliateId > 0)
                query = query.Where(c => c.AffiliateId == affiliateId);

            return query.OrderBy(c => c.Id);
        }, pageIndex, pageSize);

    /// <inheritdoc />
    public string GetCouponTrackingUrl(AffiliateCoupon coupon, Affiliate affiliate, string storeUrl)
    {
        ArgumentNullException.ThrowIfNull(coupon);
        ArgumentNullException.ThrowIfNull(affiliate);

        var affiliateCode = string.IsNullOrWhiteSpace(affiliate.FriendlyUrlName) ? affiliate.Id.ToString() : affiliate.FriendlyUrlName;
        var parameter = AttributionSettingsRules.IsValidParameterName(_settings.ReferralParameterName)
            ? _settings.ReferralParameterName
            : AttributionSettingsRules.DefaultReferralParameterName;

        return CouponTrackingUrlBuilder.Build(storeUrl, coupon.CouponCode, parameter, affiliateCode);
    }

    private IQueryable<Affiliate> EligibleAffiliates(IList<int> selectedIds, int afterId)
    {
        var query = _affiliateRepository.Table.Where(a => a.Active && !a.Deleted && a.Id > afterId);
        return selectedIds.Count > 0 ? query.Where(a => selectedIds.Contains(a.Id)) : query;
    }

    // All of the store's coupon codes, read once per batch: nopCommerce does not keep them unique, the plugin does.
    private async Task<HashSet<string>> LoadTakenCodesAsync()
    {
        var discountCodes = await _discountRepository.Table.Where(d => d.CouponCode != null && d.CouponCode != "").Select(d => d.CouponCode).ToListAsync();
        var couponCodes = await _couponRepository.Table.Select(c => c.CouponCode).ToListAsync();

        return CouponCodeRules.CreateTakenSet(discountCodes.Concat(couponCodes));
    }

    private async Task<string> CodeStemSourceAsync(Affiliate affiliate)
    {
        if (affiliate is null)
            return null;
        if (!string.IsNullOrWhiteSpace(affiliate.FriendlyUrlName))
            return affiliate.FriendlyUrlName;

        return await _affiliateService.GetAffiliateFullNameAsync(affiliate);
    }

    private CouponCodeResult NextCode(AffiliateCouponGenerationJob job, Affiliate affiliate, string fullName, IDictionary<int, string> typedCodes, ISet<string> taken) =>
        job.Pattern switch
        {
            CouponCodePattern.Typed => typedCodes.TryGetValue(affiliate.Id, out var typed)
                ? _generator.Typed(typed, taken)
                : CouponCodeResult.Failure(CouponCodeError.Empty),
            CouponCodePattern.PrefixRandom => _generator.WithPrefix(job.Prefix, job.RandomLength, taken),
            _ => _generator.FromName(string.IsNullOrWhiteSpace(affiliate.FriendlyUrlName) ? fullName : affiliate.FriendlyUrlName, job.RandomLength, taken)
        };

    private static string OwnerName(Affiliate affiliate, string fullName)
    {
        if (!string.IsNullOrWhiteSpace(fullName))
            return fullName;

        return string.IsNullOrWhiteSpace(affiliate.FriendlyUrlName) ? $"#{affiliate.Id}" : affiliate.FriendlyUrlName;
    }

    // "First Last" of each affiliate's address (what IAffiliateService.GetAffiliateFullNameAsync gives), in one query per batch.
    private async Task<Dictionary<int, string>> LoadNamesAsync(IList<Affiliate> affiliates)
    {
        var addressIds = affiliates.Select(a => a.AddressId).Distinct().ToList();
        var addresses = (await _addressRepository.Table.Where(a => addressIds.Contains(a.Id))
            .Select(a => new { a.Id, a.FirstName, a.LastName }).ToListAsync()).ToDictionary(a => a.Id);

        return affiliates.ToDictionary(a => a.Id,
            a => addresses.TryGetValue(a.AddressId, out var address) ? $"{address.FirstName} {address.LastName}".Trim() : string.Empty);
    }

    // The common path: a batch's discounts, coupon rows, mappings and requirements each written in one bulk insert.
    // Returns -1 when the coupon rows could not be inserted (a unique key refused them); nothing of the batch is left then.
    private async Task<int> CreateCouponsInBulkAsync(AffiliateCouponGenerationJob job, DiscountTemplateSnapshot snapshot, IList<Affiliate> affiliates,
        IDictionary<int, string> names, IDictionary<int, string> typedCodes, ISet<string> taken)
    {
        var template = snapshot.Template;
        var drafts = new List<(Affiliate Affiliate, Discount Discount, string Code)>();
        foreach (var affiliate in affiliates)
        {
            var code = NextCode(job, affiliate, names[affiliate.Id], typedCodes, taken);
            if (!code.IsSuccess)
                continue;

            // Inserted inactive and switched on only when the coupon row, mappings and the plugin's requirement exist:
            // an interrupted run leaves at most inactive discounts, never a live code without its checks.
            var discount = new Discount
            {
                Name = CouponKeys.DiscountName(template.Name, OwnerName(affiliate, names[affiliate.Id]), code.Code),
                AdminComment = job.Note ?? template.AdminComment,
                CouponCode = code.Code,
                StartDateUtc = job.StartDateUtc ?? template.StartDateUtc,
                EndDateUtc = job.EndDateUtc ?? template.EndDateUtc,
                IsActive = false
            };
            _templateCopier.CopySettings(template, discount);
            drafts.Add((affiliate, discount, code.Code));
        }

        if (drafts.Count == 0)
            return 0;

        var discounts = drafts.Select(d => d.Discount).ToList();
        await _discountRepository.InsertAsync(discounts);

        var now = UtcNow;
        var coupons = drafts.Select(d => new AffiliateCoupon
        {
            AffiliateId = d.Affiliate.Id,
            DiscountId = d.Discount.Id,
            TemplateDiscountId = template.Id,
            CouponCode = d.Code,
            TemplateAffiliateKey = CouponKeys.TemplateAffiliateKey(template.Id, d.Affiliate.Id),
            Active = true,
            CreatedOnUtc = now
        }).ToList();

        try
        {
            await _couponRepository.InsertAsync(coupons);
        }
        catch (Exception)
        {
            foreach (var discount in discounts)
                await _discountService.DeleteDiscountAsync(discount);

            return -1;
        }

        await _templateCopier.ApplyToNewAsync(snapshot, discounts);
        if (template.IsActive)
        {
            foreach (var discount in discounts)
                discount.IsActive = true;
            await _discountRepository.UpdateAsync(discounts);
        }

        return drafts.Count;
    }

    private async Task<bool> TryCreateCouponAsync(AffiliateCouponGenerationJob job, DiscountTemplateSnapshot snapshot, Affiliate affiliate,
        IDictionary<int, string> names, IDictionary<int, string> typedCodes, ISet<string> taken)
    {
        var template = snapshot.Template;
        var key = CouponKeys.TemplateAffiliateKey(template.Id, affiliate.Id);
        var ownerName = OwnerName(affiliate, names[affiliate.Id]);

        for (var attempt = 0; attempt < MaxInsertAttempts; attempt++)
        {
            var code = NextCode(job, affiliate, names[affiliate.Id], typedCodes, taken);
            if (!code.IsSuccess)
                return false;

            // Inserted inactive and switched on only when the coupon row, mappings and the plugin's requirement exist:
            // an interrupted run leaves at most an inactive discount, never a live code without its checks.
            var discount = new Discount
            {
                Name = CouponKeys.DiscountName(template.Name, ownerName, code.Code),
                AdminComment = job.Note ?? template.AdminComment,
                CouponCode = code.Code,
                StartDateUtc = job.StartDateUtc ?? template.StartDateUtc,
                EndDateUtc = job.EndDateUtc ?? template.EndDateUtc,
                IsActive = false
            };
            _templateCopier.CopySettings(template, discount);
            await _discountService.InsertDiscountAsync(discount);

            var coupon = new AffiliateCoupon
            {
                AffiliateId = affiliate.Id,
                DiscountId = discount.Id,
                TemplateDiscountId = template.Id,
                CouponCode = code.Code,
                TemplateAffiliateKey = key,
                Active = true,
                CreatedOnUtc = UtcNow
            };

            try
            {
                await _couponRepository.InsertAsync(coupon);
            }
            catch (Exception)
            {
                // Another run got there first (same template and affiliate) or took the code; the unique keys decided.
                await _discountService.DeleteDiscountAsync(discount);
                if (await _couponRepository.Table.AnyAsync(c => c.TemplateAffiliateKey == key))
                    return false;
                if (!await _couponRepository.Table.AnyAsync(c => c.CouponCode == code.Code))
                    throw;
                if (job.Pattern == CouponCodePattern.Typed)
                    return false;

                continue;
            }

            await _templateCopier.ApplyAsync(snapshot, discount, replaceExisting: false);
            if (template.IsActive)
            {
                discount.IsActive = true;
                await _discountService.UpdateDiscountAsync(discount);
            }

            return true;
        }

        return false;
    }
}
