using System.Globalization;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// What the attribution cookie carries, before Data Protection encrypts and signs it.
/// The visitor id is the key of the server-side attribution; the rest lets a request decide without a database read.
/// </summary>
public sealed record AttributionTicket(Guid VisitorId, int AffiliateId, int LinkId, DateTime ClickedOnUtc)
{
    private const string Version = "1";
    private const char Separator = '|';

    public string Serialize() => string.Join(Separator,
        Version,
        VisitorId.ToString("N"),
        AffiliateId.ToString(CultureInfo.InvariantCulture),
        LinkId.ToString(CultureInfo.InvariantCulture),
        ClickedOnUtc.Ticks.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Reads a payload written by <see cref="Serialize"/>; anything else (another version, a truncated or altered value) gives null.
    /// </summary>
    public static AttributionTicket Parse(string payload)
    {
        if (string.IsNullOrEmpty(payload) || payload.Length > 128)
            return null;

        var parts = payload.Split(Separator);
        if (parts.Length != 5 || parts[0] != Version)
            return null;

        if (!Guid.TryParseExact(parts[1], "N", out var visitorId) || visitorId == Guid.Empty)
            return null;
        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var affiliateId) || affiliateId <= 0)
            return null;
        if (!int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var linkId))
            return null;
        if (!long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
            return null;

        return new AttributionTicket(visitorId, affiliateId, linkId, new DateTime(ticks, DateTimeKind.Utc));
    }
}
