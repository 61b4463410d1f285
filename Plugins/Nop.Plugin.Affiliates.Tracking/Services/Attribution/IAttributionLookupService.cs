namespace Nop.Plugin.Affiliates.Tracking.Services.Attribution;

/// <summary>
/// Answers the storefront's two questions about a link, from memory when it can: which link a slug is, and which
/// active affiliate a code in the query string stands for.
/// </summary>
public interface IAttributionLookupService
{
    /// <summary>
    /// The active link with this slug whose affiliate is active, or null.
    /// </summary>
    Task<CachedLink> GetLinkAsync(string slug);

    /// <summary>
    /// The active affiliate a code names: an affiliate id, or nopCommerce's friendly URL name; 0 when it names none.
    /// </summary>
    Task<int> ResolveAffiliateCodeAsync(string code);

    /// <summary>
    /// The id itself when it is an active affiliate's, else 0.
    /// </summary>
    Task<int> ResolveAffiliateIdAsync(int affiliateId);
}
