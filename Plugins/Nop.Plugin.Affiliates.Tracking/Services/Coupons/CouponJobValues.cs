using System.Globalization;

namespace Nop.Plugin.Affiliates.Tracking.Services.Coupons;

/// <summary>
/// The text forms a generation job stores its affiliate ids and typed codes in.
/// </summary>
public static class CouponJobValues
{
    public static string FormatIds(IEnumerable<int> ids) =>
        string.Join(',', ids.Distinct().Order().Select(id => id.ToString(CultureInfo.InvariantCulture)));

    public static List<int> ParseIds(string value) =>
        (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => int.Parse(part, CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>
    /// "id=CODE" pairs separated by commas; codes hold letters and digits only, so no escaping is needed.
    /// </summary>
    public static string FormatCodes(IEnumerable<KeyValuePair<int, string>> codes) =>
        string.Join(',', codes.OrderBy(pair => pair.Key).Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key}={pair.Value}")));

    public static Dictionary<int, string> ParseCodes(string value) =>
        (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .ToDictionary(pair => int.Parse(pair[0], CultureInfo.InvariantCulture), pair => pair[1]);
}
