using System.Globalization;

namespace Nop.Plugin.Affiliates.Tracking.Rules;

/// <summary>
/// The values that make one affiliate's coupon unique: the template-and-affiliate key and the generated discount's name.
/// </summary>
public static class CouponKeys
{
    public const int DiscountNameMaxLength = 200;

    /// <summary>
    /// "{templateDiscountId}:{affiliateId}"; a unique column holds it, so one template gives an affiliate at most one code.
    /// </summary>
    public static string TemplateAffiliateKey(int templateDiscountId, int affiliateId) =>
        string.Create(CultureInfo.InvariantCulture, $"{templateDiscountId}:{affiliateId}");

    /// <summary>
    /// "{template name} – {owner} ({code})", so the discount list in admin tells whose code it is. The template's
    /// name is shortened first, then the owner's, so the whole fits nopCommerce's 200-character Name column and the
    /// code always stays readable.
    /// </summary>
    public static string DiscountName(string templateName, string ownerName, string code)
    {
        var template = templateName?.Trim() ?? string.Empty;
        var owner = ownerName?.Trim() ?? string.Empty;
        var tail = $" ({code})";

        var room = DiscountNameMaxLength - tail.Length - " – ".Length;
        if (template.Length + owner.Length > room)
        {
            var ownerRoom = Math.Min(owner.Length, Math.Max(room / 2, room - template.Length));
            owner = owner[..ownerRoom].TrimEnd();
            template = template[..Math.Min(template.Length, room - owner.Length)].TrimEnd();
        }

        return $"{template} – {owner}{tail}";
    }
}
