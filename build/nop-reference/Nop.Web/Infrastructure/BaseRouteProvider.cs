namespace Nop.Web.Infrastructure;

public partial class BaseRouteProvider
{
    // Minimal implementation of the documented contract for a store with SEO-friendly language URLs off (the install
    // default): no language segment. Upstream reads LocalizationSettings, which the surface does not have.
    protected string GetLanguageRoutePattern() => string.Empty;
}
