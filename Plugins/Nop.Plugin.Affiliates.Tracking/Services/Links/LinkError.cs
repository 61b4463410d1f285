namespace Nop.Plugin.Affiliates.Tracking.Services.Links;

/// <summary>
/// Why a share link could not be saved; each value has a locale resource under Plugins.Affiliates.Tracking.Links.Errors.
/// </summary>
public enum LinkError
{
    None = 0,
    AffiliateNotFound,
    AffiliateInactive,
    SlugInvalid,
    SlugTaken,
    DestinationEmpty,
    DestinationTooLong,
    DestinationMalformed,
    DestinationSchemeNotAllowed,
    DestinationUserInfo,
    DestinationHostNotAllowed,
    LinkNotFound
}
