using Nop.Core;
using Nop.Data;
using Nop.Plugin.Affiliates.Tracking.Domain;
using Nop.Plugin.Affiliates.Tracking.Rules;
using Nop.Services.Affiliates;

namespace Nop.Plugin.Affiliates.Tracking.Services.Links;

public class AffiliateLinkService : IAffiliateLinkService
{
    private const int SlugSuffixLength = 4;
    private const int MaxSlugAttempts = 10;
    private const string SlugSuffixAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    private readonly AffiliateTrackingSettings _settings;
    private readonly IAffiliateService _affiliateService;
    private readonly IRepository<AffiliateLink> _linkRepository;
    private readonly IStoreContext _storeContext;
    private readonly TimeProvider _timeProvider;

    public AffiliateLinkService(AffiliateTrackingSettings settings,
        IAffiliateService affiliateService,
        IRepository<AffiliateLink> linkRepository,
        IStoreContext storeContext,
        TimeProvider timeProvider)
    {
        _settings = settings;
        _affiliateService = affiliateService;
        _linkRepository = linkRepository;
        _storeContext = storeContext;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public Task<AffiliateLink> GetLinkByIdAsync(int linkId) => _linkRepository.GetByIdAsync(linkId);

    /// <inheritdoc />
    public async Task<AffiliateLink> GetActiveLinkBySlugAsync(string slug)
    {
        var normalized = slug?.ToLowerInvariant();
        if (!SlugRules.IsValid(normalized))
            return null;

        return await _linkRepository.Table.FirstOrDefaultAsync(link => link.Slug == normalized && link.Active);
    }

    /// <inheritdoc />
    public Task<IPagedList<AffiliateLink>> GetLinksAsync(int affiliateId = 0, bool? active = null, int pageIndex = 0, int pageSize = int.MaxValue, string slugContains = null)
    {
        // Slugs are stored lower-case; a filter with characters no slug has cannot match anything.
        var slugFilter = slugContains?.Trim().ToLowerInvariant();

        return _linkRepository.GetAllPagedAsync(query =>
        {
            if (affiliateId > 0)
                query = query.Where(link => link.AffiliateId == affiliateId);
            if (active.HasValue)
                query = query.Where(link => link.Active == active.Value);
            if (!string.IsNullOrEmpty(slugFilter))
                query = query.Where(link => link.Slug.Contains(slugFilter));

            return query.OrderByDescending(link => link.Id);
        }, pageIndex, pageSize);
    }

    /// <inheritdoc />
    public async Task<LinkSaveResult> CreateLinkAsync(int affiliateId, string slug, string destinationUrl)
    {
        var affiliate = await _affiliateService.GetAffiliateByIdAsync(affiliateId);
        if (affiliate is null || affiliate.Deleted)
            return LinkSaveResult.Failed(LinkError.AffiliateNotFound);
        if (!affiliate.Active)
            return LinkSaveResult.Failed(LinkError.AffiliateInactive);

        var destination = await CheckDestinationAsync(destinationUrl);
        if (destination.Error != LinkError.None)
            return LinkSaveResult.Failed(destination.Error);

        var slugResult = string.IsNullOrWhiteSpace(slug)
            ? await SuggestFreeSlugAsync(affiliate.FriendlyUrlName, affiliate.Id)
            : await CheckSlugAsync(slug, exceptLinkId: 0);
        if (slugResult.Error != LinkError.None)
            return LinkSaveResult.Failed(slugResult.Error);

        var link = new AffiliateLink
        {
            AffiliateId = affiliate.Id,
            Slug = slugResult.Slug,
            DestinationUrl = destination.Url,
            Active = true,
            CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
        };

        return await SaveAsync(link, () => _linkRepository.InsertAsync(link));
    }

    /// <inheritdoc />
    public async Task<LinkSaveResult> UpdateLinkAsync(int linkId, string slug, string destinationUrl)
    {
        var link = await _linkRepository.GetByIdAsync(linkId);
        if (link is null)
            return LinkSaveResult.Failed(LinkError.LinkNotFound);

        var destination = await CheckDestinationAsync(destinationUrl);
        if (destination.Error != LinkError.None)
            return LinkSaveResult.Failed(destination.Error);

        var slugResult = await CheckSlugAsync(slug, exceptLinkId: link.Id);
        if (slugResult.Error != LinkError.None)
            return LinkSaveResult.Failed(slugResult.Error);

        link.Slug = slugResult.Slug;
        link.DestinationUrl = destination.Url;

        return await SaveAsync(link, () => _linkRepository.UpdateAsync(link));
    }

    /// <inheritdoc />
    public async Task<LinkSaveResult> SetLinkActiveAsync(int linkId, bool active)
    {
        var link = await _linkRepository.GetByIdAsync(linkId);
        if (link is null)
            return LinkSaveResult.Failed(LinkError.LinkNotFound);

        if (link.Active != active)
        {
            link.Active = active;
            await _linkRepository.UpdateAsync(link);
        }

        return LinkSaveResult.Saved(link);
    }

    private async Task<(string Url, LinkError Error)> CheckDestinationAsync(string destinationUrl)
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var storeHost = Uri.TryCreate(store?.Url, UriKind.Absolute, out var storeUri) ? storeUri.IdnHost : null;

        var check = ShareLinkDestinationRule.Check(destinationUrl, storeHost, _settings.AllowedExternalHosts ?? new List<string>());
        var error = check.Error switch
        {
            DestinationError.None => LinkError.None,
            DestinationError.Empty => LinkError.DestinationEmpty,
            DestinationError.TooLong => LinkError.DestinationTooLong,
            DestinationError.UnsupportedScheme => LinkError.DestinationSchemeNotAllowed,
            DestinationError.UserInfo => LinkError.DestinationUserInfo,
            DestinationError.HostNotAllowed => LinkError.DestinationHostNotAllowed,
            _ => LinkError.DestinationMalformed
        };

        return (check.Url, error);
    }

    private async Task<(string Slug, LinkError Error)> CheckSlugAsync(string slug, int exceptLinkId)
    {
        var normalized = slug?.Trim().ToLowerInvariant();
        if (!SlugRules.IsValid(normalized))
            return (null, LinkError.SlugInvalid);

        return await IsSlugTakenAsync(normalized, exceptLinkId) ? (null, LinkError.SlugTaken) : (normalized, LinkError.None);
    }

    private async Task<(string Slug, LinkError Error)> SuggestFreeSlugAsync(string affiliateName, int affiliateId)
    {
        var stem = SlugRules.Suggest(affiliateName);
        if (stem.Length < SlugRules.MinLength)
            stem = $"partner-{affiliateId}";
        stem = stem[..Math.Min(stem.Length, SlugRules.MaxLength - SlugSuffixLength - 1)].TrimEnd('-');

        for (var attempt = 0; attempt < MaxSlugAttempts; attempt++)
        {
            var suffix = string.Concat(Enumerable.Range(0, SlugSuffixLength).Select(_ => SlugSuffixAlphabet[Random.Shared.Next(SlugSuffixAlphabet.Length)]));
            var candidate = $"{stem}-{suffix}";
            if (!await IsSlugTakenAsync(candidate, exceptLinkId: 0))
                return (candidate, LinkError.None);
        }

        return (null, LinkError.SlugTaken);
    }

    private Task<bool> IsSlugTakenAsync(string slug, int exceptLinkId) =>
        _linkRepository.Table.AnyAsync(link => link.Slug == slug && link.Id != exceptLinkId);

    // The unique index decides a race between two saves of the same slug; the loser gets the same answer as a pre-check.
    private async Task<LinkSaveResult> SaveAsync(AffiliateLink link, Func<Task> save)
    {
        try
        {
            await save();
        }
        catch (Exception)
        {
            if (await IsSlugTakenAsync(link.Slug, link.Id))
                return LinkSaveResult.Failed(LinkError.SlugTaken);
            throw;
        }

        return LinkSaveResult.Saved(link);
    }
}
