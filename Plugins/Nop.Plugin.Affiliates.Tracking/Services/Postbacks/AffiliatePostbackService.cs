using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Plugin.Affiliates.Tracking.Services.Commissions;
using Nop.Services.Logging;

namespace Nop.Plugin.Affiliates.Tracking.Services.Postbacks;

public class AffiliatePostbackService : IAffiliatePostbackService
{
    private readonly AffiliateTrackingSettings _settings;
    private readonly ILogger _logger;
    private readonly IRepository<AffiliatePostback> _postbackRepository;
    private readonly IRepository<AffiliatePostbackTemplate> _templateRepository;
    private readonly TimeProvider _timeProvider;

    public AffiliatePostbackService(AffiliateTrackingSettings settings,
        ILogger logger,
        IRepository<AffiliatePostback> postbackRepository,
        IRepository<AffiliatePostbackTemplate> templateRepository,
        TimeProvider timeProvider)
    {
        _settings = settings;
        _logger = logger;
        _postbackRepository = postbackRepository;
        _templateRepository = templateRepository;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public async Task<AffiliatePostback> EnqueueAsync(CommissionChangedEvent change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!_settings.PostbacksEnabled || change.CommissionId <= 0)
            return null;

        var affiliateTemplate = await GetAffiliateTemplateAsync(change.AffiliateId);
        var templateText = affiliateTemplate?.UrlTemplate ?? _settings.PostbackUrlTemplate;
        if (string.IsNullOrWhiteSpace(templateText))
            return null;

        var parsed = PostbackTemplate.Parse(templateText, _settings.PostbackAllowHttp);
        if (!parsed.IsValid)
        {
            await _logger.WarningAsync($"Affiliate postback for commission {change.CommissionId} not queued: the " +
                $"{(affiliateTemplate is null ? "global" : $"affiliate {change.AffiliateId}'s")} URL template is invalid ({parsed.Error} {parsed.Detail}).");
            return null;
        }

        var eventKey = PostbackEventKey.For(change.CommissionId, change.Status, change.Commission);
        if (await _postbackRepository.Table.AnyAsync(postback => postback.EventKey == eventKey))
            return null;

        var url = parsed.Template.Render(new PostbackValues(change.CommissionId, change.OrderId, change.AffiliateId, change.Status,
            change.OrderTotal, change.Commission, change.CurrencyCode, change.CouponCode, change.ClickId, eventKey, change.OccurredOnUtc));
        if (url.Length > AffiliateTrackingDefaults.PostbackUrlMaxLength)
        {
            await _logger.WarningAsync($"Affiliate postback for commission {change.CommissionId} not queued: the URL would be longer than {AffiliateTrackingDefaults.PostbackUrlMaxLength} characters.");
            return null;
        }

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var row = new AffiliatePostback
        {
            CommissionId = change.CommissionId,
            AffiliateId = change.AffiliateId,
            EventKey = eventKey,
            Url = url,
            Status = PostbackStatus.Pending,
            NextAttemptOnUtc = now,
            CreatedOnUtc = now
        };

        try
        {
            await _postbackRepository.InsertAsync(row, false);
        }
        catch (Exception)
        {
            // The unique event key decides a race between two deliveries of the same event: the loser adds nothing.
            if (await _postbackRepository.Table.AnyAsync(postback => postback.EventKey == eventKey))
                return null;
            throw;
        }

        return row;
    }

    /// <inheritdoc />
    public async Task<IList<AffiliatePostback>> GetPostbacksByCommissionIdAsync(int commissionId) =>
        await _postbackRepository.Table.Where(postback => postback.CommissionId == commissionId).OrderBy(postback => postback.Id).ToListAsync();

    /// <inheritdoc />
    public Task<AffiliatePostbackTemplate> GetAffiliateTemplateAsync(int affiliateId) =>
        _templateRepository.Table.FirstOrDefaultAsync(template => template.AffiliateId == affiliateId);

    /// <inheritdoc />
    public async Task<PostbackTemplateResult> SaveAffiliateTemplateAsync(int affiliateId, string urlTemplate)
    {
        var existing = await GetAffiliateTemplateAsync(affiliateId);
        if (string.IsNullOrWhiteSpace(urlTemplate))
        {
            if (existing is not null)
                await _templateRepository.DeleteAsync(existing, false);
            return PostbackTemplateResult.Valid(null);
        }

        var parsed = PostbackTemplate.Parse(urlTemplate, _settings.PostbackAllowHttp);
        if (!parsed.IsValid)
            return parsed;

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        if (existing is null)
            await _templateRepository.InsertAsync(new AffiliatePostbackTemplate { AffiliateId = affiliateId, UrlTemplate = parsed.Template.Text, UpdatedOnUtc = now }, false);
        else
        {
            existing.UrlTemplate = parsed.Template.Text;
            existing.UpdatedOnUtc = now;
            await _templateRepository.UpdateAsync(existing, false);
        }

        return parsed;
    }
}
