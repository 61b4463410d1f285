using Nop.Core;
using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Services.Links;

/// <summary>
/// Share links (/go/{slug}): the admin manages them for any affiliate, affiliates manage their own.
/// </summary>
public interface IAffiliateLinkService
{
    Task<AffiliateLink> GetLinkByIdAsync(int linkId);

    /// <summary>
    /// The active link with this slug (compared case-insensitively), or null.
    /// </summary>
    Task<AffiliateLink> GetActiveLinkBySlugAsync(string slug);

    /// <summary>
    /// Links, newest first; <paramref name="slugContains"/> filters by a part of the slug (admin links page).
    /// </summary>
    Task<IPagedList<AffiliateLink>> GetLinksAsync(int affiliateId = 0, bool? active = null, int pageIndex = 0, int pageSize = int.MaxValue, string slugContains = null);

    /// <summary>
    /// Creates an active link. An empty slug gets one made from the affiliate's name; the destination is a store path
    /// or an http(s) URL on the store's host or an allowed external host.
    /// </summary>
    Task<LinkSaveResult> CreateLinkAsync(int affiliateId, string slug, string destinationUrl);

    Task<LinkSaveResult> UpdateLinkAsync(int linkId, string slug, string destinationUrl);

    Task<LinkSaveResult> SetLinkActiveAsync(int linkId, bool active);
}
