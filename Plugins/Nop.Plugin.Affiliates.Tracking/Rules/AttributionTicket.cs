using System.Globalization;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// What the attribution cookie carries, before Data Protection encrypts and signs it.
/// The visitor id is the key of the server-side attribution; the rest lets a request decide without a database read.
/// </summary>
/// <param name="CustomerId">The nopCommerce customer the visitor was last seen as, 0 until known.</param>
public sealed record AttributionTicket(Guid VisitorId, int AffiliateId, int LinkId, DateTime ClickedOnUtc, int CustomerId = 0)
{
    private const string Version = "1";
    private const char Separator = '|';

    public ClickAttribution ToAttribution() => new(AffiliateId, ClickedOnUtc, LinkId);

    public string Serialize() => string.Join(Separator,
        Version,
        VisitorId.ToString("N"),
        AffiliateId.ToString(CultureInfo.InvariantCulture),
        LinkId.ToString(CultureInfo.InvariantCulture),
        ClickedOnUtc.Ticks.ToString(CultureInfo.InvariantCulture),
        CustomerId.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Reads a payload written by <see cref="Serialize"/>; anything else (another version, a truncated or altered value) gives null.
    /// </summary>
    public static AttributionTicket Parse(string payload)
    {
        if (string.IsNullOrEmpty(payload) || payload.Length > 128)
            return null;

        var parts = payload.Split(Separator);
        if (parts.Length != 6 || parts[0] != Version)
            return null;

        if (!Guid.TryParseExact(parts[1], "N", out var visitorId) || visitorId == Guid.Empty)
            return null;
        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var affiliateId) || affiliateId <= 0)
            return null;
        if (!int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var linkId))
            return null;
        if (!long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
            return null;

        if (!int.TryParse(parts[5], NumberStyles.None, CultureInfo.InvariantCulture, out var customerId))
            return null;

        return new AttributionTicket(visitorId, affiliateId, linkId, new DateTime(ticks, DateTimeKind.Utc), customerId);
    }
}
