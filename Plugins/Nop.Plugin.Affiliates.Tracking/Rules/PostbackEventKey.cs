using System.Globalization;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// Identifies one change of a commission for the outbox's unique index: the same status and amount of the same
/// commission is the same change, however often it is announced; a new status or a new amount is a new postback.
/// </summary>
public static class PostbackEventKey
{
    public const int MaxLength = 80;

    public static string For(int commissionId, string status, decimal commission) =>
        string.Create(CultureInfo.InvariantCulture, $"{commissionId}:{(status ?? string.Empty).ToLowerInvariant()}:{commission:0.0000}");
}
