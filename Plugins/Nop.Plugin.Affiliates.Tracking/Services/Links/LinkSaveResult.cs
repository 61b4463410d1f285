using Nop.Plugin.Affiliates.Tracking.Domain;

namespace Nop.Plugin.Affiliates.Tracking.Services.Links;

public sealed record LinkSaveResult(AffiliateLink Link, LinkError Error)
{
    public bool Success => Error == LinkError.None;

    public string ErrorResourceKey => Success ? null : AffiliateTrackingDefaults.LocalePrefix + "Links.Errors." + Error;

    public static LinkSaveResult Saved(AffiliateLink link) => new(link, LinkError.None);

    public static LinkSaveResult Failed(LinkError error) => new(null, error);
}
