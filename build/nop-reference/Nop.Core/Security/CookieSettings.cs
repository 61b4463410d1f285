using Nop.Core.Configuration;

namespace Nop.Core.Security;

public partial class CookieSettings : ISettings
{
    public int CompareProductsCookieExpires { get; set; }
    public int RecentlyViewedProductsCookieExpires { get; set; }
    public int CustomerCookieExpires { get; set; }
}
